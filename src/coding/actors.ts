import { mapPacked } from '../core/packed.js';
import type { ActorMention, EventActor, Token } from '../core/types.js';
import type { ComplexNP, NounGroup } from './parse/structure.js';
import { makeEventActor, reviseActor } from './event-actor.js';
import { isExpletiveIt } from './expletive.js';

/**
 * Who a noun phrase names, for the coder (after PETRARCH's NounPhrase meaning):
 *  1. the actor mentions inside the phrase's core NP ("Chinese President Xi Jinping",
 *     "Gondor's refusal" -> Gondor);
 *  2. else the actors of the phrases qualifying it ("the population of Gondor");
 *  3. else a pronoun or pair reference resolved from context ("he", "his country",
 *     "the two countries");
 *  4. else a lone agent keeps its sector with no country ("the ministry").
 */

export interface ActorIndex {
  /** Actor mentions by the token index they start at. */
  readonly byToken: ReadonlyMap<number, ActorMention>;
  /** Token index range of each actor mention. */
  readonly ranges: ReadonlyMap<ActorMention, readonly [number, number]>;
}

/** What pronouns and pair references may refer to at this point of the article. */
export interface Salience {
  /** The last person named (an actor mention of form name/title/surname). */
  readonly person: EventActor | null;
  /** The last country or organisation named. */
  readonly collective: EventActor | null;
  /** The last plural subject (several actors). */
  readonly plural: readonly EventActor[] | null;
  /** The article's two most mentioned countries, for "the two countries". */
  readonly pair: readonly [string, string] | null;
  /** The last actor named with each office ("president" -> President Donald Trump), for "the president". */
  readonly offices: ReadonlyMap<string, EventActor>;
}

const NO_OFFICES: ReadonlyMap<string, EventActor> = new Map();

/**
 * What an article's first sentence may refer to: the article's pair of countries, nothing named
 * yet. (The fields in the order nextSalience writes them: one hidden class for every salience.)
 */
export function initialSalience(pair: Salience['pair']): Salience {
  return { pair, person: null, collective: null, plural: null, offices: NO_OFFICES };
}

/** Offices one holder at a time fills in a country: "the president" is the last one named. */
const OFFICES = [
  'prime minister',
  'foreign minister',
  'defense minister',
  'defence minister',
  'finance minister',
  'president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'emir',
  'sultan',
] as const;

/**
 * Members of a legislature, named with their country once ("U.S. lawmakers praised ...") and then
 * alone ("Lawmakers also expressed hope ..."): like an office, the bare word is the last country's
 * named with it, not the article's most mentioned country.
 */
const MEMBER_ROLES = [
  'lawmakers',
  'lawmaker',
  'legislators',
  'legislator',
  'senators',
  'senator',
  'parliamentarians',
  'parliamentarian',
] as const;

/** Any word of an office or a legislators' role, anywhere in a lower-case text (a superset of `officeOf`'s matches). */
const OFFICE_WORD = new RegExp(
  [...new Set([...OFFICES, ...MEMBER_ROLES].flatMap((o) => o.split(' ')))].join('|'),
);

/**
 * The office a mention's text names ("the Ukrainian president" -> president), longest first, or
 * the legislators' role it names ("U.S. lawmakers" -> lawmakers); null if none.
 */
export function officeOf(text: string): string | null {
  const lowered = text.toLowerCase();
  // (most mentions name no office: one regular expression rules them out)
  if (!OFFICE_WORD.test(lowered)) return null;
  const lower = ` ${lowered.replace(/[^a-z]+/g, ' ')} `;
  const named = (o: string): boolean => lower.includes(` ${o} `);
  return OFFICES.find(named) ?? MEMBER_ROLES.find(named) ?? null;
}

/** `offices` updated with this sentence's actors holding an office with a known country. */
export function withOffices(
  offices: ReadonlyMap<string, EventActor>,
  mentions: readonly ActorMention[],
): ReadonlyMap<string, EventActor> {
  let next: Map<string, EventActor> | null = null;
  for (const m of mentions) {
    if (!m.actor.code || !m.actor.country) continue;
    const office = officeOf(m.text);
    if (!office) continue;
    next ??= new Map(offices);
    next.set(office, eventActor(m));
  }
  return next ?? offices;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'himself', 'herself']);
const COLLECTIVE_PRONOUNS = new Set(['it', 'its', 'itself']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'themselves']);
/** Heads that count others: "thousands of people", "a group of activists". */
/** Whether a noun group is a verb's subject (the doer) or anything else. */
export type GroupRole = 'subject' | 'any';

/**
 * Nouns naming something that happens somewhere: as a subject, "<noun> in <country>" says
 * where it happens, not that the country acts ("the war in Ukraine worried China").
 */
