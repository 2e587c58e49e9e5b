import { mapPacked } from '../core/packed.js';
import type { CodedEvent, EventActor, Modality, QuadClass } from '../core/types.js';
import { hasCoded } from './actors.js';
import type { Candidate } from './candidate.js';
import { announcedDecision, knownCode } from './clause-rules.js';
import { isConditionalThreat } from './conditional-threat.js';
import { settleActors, type SettledActors } from './event-actors.js';
import { continuesPrevious, datesForEvent, eventDate, eventLocation, type EventDate } from './event-time.js';
import type { OccasionAnchor } from './occasions.js';
import { futureCode, refusalCode, rootOf } from './ontology.js';
import { tokenAt, type CoderSetup, type SentenceScope } from './scope.js';

/** A visit made is a visit hosted, and the other way round. */
const MIRRORED: Readonly<Record<string, string>> = { '042': '043', '043': '042' };
/** Auxiliaries of a refusal when negated ("will not", "would not", "won't"). */
const WILL_AUX = new Set(['will', 'would', 'wo', "'ll", "'d"]);
/** Verbs of accepting whose refusal ("would not meet demands to ...", "will not agree to ...") refuses the act they govern. */
const ACCEPTING = new Set(['meet', 'accept', 'agree', 'comply', 'heed', 'bow', 'yield', 'grant', 'satisfy']);

/** How the events of a sentence are dated when it states no date of its own. */
export interface DatingContext {
  /** The date the previous sentence leaves to one that continues it ("Then ..."). */
  readonly inherited: EventDate | null;
  /** The day the article is about (event-time.ts anchorDay). */
  readonly anchor: string | null;
  /** An occasion the sentence refers to, dated earlier in the article (occasions.ts). */
  readonly occasion: OccasionAnchor | null;
}

