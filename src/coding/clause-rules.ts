/**
 * Clause-level coding rules the coder applies (pure functions over parsed frames and
 * mentions): the article's countries, obligations stated of another party, the modality a
 * frame gives the clause it frames, the clause opener a pattern may name, codes the CAMEO
 * table lacks, time discards Dyad does not apply.
 */
import { mapPacked } from '../core/packed.js';
import type { EventActor, Mention, Modality, Token } from '../core/types.js';
import { hasCoded } from './actors.js';
import { contentOf, frameCode, frameOf, rootOf, type Content } from './ontology.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';

/** Countries named in the article, most mentioned first (ties by code). */
function countriesByMentions(mentions: readonly Mention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'actor' || !m.actor.country) continue;
    counts.set(m.actor.country, (counts.get(m.actor.country) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return mapPacked(ranked, ([country]) => country);
}

export function dominantPair(mentions: readonly Mention[]): readonly [string, string] | null {
  const top = countriesByMentions(mentions);
  return top.length >= 2 ? [top[0]!, top[1]!] : null;
}

/**
 * A code the CAMEO table knows: the code itself, a 4-digit code under a known 3-digit one,
 * else its root's general code (PETRARCH-2's 176 "cyber attack", absent from the manual's
 * table, is coerce, 170) — or null for a code without a known root.
 */
export function knownCode(known: (code: string) => boolean, code: string): string | null {
  if (known(code) || known(code.slice(0, 3))) return code;
  const general = `${rootOf(code)}0`;
  return known(general) ? general : null;
}

/**
 * The modality of a framed act. A frame (appeal, intent, demand, reject, threat) absorbs the
 * "should"/"will" of the clause it frames ("agreed that their countries should cooperate" is
 * an agreement made); a statement passes the clause's own modality on, and negation or a
 * condition in the clause always stays.
 */
export function framedModality(
  govRoot: string,
  govModality: Modality,
  lower: { readonly modality: Modality; readonly frame: VerbFrame },
): Modality {
  if (lower.modality === 'asserted') return govModality;
  const absorbed =
    govRoot !== '01' &&
    !lower.frame.conditional &&
    (lower.modality === 'future' || lower.modality === 'hypothetical');
  return absorbed ? govModality : lower.modality;
}

export const DEMAND_NOS = '100';
/** What a protest is for (appeal 02, demand 10, a protest 14): folded into the protest. */
export const PURPOSE_ROOTS = new Set(['02', '10', '14']);
/** Threats of material conflict (13x but 130–131): like the acts, they may be made at home. */
export const THREATS_OF_FORCE = new Set([
  '132',
  '1321',
  '1322',
  '1323',
  '1324',
  '133',
  '136',
  '137',
  '138',
  '1381',
  '1382',
  '1383',
  '1384',
  '1385',
]);
/** Auxiliaries of obligation ("must", "should"): stated of another party, they demand. */
const OBLIGATION_AUX = new Set(['must', 'should', 'ought']);

/**
 * The party a statement obliges to act: the coded subject of a governed clause with "must" or
 * "should" that is not the speaker itself, neither negated nor conditional. Null otherwise.
 */
export function obligedParty(
  lower: { readonly frame: VerbFrame },
  subject: readonly EventActor[] | undefined,
  statement: { readonly sources: readonly EventActor[] },
): EventActor[] | null {
  const f = lower.frame;
  if (f.negated || f.conditional || !f.auxiliaries.some((a) => OBLIGATION_AUX.has(a))) return null;
  const speaker = new Set(mapPacked(statement.sources, (a) => a.code));
  const speakerCountries = new Set(mapPacked(statement.sources, (a) => a.country));
  const party = (subject ?? []).filter(
    (a) => a.code !== null && !speaker.has(a.code) && !speakerCountries.has(a.country),
  );
  return hasCoded(statement.sources) && party.length > 0 ? party : null;
}

/**
 * The token opening the first clause a frame governs ("to" of an infinitive, "that" of a
 * complement), or -1.
 */
export function clauseOpener(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
): number {
  const governed = frames.find(
    (f) => f.governor === frame.index && (f.relation === 'infinitive' || f.relation === 'complement'),
  );
  // ("rejected a demand to sever ties": the clause belongs to the object, not to the verb)
  if (!governed || frame.object !== null) return -1;
  const at = Math.min(governed.preStart, governed.group.start) - 1;
  const word = tokens[at]?.norm;
  return at > frame.group.end - 1 && (word === 'to' || word === 'that') ? at : -1;
}

/** The one country an article names, if it names exactly one: its role nouns are that country's. */
export function onlyCountry(mentions: readonly Mention[]): string | null {
  const top = countriesByMentions(mentions);
  return top.length === 1 ? top[0]! : null;
}

function isNumericPhrase(phrase: string): boolean {
  return /^[\d\s_.,-]+$/.test(phrase);
}

/**
 * Phoenix discards sentences with a bare year ("2009") or a time ago ("years ago", "weeks
 * later") to keep historical mentions out; Dyad dates each event instead (event-time.ts), so
 * these discards would only drop the sentence's current events ("said on Sunday it had paid
 * ... for assets lost 18 years ago").
 */
export function isTimePhrase(phrase: string): boolean {
  return isNumericPhrase(phrase) || /^(?:days|weeks|months|years)[\s_]+(?:ago|later)$/i.test(phrase);
}

/**
 * A verb's force decides the frame, a pattern the content. PETRARCH-2 merged the URGE and WANT
 * patterns into the DEMAND block, so "demanded immediate elections" matches URGE's
 * "- * ELECTIONS [0241]"; a verb whose own code is a demand (100) makes it one: 1041. Only an
 * appeal or intent code is raised to a demand; other codes are kept.
 */
export function forcedCode(verbCode: string | null, patternCode: string | null): string | null {
  if (verbCode === null || patternCode === null || frameOf(verbCode) !== 'demand') return patternCode;
  const lower = frameOf(patternCode);
  if (lower !== 'appeal' && lower !== 'intend') return patternCode;
  const content = contentOf(patternCode);
  return content ? (frameCode('demand', content) ?? patternCode) : patternCode;
}

/**
 * A mutual act between an actor and itself: every coded target is one of the sources, and the
 * sources are one actor ("U.S. Secretary of State" read as USAELI and USA). Two parties of one
 * country ("the Sudanese government and the SPLM agreed") are two actors.
 */
export function isSelfPair(sources: readonly EventActor[], targets: readonly EventActor[]): boolean {
  const codes = new Set(sources.flatMap((a) => (a.code === null ? [] : [a.code])));
  const targetCodes = targets.flatMap((a) => (a.code === null ? [] : [a.code]));
  if (codes.size === 0 || targetCodes.length === 0 || !targetCodes.every((c) => codes.has(c))) return false;
  // a bare country beside one of its own actors is that actor
  const actors = [...codes].filter(
    (c) => !(c.length === 3 && [...codes].some((o) => o !== c && o.startsWith(c))),
  );
  return actors.length <= 1;
}

/**
 * With no actor to act on, a place reached stands for its country ("arrived in Amman"), not the
 * subject's own. Material conflict (or its threat) at home is done to the place's people,
 * named with the act's object too ("imposed a curfew in Nairobi" -> KEN).
 */
/** Phrases of place force reaches besides "in", "to", "into", "at": "strikes on Tarsk". */
const FORCE_REACHES = new Set(['on', 'against', 'near', 'outside', 'inside', 'across', 'toward', 'towards']);

export function placeTarget(
  frame: VerbFrame,
  code: string | null,
  subjectActors: readonly EventActor[],
  placeActors: (group: NounGroup) => EventActor[],
): EventActor[] {
  if (subjectActors.filter((a) => a.code !== null).length >= 2) return [];
  const atHome = code !== null && (rootOf(code) >= '14' || THREATS_OF_FORCE.has(code));
  const own = new Set(atHome ? [] : mapPacked(subjectActors, (a) => a.country));
  const objectPhrases = atHome ? (frame.object?.members.flatMap((m) => m.attachments) ?? []) : [];
  for (const pp of [...frame.phrases, ...objectPhrases]) {
    // (force reaches a place by any phrase of place: "strikes on Tarsk, Ruritania")
    if (!['to', 'in', 'into', 'at'].includes(pp.prep) && !(atHome && FORCE_REACHES.has(pp.prep))) continue;
    const found = placeActors(pp.object).filter((a) => !own.has(a.country));
    if (found.length > 0) return found;
  }
  // ("killed guards in Tarsk, Ruritania": the address's later parts are listed with the object;
  // addresses.ts)
  for (const m of atHome ? (frame.object?.members.slice(1) ?? []) : []) {
    const found = placeActors({ members: [m], start: m.start, end: m.end });
    if (found.length > 0) return found;
  }
  return [];
}

/** CAMEO's fourth digit of a protest (141–145) by the reform it is for. */
const REFORM_DIGIT: Partial<Record<Content, string>> = {
  // the manual's 1xx2 rows: "specific policy changes or unspecified political reforms"
  reform: '2',
  'reform.leadership': '1',
  'reform.policy': '2',
  'reform.rights': '3',
  'reform.regime': '4',
};

/** "blocked streets to demand democratic reforms": obstruction (144) for regime change -> 1444. */
export function protestFor(protest: string, aim: Content | null): string {
  const digit = aim ? REFORM_DIGIT[aim] : undefined;
  return digit && /^14[1-5]$/.test(protest) ? protest + digit : protest;
}

/**
 * The party a threat's condition names ("threatened to strike unless Israel rescinded the
 * annexation" -> Israel): the coded subject, of another country, of a conditional clause the
 * threat governs directly or through one clause.
 */
export function conditionParty(
  frames: readonly VerbFrame[],
  threat: VerbFrame,
  sources: readonly EventActor[],
  subjects: ReadonlyMap<number, readonly EventActor[]>,
): EventActor[] {
  const own = new Set(mapPacked(sources, (a) => a.country));
  const condition = frames.find((cf) => {
    if (!cf.conditional || cf.governor === null) return false;
    return cf.governor === threat.index || frames[cf.governor]?.governor === threat.index;
  });
  if (!condition) return [];
  return (subjects.get(condition.index) ?? []).filter((a) => a.code !== null && !own.has(a.country));
}

/** The one country of the coded actors of a list ("Fabius and a group of deputies" -> FRA), or null. */
export function conjunctCountry(actors: readonly EventActor[]): string | null {
  let country: string | null = null;
  for (const a of actors) {
    if (a.code === null || !a.country) continue;
    if (country === null) country = a.country;
    else if (a.country !== country) return null;
  }
  return country;
}

/** Whether the token at `t` follows a locative preposition ("in", "at the", "near", "outside"). */
export function afterLocative(tokens: readonly Token[], t: number): boolean {
  // (no read outside the tokens: an index out of range costs the JIT a deoptimisation)
  if (t < 1 || t > tokens.length) return false;
  const previous = tokens[t - 1]!;
  const before = previous.norm === 'the' ? (t >= 2 ? tokens[t - 2] : undefined) : previous;
  return before !== undefined && ['in', 'at', 'near', 'outside'].includes(before.norm);
}

/** Acts that are mutual whoever is named first: consulting, meeting elsewhere, negotiating. */
const MUTUAL_CODES = new Set(['040', '041', '044', '046']);
/** Acts that are mutual when done "with" someone: agreeing to meet, cooperating. */
const MUTUAL_WITH = new Set([
  '036',
  '040',
  '041',
  '044',
  '046',
  '050',
  '057',
  '060',
  '061',
  '062',
  '063',
  '064',
]);

/** Meeting and negotiating are mutual; agreeing or cooperating "with" someone too. */
export function isMutual(code: string, frame: VerbFrame): boolean {
  return MUTUAL_CODES.has(code) || (MUTUAL_WITH.has(code) && frame.phrases.some((p) => p.prep === 'with'));
}

/** Verbs that announce a decision taken ("announced it would ...", "decided it will ..."). */
const DECISION_VERBS = new Set(['announce', 'decide', 'declare']);

/**
 * A reduction of relations a party announces it will make is the decision itself, not a threat:
 * the manual's 162 example is a government that "announced ... it would prohibit all aid". Only
 * 16x acts (cutting aid, ties, imposing sanctions, expelling) take effect by being decided; an
 * announced use of force stays a threat (13x), as does anything merely said or warned.
 */
export function announcedDecision(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
  code: string,
): boolean {
  if (rootOf(code) !== '16' || frame.negated || frame.conditional) return false;
  let f: VerbFrame | undefined = frame;
  // ("announced it would prohibit aid ... and would deny entry": the coordinated act too)
  while (f && f.relation === 'coordinated' && f.governor !== null) f = frames[f.governor];
  if (!f || f.relation !== 'complement' || f.governor === null) return false;
  const gov = frames[f.governor];
  return gov !== undefined && DECISION_VERBS.has(tokens[gov.head]?.lemma ?? '');
}
