import type { EventActor } from '../core/types.js';
import { eventActor, PERSON_FORMS, withOffices, type Salience } from './actors.js';
import { continuesPrevious, type EventDate } from './event-time.js';
import { meaning, type SentenceScope } from './scope.js';

const COLLECTIVE_FORMS = ['country', 'organisation', 'capital', 'demonym', 'agent'];

/**
 * Stage 4: what pronouns may refer to in the next sentence: its last person named, its first
 * country or organisation, the plural subject it opened with, the offices it named holders of.
 */
export function nextSalience(s: SentenceScope): Salience {
  const { actorMentions, salience } = s;
  const persons = actorMentions.filter((m) => m.actor.code && PERSON_FORMS.has(m.form));
  const collectives = actorMentions.filter((m) => m.actor.code && COLLECTIVE_FORMS.includes(m.form));
  const firstSubject =
    s.structure.frames.find((f) => f.subjectFrom === 'local' && f.subject)?.subject ?? null;
  const subjectActors: EventActor[] = meaning(s, firstSubject).filter((a) => a.code !== null);
  return {
    pair: salience.pair,
    person: persons.length > 0 ? eventActor(persons[persons.length - 1]!) : salience.person,
    collective: collectives.length > 0 ? eventActor(collectives[0]!) : salience.collective,
    plural: subjectActors.length >= 2 ? subjectActors : salience.plural,
    offices: withOffices(salience.offices, actorMentions),
  };
}

/**
 * The date the next sentence may continue ("Then ..."): this sentence's last stated date, else
 * the date its events took, else the one it inherited.
 */
export function carriedDate(
  s: SentenceScope,
  lastDate: EventDate | null,
  inherited: EventDate | null,
): EventDate | null {
  const stated = [...s.dates].reverse().find((d) => d.date !== null)?.date ?? null;
  return stated
    ? { value: stated.value, precision: stated.precision, start: stated.start, end: stated.end }
    : (lastDate ?? (continuesPrevious(s.sentence) ? inherited : null));
}