const OCCURRENCE_HEADS: ReadonlySet<string> = new Set([
  'war',
  'wars',
  'conflict',
  'conflicts',
  'fighting',
  'violence',
  'unrest',
  'turmoil',
  'instability',
  'tension',
  'tensions',
  'crisis',
  'crises',
  'situation',
  'developments',
  'events',
  'protest',
  'protests',
  'demonstrations',
  'riots',
  'clashes',
  'election',
  'elections',
  'coup',
  'uprising',
  'insurgency',
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'explosion',
  'explosions',
  'shooting',
  'killings',
  'deaths',
  'earthquake',
  'floods',
  'outbreak',
  'pandemic',
  'epidemic',
  'chaos',
]);

const QUANTITY_HEADS = new Set([
  'hundreds',
  'thousands',
  'millions',
  'dozens',
  'scores',
  'group',
  'groups',
  'number',
  'members',
  'some',
  'many',
  'crowd',
  'crowds',
  'majority',
]);
/** Heads naming those against the possessor: "the president's critics", "Ruritania's enemies". */
const OPPOSING_HEADS = new Set([
  'opponents',
  'opponent',
  'critics',
  'critic',
  'rivals',
  'rival',
  'enemies',
  'enemy',
  'detractors',
  'adversaries',
  'adversary',
  'foes',
  'foe',
]);
/** Nouns of a relation between the possessor and a named party: "Turkey's rival Greece". */
const RELATION_NOUNS = new Set([
  ...OPPOSING_HEADS,
  'archrival',
  'ally',
  'allies',
  'neighbour',
  'neighbor',
  'neighbours',
  'neighbors',
  'partner',
  'partners',
]);
const COUNTRY_NOUNS = new Set(['country', 'nation', 'state', 'government', 'side', 'administration']);

/** Mention forms that name a person: a dictionary person, alone, with a title, or by surname. */
export const PERSON_FORMS: ReadonlySet<ActorMention['form']> = new Set(['name', 'title', 'surname']);

export function eventActor(m: ActorMention, via?: string, person?: string): EventActor {
  const named = person ?? (PERSON_FORMS.has(m.form) && m.actor.name ? m.actor.name : undefined);
  return makeEventActor(
    m.actor.code,
    m.actor.country,
    m.actor.sector,
    m.actor.name,
    m.text,
    m.start,
    m.end,
    named || undefined,
    via || undefined,
  );
}

/**
 * The name a title mention stands before, when no dictionary knows it: every token from
 * the mention's end to the phrase's head is a proper noun ("German Finance Minister
 * Christian Lindner" -> CHRISTIAN LINDNER), after any lower-case rank words. Undefined when
 * the title is the head.
 */
function nameAfterTitle(
  tokens: readonly Token[],
  m: ActorMention,
  end: number,
  head: number,
): string | undefined {
  if (PERSON_FORMS.has(m.form) || end > head) return undefined;
  // the proper nouns ending at the head, right after the title or after a lower-case rank
  // word ("the Revolutionary Guards Corps general Esmail Qaani")
  let first = head + 1;
  while (first > end && tokens[first - 1]!.pos === 'PROPN') first--;
  if (first > head) return undefined;
  const before = tokens[first - 1]!;
  const rank = (before.pos === 'NOUN' || before.pos === 'ADJ') && before.text === before.norm;
  if (first > end && !rank) return undefined;
  return mapPacked(tokens.slice(first, head + 1), (t) => t.text)
    .join(' ')
    .toUpperCase();
}

function mentionsIn(index: ActorIndex, start: number, end: number): ActorMention[] {
  const found: ActorMention[] = [];
  for (let t = start; t < end; t++) {
    const m = index.byToken.get(t);
    if (m) {
      const range = index.ranges.get(m)!;
      if (range[1] <= end) found.push(m);
      t = range[1] - 1;
    }
  }
  return found;
}

function uniqueByCode(actors: readonly EventActor[]): EventActor[] {
  // (lists are short: comparing with those kept beats building a set of keys)
  const out: EventActor[] = [];
  for (const a of actors) if (!out.some((o) => sameActorKey(o, a))) out.push(a);
  return out;
}

/** One code, or (uncoded) one start. */
function sameActorKey(a: EventActor, b: EventActor): boolean {
  return b.code !== null ? a.code === b.code : a.code === null && a.start === b.start;
}