function quadOf(code: string): QuadClass {
  const root = Number(rootOf(code));
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

/** "is about to", "on the verge of": the act is imminent rather than promised. */
function imminent(s: SentenceScope, c: Candidate): boolean {
  return (
    s.tokens[c.frame.group.start - 2]?.norm === 'about' && s.tokens[c.frame.group.start - 1]?.norm === 'to'
  );
}

/**
 * Stage 3: the final candidates as events, in order, at most `maxEvents`, each with its actors
 * (event-actors.ts), code, modality, date, location and evidence. Returns the events and the
 * last date stated for one of them.
 */
export function toEvents(
  s: SentenceScope,
  setup: CoderSetup,
  finals: readonly Candidate[],
  dating: DatingContext,
  maxEvents: number,
): { events: CodedEvent[]; lastDate: EventDate | null } {
  const events: CodedEvent[] = [];
  let lastDate: EventDate | null = null;
  // every relative clause (characters), for the dates each event may take
  const frameClauses = mapPacked(
    s.structure.frames.filter((f) => f.relation === 'relative'),
    (f) => ({
      start: s.tokens[f.preStart]!.start,
      end: s.tokens[Math.max(f.postEnd, f.group.end) - 1]!.end,
    }),
  );
  for (const c of finals) {
    const actors = settleActors(s, c);
    if (!actors) continue;
    const { code, modality } = statedCode(s, setup, c, actors.targets);
    if (code === null) continue;
    const event = buildEvent(s, setup, c, actors, code, modality, dating, frameClauses);
    events.push(event);
    const mirror = mirrored(setup, c, actors, event);
    if (mirror) events.push(mirror);
    if (event.date && event.date.precision !== 'inferred') lastDate = event.date;
    if (events.length >= maxEvents) break;
  }
  return { events, lastDate };
}

/**
 * The code an event is recorded with, and its modality:
 * - "will not release the prisoners", "would not meet their demands": refusing to yield (124x),
 *   an act in itself ("would not meet demands to release prisoners": an infinitive shares its
 *   governor's refusal);
 * - "may halt its mediation if ...": a conditional hostile act is a threat (conditional-threat.ts);
 * - the manual codes a stated future act as its promise (03x) or threat (13x); an imminent act
 *   ("is about to restore ties") keeps its own code.
 * The code is null when neither it nor its root is in the CAMEO table.
 */
function statedCode(
  s: SentenceScope,
  setup: CoderSetup,
  c: Candidate,
  targets: readonly EventActor[],
): { code: string | null; modality: Modality } {
  const tokens = s.tokens;
  const refusingFrame =
    c.frame.relation === 'infinitive' && c.frame.governor !== null
      ? s.structure.frames[c.frame.governor]
      : undefined;
  const refusal =
    c.modality === 'negated' &&
    setup.futureAsIntent &&
    rootOf(c.code) === '08' &&
    hasCoded(targets) &&
    (c.frame.auxiliaries.some((a) => WILL_AUX.has(a)) ||
      (refusingFrame !== undefined &&
        refusingFrame.negated &&
        ACCEPTING.has(tokens[refusingFrame.head]!.lemma) &&
        refusingFrame.auxiliaries.some((a) => WILL_AUX.has(a))));
  const threat =
    !refusal &&
    c.modality === 'hypothetical' &&
    setup.futureAsIntent &&
    isConditionalThreat(tokens, c.frame, c.code, c.hit.end, s.to);
  const modality = refusal || threat ? 'asserted' : c.modality;
  const stated = refusal
    ? refusalCode(c.code)
    : threat
      ? futureCode(c.code)
      : modality === 'future' &&
          setup.futureAsIntent &&
          !imminent(s, c) &&
          !announcedDecision(tokens, s.structure.frames, c.frame, c.code)
        ? futureCode(c.code)
        : c.code;
  return { code: knownCode((x) => setup.dicts.cameo.get(x) !== undefined, stated), modality };
}

/** One event record: codes, actors, date (event-time.ts), location and evidence span. */
function buildEvent(
  s: SentenceScope,
  setup: CoderSetup,
  c: Candidate,
  actors: SettledActors,
  code: string,
  modality: Modality,
  dating: DatingContext,
  frameClauses: readonly { readonly start: number; readonly end: number }[],
): CodedEvent {
  const { tokens, sentence, text } = s;
  const info = setup.dicts.cameo.get(code) ?? setup.dicts.cameo.get(code.slice(0, 3))!;
  const verbStart = tokens[c.hit.start]!.start;
  const verbEnd = tokens[c.hit.end - 1]!.end;
  const clause = {
    start: tokens[c.frame.preStart]!.start,
    end: tokens[Math.max(c.frame.postEnd, c.hit.end) - 1]!.end,
  };
  // (a date in another verb's clause is that verb's; event-time.ts)
  const date = eventDate(
    datesForEvent(s.dates, clause, verbStart, frameClauses),
    clause,
    verbStart,
    continuesPrevious(sentence) ? dating.inherited : null,
    s.published,
    dating.anchor,
    modality,
    dating.occasion?.date ?? null,
  );
  const location = eventLocation(tokens, s.places, clause, (offset) => tokenAt(s, offset));
  const inSentence = (a: EventActor): boolean => a.start >= sentence.start && a.end <= sentence.end;
  const spanActors = [...actors.sources, ...actors.targets].filter(inSentence);
  const evidenceStart = Math.min(verbStart, ...mapPacked(spanActors, (a) => a.start));
  const evidenceEnd = Math.max(verbEnd, ...mapPacked(spanActors, (a) => a.end));
  return {
    code,
    root: rootOf(code),
    quad: quadOf(code),
    goldstein: info.goldstein,
    plover: { type: info.plover.type, mode: info.plover.mode },
    sources: [...actors.sources],
    targets: actors.targets,
    reciprocal: actors.reciprocal,
    modality,
    date,
    location,
    evidence: { text: text.slice(evidenceStart, evidenceEnd), start: evidenceStart, end: evidenceEnd },
    verb: { text: text.slice(verbStart, verbEnd), start: verbStart, end: verbEnd },
    sentence: sentence.index,
    rule: { id: c.ruleId, dictionary: setup.verbs.version },
  };
}

/**
 * A visit is also hosted (CAMEO 042 <-> 043): the other side's act is recorded too. The manual
 * asks for it in so many words: its 042 example ("...visited Russia today") is coded as "two
 * events: 042 with the Taiwanese government as the source and Russia as the target, and 043
 * with actors reversed", and its 043 example likewise adds the reverse 042 (cameo-codes.csv).
 * PLOVER-style gold that keeps one record per visit scores the mirror as a false positive;
 * Dyad follows the CAMEO manual.
 */
function mirrored(
  setup: CoderSetup,
  c: Candidate,
  actors: SettledActors,
  event: CodedEvent,
): CodedEvent | null {
  const mirror = MIRRORED[event.code];
  if (!mirror || actors.reciprocal || !hasCoded(actors.targets)) return null;
  const info = setup.dicts.cameo.get(mirror);
  if (!info) return null;
  // written out in the order of every event (no spread: see event-actor.ts)
  return {
    code: mirror,
    root: event.root,
    quad: event.quad,
    goldstein: info.goldstein,
    plover: { type: info.plover.type, mode: info.plover.mode },
    sources: actors.targets.filter((a) => a.code !== null),
    targets: actors.sources.filter((a) => a.code !== null),
    reciprocal: event.reciprocal,
    modality: event.modality,
    date: event.date,
    location: event.location,
    evidence: event.evidence,
    verb: event.verb,
    sentence: event.sentence,
    rule: { id: `${c.ruleId}~${mirror}`, dictionary: setup.verbs.version },
  };
}