function resolvePronoun(tokens: readonly Token[], np: ComplexNP, salience: Salience): EventActor[] {
  const first = tokens[np.np.start]!;
  const word = first.norm;
  // (only a phrase opening with a pronoun refers back: most phrases leave at once)
  if (!PERSON_PRONOUNS.has(word) && !COLLECTIVE_PRONOUNS.has(word) && !PLURAL_PRONOUNS.has(word)) return [];
  const start = first.start;
  const end = tokens[np.np.end - 1]!.end;
  const text = mapPacked(tokens.slice(np.np.start, np.np.end), (t) => t.text).join(' ');
  const headNoun = tokens[np.np.head]!.norm;
  const asCountry = (a: EventActor, how: string): EventActor =>
    reviseActor(a, {
      code: a.country,
      sector: null,
      text,
      start,
      end,
      person: null,
      via: `${how} -> ${a.country} (country of ${a.name ?? a.text})`,
    });
  const as = (a: EventActor, how: string): EventActor =>
    reviseActor(a, { text, start, end, via: `${how} -> ${a.name ?? a.text}` });
  // "his country", "its government": the country of the antecedent
  if (np.np.end - np.np.start >= 2 && COUNTRY_NOUNS.has(headNoun)) {
    const antecedent = PERSON_PRONOUNS.has(word)
      ? salience.person
      : COLLECTIVE_PRONOUNS.has(word)
        ? salience.collective
        : null;
    if (antecedent?.country) return [asCountry(antecedent, `"${text}"`)];
    return [];
  }
  if (np.np.end - np.np.start !== 1) return [];
  // ("it is necessary for Ruritania to ...": no one; expletive.ts)
  if (isExpletiveIt(tokens, np.np.start)) return [];
  if (PERSON_PRONOUNS.has(word) && salience.person) return [as(salience.person, `pronoun "${first.text}"`)];
  if (COLLECTIVE_PRONOUNS.has(word) && salience.collective)
    return [as(salience.collective, `pronoun "${first.text}"`)];
  if (PLURAL_PRONOUNS.has(word) && salience.plural)
    return mapPacked(salience.plural, (a) => as(a, `pronoun "${first.text}"`));
  return [];
}

function resolveGroup(m: ActorMention, salience: Salience): EventActor[] {
  if (!salience.pair) return [eventActor(m)];
  return mapPacked(salience.pair, (country) =>
    makeEventActor(
      m.actor.sector ? `${country}${m.actor.sector}` : country,
      country,
      m.actor.sector,
      null,
      m.text,
      m.start,
      m.end,
      undefined,
      `"${m.text}" -> ${salience.pair!.join(' and ')} (the article's two most mentioned countries)`,
    ),
  );
}

/** The actors a complex NP names (see the module comment for the order of evidence). */
export function complexMeaning(
  tokens: readonly Token[],
  index: ActorIndex,
  np: ComplexNP,
  salience: Salience,
  role: GroupRole = 'any',
): EventActor[] {
  const core = mentionsIn(index, np.np.start, np.np.end);
  const coded = core.filter((m) => m.actor.code !== null);
  const groups = core.filter((m) => m.form === 'group');
  if (groups.length > 0) return uniqueByCode(groups.flatMap((g) => resolveGroup(g, salience)));
  if (coded.length > 0) {
    // "China's Hong Kong law": the possessor names who acts, not the other modifiers
    const headCovered = coded.some(
      (m) => index.ranges.get(m)![1] > np.np.head && index.ranges.get(m)![0] <= np.np.head,
    );
    const isPossessor = (m: ActorMention): boolean => {
      const after = tokens[index.ranges.get(m)![1]];
      return after !== undefined && (after.norm === "'s" || after.norm === "'");
    };
    if (!headCovered) {
      const possessor = coded.find(isPossessor);
      // ("Berisha's opponents accused him": those opposing the possessor, not the possessor)
      if (possessor && OPPOSING_HEADS.has(tokens[np.np.head]!.norm)) return [];
      if (possessor) return [eventActor(possessor)];
    }
    // ("an agreement with Turkey's rival Greece": the possessor only says whose rival the
    // named head is)
    const relatedOnly = (m: ActorMention): boolean => {
      if (!headCovered || !isPossessor(m)) return false;
      for (let t = index.ranges.get(m)![1] + 1; t < np.np.head && t < np.np.end; t++)
        if (RELATION_NOUNS.has(tokens[t]!.norm)) return true;
      return false;
    };
    const named = coded.filter((m) => !relatedOnly(m));
    // the mention holding the head wins; other mentions in the phrase follow it
    const headFirst = [...named].sort((a, b) => {
      const ha = index.ranges.get(a)![1] > np.np.head ? 0 : 1;
      const hb = index.ranges.get(b)![1] > np.np.head ? 0 : 1;
      return ha - hb;
    });
    return uniqueByCode(
      mapPacked(headFirst, (m) =>
        eventActor(m, undefined, nameAfterTitle(tokens, m, index.ranges.get(m)![1], np.np.head)),
      ),
    );
  }
  const pronoun = resolvePronoun(tokens, np, salience);
  if (pronoun.length > 0) return pronoun;
  let uncodedInner: EventActor[] = [];
  const headWord = tokens[np.np.head]!.norm;
  const quantityHead = tokens[np.np.head]!.pos === 'NUM' || QUANTITY_HEADS.has(headWord);
  for (const pp of np.attachments) {
    // "the population of Gondor", "soldiers from Gondor", "the closure of houses in Bree"
    if (pp.prep !== 'of' && pp.prep !== 'from' && pp.prep !== 'in') continue;
    // "the protests in Belarus worried China": a place where something happens does not act
    if (role === 'subject' && pp.prep === 'in' && OCCURRENCE_HEADS.has(headWord)) continue;
    const inner = groupMeaning(tokens, index, pp.object, salience);
    // "hundreds of thousands of people": a quantity takes the (uncoded) people it counts
    if (uncodedInner.length === 0 && quantityHead) uncodedInner = inner;
    const codedInner = inner.filter((a) => a.code !== null);
    if (codedInner.length > 0) {
      const agent = core.find((m) => m.actor.code === null && m.actor.sector);
      if (!agent) return codedInner;
      return mapPacked(codedInner, (a) =>
        a.country && !a.sector
          ? reviseActor(a, {
              code: `${a.code}${agent.actor.sector}`,
              sector: agent.actor.sector,
              via: `${agent.text} ${pp.prep} ${a.text}`,
            })
          : a,
      );
    }
  }
  // uncoded actors (a lone agent: "the ministry", "thousands of people") are kept with their
  // text; a role noun that only modifies the head ("military aid") names no one
  const heads = core.filter((m) => {
    const [a, b] = index.ranges.get(m)!;
    return a <= np.np.head && np.np.head < b;
  });
  if (heads.length > 0) return mapPacked(heads, (m) => eventActor(m));
  // "President Mugabe": a title before a name no dictionary knows stands for that person
  const title = core.find((m) => {
    const [, b] = index.ranges.get(m)!;
    if (m.actor.code !== null || !m.actor.sector || b > np.np.head) return false;
    for (let t = b; t <= np.np.head; t++) if (tokens[t]!.pos !== 'PROPN') return false;
    return true;
  });
  return title
    ? [eventActor(title, undefined, nameAfterTitle(tokens, title, index.ranges.get(title)![1], np.np.head))]
    : uncodedInner;
}

/**
 * True when a group names actors only through the phrases qualifying a thing: "the toll from
 * the floods in Indonesia", "the price of Russian gas". No member's own words hold an actor or
 * an agent noun, a pronoun or a count of people ("thousands of protesters"). Such a group can
 * be the subject of a statement about a place, but a thing does no material act.
 */
export function thingWithQualifiers(
  tokens: readonly Token[],
  index: ActorIndex,
  group: NounGroup | null,
): boolean {
  if (!group || group.members.length === 0) return false;
  return group.members.every((m) => {
    const head = tokens[m.np.head]!;
    if (head.pos === 'NUM' || head.pos === 'PRON' || head.pos === 'PROPN' || QUANTITY_HEADS.has(head.norm))
      return false;
    for (let t = m.np.start; t < m.np.end; t++) if (index.byToken.has(t)) return false;
    for (const [, [a, b]] of index.ranges) if (a < m.np.end && b > m.np.start) return false;
    return m.attachments.length > 0;
  });
}

/** The actors of a coordinated group ("the EU, UK, the USA and Canada"). */
export function groupMeaning(
  tokens: readonly Token[],
  index: ActorIndex,
  group: NounGroup | null,
  salience: Salience,
  role: GroupRole = 'any',
): EventActor[] {
  if (!group) return [];
  return uniqueByCode(group.members.flatMap((m) => complexMeaning(tokens, index, m, salience, role)));
}

/**
 * An actor the dictionaries name only to keep its words from coding ("Indian Ocean" `[---]`,
 * so that "Indian" is no Indian actor): it stands for no party.
 */
export function isNotAnActor(a: EventActor): boolean {
  return a.code === '---';
}

const ARTICLE_COUNTRY = ' in an article about ';

/** The `via` of a role noun given the article's main country, the text naming none ("police"). */
export function articleCountryVia(text: string, country: string): string {
  return `"${text}"${ARTICLE_COUNTRY}${country}`;
}

/** True when the actor's country is only the article's main one (see `articleCountryVia`). */
export function hasArticleCountry(a: EventActor): boolean {
  return a.via?.includes(ARTICLE_COUNTRY) ?? false;
}

/** True when at least one actor has a code. */
export function hasCoded(actors: readonly EventActor[]): boolean {
  return actors.some((a) => a.code !== null);
}
