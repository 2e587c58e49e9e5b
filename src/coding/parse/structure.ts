import type { Token } from '../../core/types.js';
import { chunkSentence, type Chunk, type Unit } from './chunks.js';
import { isPassiveParticiple } from './participles.js';
import { itemAt } from '../../core/bounded.js';

/**
 * Sparse parsing, step 2: from flat chunks to the structure the coder matches patterns on.
 *
 *   noun group    a coordination of complex NPs: "the EU, UK, the USA and Canada"
 *   complex NP    an NP with the prepositional phrases that qualify it: "soldiers from Gondor",
 *                 "the government of Gondor", "Lukashenko as a person"
 *   verb frame    one verb group with its subject, object and prepositional phrases, its voice,
 *                 negation and auxiliaries, and how it relates to the verb that governs it
 *                 (coordinated VP, infinitive, complement clause, relative clause).
 *
 * The grammar is deliberately shallow (TABARI-style) and never fails: an unexpected token
 * ends a phrase rather than the parse.
 */

export interface PrepPhrase {
  readonly prep: string;
  readonly prepToken: number;
  readonly object: NounGroup;
  readonly start: number;
  readonly end: number;
}

export interface ComplexNP {
  readonly np: Chunk;
  readonly attachments: readonly PrepPhrase[];
  readonly start: number;
  readonly end: number;
}

export interface NounGroup {
  readonly members: readonly ComplexNP[];
  readonly start: number;
  readonly end: number;
}

export type FrameRelation = 'main' | 'coordinated' | 'infinitive' | 'complement' | 'relative' | 'participle';

export interface VerbFrame {
  readonly index: number;
  readonly group: Chunk;
  /** Token indices of the lexical (non-auxiliary) verbs in the group, in order. */
  readonly verbs: readonly number[];
  readonly head: number;
  /** Lower-case auxiliaries and modals in the group ("will", "has", "would", "did"). */
  readonly auxiliaries: readonly string[];
  readonly negated: boolean;
  readonly passive: boolean;
  readonly relation: FrameRelation;
  /** Index of the governing frame (for infinitives, complements, coordinated verbs). */
  readonly governor: number | null;
  readonly subject: NounGroup | null;
  /** Where the subject came from, for `explain`. */
  readonly subjectFrom: 'local' | 'inherited' | 'control-object' | 'possessor' | 'relative' | null;
  /** Prepositional phrases between the subject and the verb ("Arnor on Thursday signed"). */
  readonly prePhrases: readonly PrepPhrase[];
  readonly object: NounGroup | null;
  /** Prepositional phrases after the verb, in order, within the clause. */
  readonly phrases: readonly PrepPhrase[];
  /** Token range of the clause after the verb (exclusive end). */
  readonly postStart: number;
  readonly postEnd: number;
  /** Token where the subject region starts (subject start, or the verb when none). */
  readonly preStart: number;
  /** True when the frame sits in a subordinate clause introduced by "if"/"unless". */
  readonly conditional: boolean;
}

export interface SentenceStructure {
  readonly chunks: readonly Chunk[];
  readonly frames: readonly VerbFrame[];
  /** Every noun group of the sentence, in order. */
  readonly groups: readonly NounGroup[];
}

/** Prepositions that attach a phrase to the noun before it ("soldiers from Gondor"). */
const ATTACHING = new Set(['of', 'from', 'in', 'as']);
const OBJECT_CONTROL = new Set([
  'urge',
  'ask',
  'call',
  'invite',
  'encourage',
  'press',
  'tell',
  'persuade',
  'request',
  'force',
  'allow',
  'help',
  'order',
  'appeal',
  'pressure',
  'push',
  'advise',
  'warn',
  'instruct',
  'direct',
  'enable',
  'authorize',
  'permit',
  'compel',
  'require',
  'implore',
  'beg',
  'exhort',
]);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose']);
/**
 * Relative pronouns that stand for the object of their clause when a subject follows them
 * ("the protests, which the regime suppressed"); "that" may also open a complement clause
 * ("told reporters that the army attacked"), so it is not one of them.
 */
const OBJECT_RELATIVE = new Set(['which', 'whom']);

/** The noun group before the relative pronoun at `at` (across one comma), or null. */
function antecedentBefore(tokens: readonly Token[], items: readonly Item[], at: number): NounGroup | null {
  let k = at - 1;
  const it = items[k];
  if (it?.kind === 'chunk' && isComma(tokens, it.chunk)) k--;
  const found = items[k];
  return found?.kind === 'group' ? found.group : found?.kind === 'pp' ? found.pp.object : null;
}

/** Relative pronouns that may open a clause after a comma ("that" may not). */
const NON_RESTRICTIVE = new Set(['who', 'which']);
const CONDITIONAL = new Set(['if', 'unless']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);

type Item =
  | { readonly kind: 'group'; readonly group: NounGroup; readonly first: number; readonly last: number }
  | { readonly kind: 'pp'; readonly pp: PrepPhrase; readonly first: number; readonly last: number }
  | { readonly kind: 'chunk'; readonly chunk: Chunk; readonly first: number; readonly last: number };

function text(tokens: readonly Token[], c: Chunk): string {
  return tokens[c.head]?.norm ?? '';
}

/** Parses one sentence (tokens `[from, to)`) into chunks, noun groups and verb frames. */
export function parseSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  units: readonly Unit[] = [],
): SentenceStructure {
  const chunks = chunkSentence(tokens, from, to, units);
  const items = toItems(tokens, chunks);
  // (a loop, not `flatMap`: no one-element array per item)
  const groups: NounGroup[] = [];
  for (const it of items) {
    if (it.kind === 'group') groups.push(it.group);
    else if (it.kind === 'pp') groups.push(it.pp.object);
  }
  const frames = buildFrames(tokens, items, to);
  return { chunks, frames, groups };
}

// ---------------------------------------------------------------------------
// Noun groups and prepositional phrases

function toItems(tokens: readonly Token[], chunks: readonly Chunk[]): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < chunks.length) {
    const c = chunks[i]!;
    if (c.kind === 'NP') {
      const parsed = nounGroupAt(tokens, chunks, i);
      items.push({ kind: 'group', group: parsed.group, first: i, last: parsed.next - 1 });
      i = parsed.next;
      continue;
    }
    if (c.kind === 'P' && itemAt(chunks, i + 1)?.kind === 'NP') {
      const parsed = nounGroupAt(tokens, chunks, i + 1);
      items.push({
        kind: 'pp',
        pp: {
          prep: text(tokens, c),
          prepToken: c.head,
          object: parsed.group,
          start: c.start,
          end: parsed.group.end,
        },
        first: i,
        last: parsed.next - 1,
      });
      i = parsed.next;
      continue;
    }
    items.push({ kind: 'chunk', chunk: c, first: i, last: i });
    i++;
  }
  return items;
}

function complexAt(
  tokens: readonly Token[],
  chunks: readonly Chunk[],
  i: number,
): { np: ComplexNP; next: number } {
  const np = chunks[i]!;
  const attachments: PrepPhrase[] = [];
  let k = i + 1;
  let end = np.end;
  // "the Democratic People's Republic of Korea (DPRK)": a bracketed short name stays with the phrase
  if (
    itemAt(chunks, k)?.kind === 'PUNCT' &&
    tokens[chunks[k]!.head]?.text === '(' &&
    chunks[k + 1]?.kind === 'NP' &&
    chunks[k + 2]?.kind === 'PUNCT' &&
    tokens[chunks[k + 2]!.head]?.text === ')'
  ) {
    end = chunks[k + 2]!.end;
    k += 3;
  }
  while (k + 1 < chunks.length) {
    const p = chunks[k]!;
    const obj = chunks[k + 1]!;
    if (p.kind !== 'P' || obj.kind !== 'NP' || !ATTACHING.has(text(tokens, p))) break;
    // "A met B in Beijing" keeps "in Beijing" as a phrase of the NP; the coder reads
    // attachments for places and actors alike, so attaching is harmless.
    const inner = complexAt(tokens, chunks, k + 1);
    const object: NounGroup = { members: [inner.np], start: inner.np.start, end: inner.np.end };
    attachments.push({ prep: text(tokens, p), prepToken: p.head, object, start: p.start, end: inner.np.end });
    end = inner.np.end;
    k = inner.next;
  }
  return { np: { np, attachments, start: np.start, end }, next: k };
}

/** True when chunk `k` starts a new clause: an NP (group) directly followed by a verb group. */
function startsClause(tokens: readonly Token[], chunks: readonly Chunk[], k: number): boolean {
  if (chunks[k]?.kind !== 'NP') return false;
  const after = complexAt(tokens, chunks, k).next;
  let j = after;
  while (itemAt(chunks, j)?.kind === 'ADV') j++;
  return chunks[j]?.kind === 'VG';
}

/** True when the coordinated list starting at chunk `k` ("A and B as a country") is followed by a verb. */
function listStartsClause(tokens: readonly Token[], chunks: readonly Chunk[], k: number): boolean {
  let j = k;
  for (let guard = 0; guard < 12 && chunks[j]?.kind === 'NP'; guard++) {
    j = complexAt(tokens, chunks, j).next;
    const c = itemAt(chunks, j);
    if (c?.kind === 'CC' && isAndOr(tokens, c) && chunks[j + 1]?.kind === 'NP') {
      j++;
      continue;
    }
    break;
  }
  while (itemAt(chunks, j)?.kind === 'ADV') j++;
  return j > k + 1 && chunks[j]?.kind === 'VG';
}

function nounGroupAt(
  tokens: readonly Token[],
  chunks: readonly Chunk[],
  i: number,
): { group: NounGroup; next: number } {
  const members: ComplexNP[] = [];
  let k = i;
  // a group that is a preposition's object or follows a verb cannot run on into the next subject
  const embedded = chunks[i - 1]?.kind === 'P' || followsVerb(chunks, i);
  for (;;) {
    const parsed = complexAt(tokens, chunks, k);
    members.push(parsed.np);
    k = parsed.next;
    const c = itemAt(chunks, k);
    const c1 = chunks[k + 1];
    const c2 = chunks[k + 2];
    // ", NP" / "and NP" / ", and NP" / "nor NP" continue the group unless a new clause starts
    const comma = c?.kind === 'PUNCT' && tokens[c.head]?.text === ',';
    // after a comma, a phrase whose own list runs into a verb is that verb's subject:
    // "because of the invasion, Lukashenko and Belarus came under sanctions"
    if (
      comma &&
      c1?.kind === 'NP' &&
      !startsClause(tokens, chunks, k + 1) &&
      !(embedded && listStartsClause(tokens, chunks, k + 1))
    ) {
      k = k + 1;
      continue;
    }
    if (
      comma &&
      c1?.kind === 'CC' &&
      c2?.kind === 'NP' &&
      isAndOr(tokens, c1) &&
      (!startsClause(tokens, chunks, k + 2) || !followsVerb(chunks, i))
    ) {
      k = k + 2;
      continue;
    }
    // "A and B signed" stays one group; after a verb, "and B said" starts a new clause
    if (c?.kind === 'CC' && isAndOr(tokens, c) && c1?.kind === 'NP') {
      if (!startsClause(tokens, chunks, k + 1) || !followsVerb(chunks, i)) {
        k = k + 1;
        continue;
      }
    }
    break;
  }
  const first = members[0]!;
  const last = members[members.length - 1]!;
  return { group: { members, start: first.start, end: last.end }, next: k };
}

/** True when a verb group precedes chunk `i` in the same clause. */
function followsVerb(chunks: readonly Chunk[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = chunks[j]!;
    if (c.kind === 'VG') return true;
    if (c.kind === 'PUNCT' || c.kind === 'SC') return false;
  }
  return false;
}

function isAndOr(tokens: readonly Token[], c: Chunk): boolean {
  const w = text(tokens, c);
  return w === 'and' || w === 'or' || w === 'nor' || w === '&';
}

// ---------------------------------------------------------------------------
// Verb frames

function lexicalVerbs(tokens: readonly Token[], g: Chunk): number[] {
  const verbs: number[] = [];
  for (let t = g.start; t < g.end; t++) if (tokens[t]!.pos === 'VERB') verbs.push(t);
  if (verbs.length === 0) verbs.push(g.head);
  return verbs;
}

function auxiliariesOf(tokens: readonly Token[], g: Chunk): string[] {
  const aux: string[] = [];
  for (let t = g.start; t < g.end; t++) if (tokens[t]!.pos === 'AUX') aux.push(tokens[t]!.norm);
  return aux;
}

function negatedGroup(tokens: readonly Token[], g: Chunk): boolean {
  for (let t = g.start; t < g.end; t++) {
    const w = tokens[t]!.norm;
    if (w === 'not' || w === "n't" || w === 'never') return true;
  }
  return false;
}

/** Participles that with this preposition describe the subject's own activity or stance. */
const STATIVE_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['engaged', 'in'],
  ['involved', 'in'],
  ['opposed', 'to'],
  ['committed', 'to'],
]);

/**
 * "Stand accused", "stood charged": "stand" before a participle is a passive like "be" — the
 * subject is the one accused, not the accuser.
 */
const STAND = new Set(['stand', 'stands', 'stood', 'standing']);

function passiveGroup(tokens: readonly Token[], g: Chunk, verbs: readonly number[]): boolean {
  const last = verbs[verbs.length - 1]!;
  const head = tokens[last]!;
  if (!isPassiveParticiple(head.norm)) return false;
  for (let t = g.start; t < last; t++) if (BE.has(tokens[t]!.norm)) return true;
  return last > g.start && STAND.has(tokens[last - 1]!.norm);
}

function buildFrames(tokens: readonly Token[], items: readonly Item[], sentenceEnd: number): VerbFrame[] {
  const frames: VerbFrame[] = [];
  const vgItems: number[] = [];
  items.forEach((it, k) => {
    if (it.kind === 'chunk' && it.chunk.kind === 'VG') vgItems.push(k);
  });

  for (let n = 0; n < vgItems.length; n++) {
    let conditional = false;
    const k = vgItems[n]!;
    const g = (items[k] as Extract<Item, { kind: 'chunk' }>).chunk;
    const nextVg = vgItems[n + 1] ?? items.length;
    const verbs = lexicalVerbs(tokens, g);

    // --- look left: relation and subject
    let j = k - 1;
    const prePhrases: PrepPhrase[] = [];
    while (j >= 0) {
      const it = items[j]!;
      if (it.kind === 'pp') {
        prePhrases.unshift(it.pp);
        j--;
        continue;
      }
      if (it.kind === 'chunk' && (it.chunk.kind === 'ADV' || isComma(tokens, it.chunk))) {
        j--;
        continue;
      }
      break;
    }
    const left = j >= 0 ? items[j]! : undefined;
    const prev = frames[frames.length - 1];
    let relation: FrameRelation = 'main';
    /** The antecedent an object relative clause is about ("the protests, which X suppressed"). */
    let antecedentObject: NounGroup | null = null;
    let governor: number | null = null;
    let subject: NounGroup | null = null;
    let subjectFrom: VerbFrame['subjectFrom'] = null;

    if (left?.kind === 'chunk' && left.chunk.kind === 'TO') {
      relation = 'infinitive';
      governor = prev ? prev.index : null;
      const noun = itemAt(items, j - 1);
      const possessed = noun?.kind === 'group' ? possessedPlan(tokens, noun.group) : null;
      if (prev) {
        const controller = OBJECT_CONTROL.has(tokens[prev.head]!.lemma) && prev.object ? prev.object : null;
        subject = controller ?? possessed ?? prev.subject;
        subjectFrom = controller ? 'control-object' : possessed ? 'possessor' : 'inherited';
      }
    } else if (left?.kind === 'chunk' && left.chunk.kind === 'CC' && prev) {
      relation = 'coordinated';
      governor = prev.index;
      subject = prev.subject;
      subjectFrom = 'inherited';
    } else if (left?.kind === 'group') {
      subject = left.group;
      subjectFrom = 'local';
      const before = items[j - 1];
      const relativeObject =
        before?.kind === 'chunk' &&
        before.chunk.kind === 'SC' &&
        OBJECT_RELATIVE.has(text(tokens, before.chunk))
          ? antecedentBefore(tokens, items, j - 1)
          : null;
      if (relativeObject) {
        // "the protests, which the regime suppressed": the clause is about its antecedent
        relation = 'relative';
        antecedentObject = relativeObject;
      } else if (before?.kind === 'chunk' && before.chunk.kind === 'SC') {
        relation = 'complement';
        governor = prev ? prev.index : null;
        if (CONDITIONAL.has(text(tokens, before.chunk))) conditional = true;
      } else if (
        prev &&
        (prev.postEnd > left.group.start || onlyModifiersBetween(tokens, items, vgItems[n - 1], j))
      ) {
        // "indicated it would act": the group right after the previous verb starts its complement
        relation = 'complement';
        governor = prev.index;
      }
    } else if (left?.kind === 'chunk' && left.chunk.kind === 'SC') {
      const word = text(tokens, left.chunk);
      // a non-restrictive relative follows a comma: "the Chinese, who cancelled ..."
      const afterComma = items[j - 1];
      const antecedent =
        NON_RESTRICTIVE.has(word) && afterComma?.kind === 'chunk' && isComma(tokens, afterComma.chunk)
          ? items[j - 2]
          : items[j - 1];
      if (RELATIVE.has(word) && antecedent?.kind === 'group') {
        relation = 'relative';
        subject = antecedent.group;
        subjectFrom = 'relative';
      } else if (RELATIVE.has(word) && antecedent?.kind === 'pp') {
        relation = 'relative';
        subject = antecedent.pp.object;
        subjectFrom = 'relative';
      } else {
        relation = 'complement';
        governor = prev ? prev.index : null;
        if (CONDITIONAL.has(word)) conditional = true;
      }
    } else if (left === undefined && verbs.length > 0 && isPassiveParticiple(tokens[g.head]!.norm)) {
      relation = 'participle';
    } else if (prev && left?.kind === 'chunk' && left.chunk.kind === 'VG') {
      relation = 'complement';
      governor = prev.index;
    }

    // "cordoned off the roads leading into Mordor": an -ing participle right after the previous
    // verb's object qualifies that object; it has no subject of its own
    if (
      prev &&
      relation !== 'infinitive' &&
      relation !== 'coordinated' &&
      isBareParticiple(tokens, g) &&
      (prevPhraseOrObject(prev, prePhrases[prePhrases.length - 1]?.object) ||
        (prePhrases.length === 0 && left?.kind === 'group' && prevPhraseOrObject(prev, left.group)))
    ) {
      relation = 'participle';
      governor = prev.index;
      subject = null;
      subjectFrom = null;
      prePhrases.length = 0;
    }

    // --- look right: object and phrases until the clause ends
    let r = k + 1;
    let object: NounGroup | null = null;
    const phrases: PrepPhrase[] = [];
    let postEnd = g.end;
    while (r < nextVg) {
      const it = items[r]!;
      if (it.kind === 'group') {
        // a group directly before the next verb is that verb's subject, not our object,
        // unless that verb is a bare participle qualifying it ("diplomats based in Geneva")
        const following = items[nextVg];
        const qualifying =
          following?.kind === 'chunk' && isBareParticiple(tokens, following.chunk) && r + 1 === nextVg;
        if (!qualifying && (r + 1 === nextVg || (r + 2 === nextVg && isAdv(items[r + 1])))) {
          if (object || phrases.length > 0 || !isVerbChunk(itemAt(items, nextVg))) break;
          // "said it would": the group belongs to the next clause
          break;
        }
        if (!object && phrases.length === 0) object = it.group;
        postEnd = it.group.end;
        r++;
        continue;
      }
      if (it.kind === 'pp') {
        phrases.push(it.pp);
        postEnd = it.pp.end;
        r++;
        continue;
      }
      const c = it.chunk;
      if (c.kind === 'SC' || c.kind === 'TO' || c.kind === 'CC' || isClauseBreak(tokens, c)) break;
      if (c.kind === 'P') {
        // a dangling preposition or particle ("broke down", "called for"): keep scanning
        postEnd = c.end;
        r++;
        continue;
      }
      if (c.kind === 'ADV' || c.kind === 'X' || isComma(tokens, c)) {
        postEnd = Math.max(postEnd, c.end);
        r++;
        continue;
      }
      break;
    }
    if (!object && antecedentObject) object = antecedentObject;
    const headVerb = verbs[verbs.length - 1]!;
    let passive = passiveGroup(tokens, g, verbs);
    // reduced passive: "an attack carried out by X", "Rebuked by Eriador, ..."
    if (!passive && auxiliariesOf(tokens, g).length === 0 && isPassiveParticiple(tokens[headVerb]!.norm)) {
      const firstPhrase = phrases[0];
      if (firstPhrase && firstPhrase.prep === 'by' && !object) passive = true;
    }
    // "were engaged in ethnic cleansing", "is opposed to mediation": a participle with its own
    // preposition right after it states what the subject does, not what is done to it
    if (passive && !object && STATIVE_PARTICIPLES.get(tokens[headVerb]!.norm) === tokens[g.end]?.norm) {
      passive = false;
    }
    // a conditional clause passes its mood to verbs coordinated with it or governed by it
    if ((relation === 'coordinated' || relation === 'infinitive') && governor !== null) {
      conditional = conditional || (frames[governor]?.conditional ?? false);
    }
    const preStart = subject && subjectFrom === 'local' ? subject.start : g.start;
    frames.push({
      index: frames.length,
      group: g,
      verbs,
      head: headVerb,
      auxiliaries: auxiliariesOf(tokens, g),
      negated: negatedGroup(tokens, g),
      passive,
      relation,
      governor,
      subject,
      subjectFrom,
      prePhrases,
      object,
      phrases,
      postStart: g.end,
      postEnd: Math.min(Math.max(postEnd, g.end), sentenceEnd),
      preStart,
      conditional,
    });
  }
  return frames;
}

/**
 * Nouns whose to-infinitive says what their possessor decides, tries or means to do ("the UK's
 * decision to detain", "Iran's bid to join"): the infinitive's doer is the possessor, not the
 * subject of the verb governing the noun ("Russia criticised the UK's decision to detain ...").
 */
const PLAN_NOUNS = new Set([
  'decision',
  'plan',
  'plans',
  'move',
  'attempt',
  'attempts',
  'bid',
  'effort',
  'efforts',
  'intention',
  'push',
  'drive',
  'campaign',
  'refusal',
  'failure',
  'readiness',
  'willingness',
  'determination',
  'pledge',
  'promise',
  'vow',
  'threat',
  'threats',
]);

/** The group, when it is a plan noun with a possessive ("X's decision"): the infinitive's doer. */
function possessedPlan(tokens: readonly Token[], group: NounGroup): NounGroup | null {
  if (group.members.length !== 1) return null;
  const head = tokens[group.end - 1];
  if (!head || !PLAN_NOUNS.has(head.norm)) return null;
  for (let k = group.start; k < group.end - 1; k++) if (tokens[k]!.norm === "'s") return group;
  return null;
}

/** True when only adverbs, commas or time phrases stand between item `from` (a verb) and item `to`. */
function onlyModifiersBetween(
  tokens: readonly Token[],
  items: readonly Item[],
  from: number | undefined,
  to: number,
): boolean {
  if (from === undefined || from >= to) return false;
  for (let k = from + 1; k < to; k++) {
    const it = items[k]!;
    if (it.kind === 'chunk' && (it.chunk.kind === 'ADV' || isComma(tokens, it.chunk))) continue;
    if (it.kind === 'pp' && (it.pp.prep === 'on' || it.pp.prep === 'in')) continue;
    if (it.kind === 'group' && isTimeGroup(tokens, it.group)) continue;
    return false;
  }
  return true;
}

const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'last',
  'this',
  'week',
  'month',
  'year',
]);

/** A bare time phrase ("announced Wednesday it would ..."): a modifier, not a clause's subject. */
function isTimeGroup(tokens: readonly Token[], group: NounGroup): boolean {
  if (group.members.length !== 1) return false;
  for (let t = group.start; t < group.end; t++) if (!TIME_WORDS.has(tokens[t]!.norm)) return false;
  return (
    TIME_WORDS.has(tokens[group.end - 1]!.norm) && !['last', 'this'].includes(tokens[group.end - 1]!.norm)
  );
}

/** A verb group that is only a participle ("leading", "based"): it may qualify a noun. */
function isBareParticiple(tokens: readonly Token[], g: Chunk): boolean {
  if (g.end - g.start !== 1) return false;
  const w = tokens[g.head]!.norm;
  return tokens[g.head]!.pos === 'VERB' && (/ing$/.test(w) || isPassiveParticiple(w));
}

function prevPhraseOrObject(prev: VerbFrame, group: NounGroup | undefined): boolean {
  if (!group) return false;
  return prev.object === group || prev.phrases.some((p) => p.object === group);
}

function isComma(tokens: readonly Token[], c: Chunk): boolean {
  return c.kind === 'PUNCT' && tokens[c.head]?.text === ',';
}

function isClauseBreak(tokens: readonly Token[], c: Chunk): boolean {
  if (c.kind !== 'PUNCT') return false;
  const t = tokens[c.head]?.text ?? '';
  return t === ';' || t === ':' || t === '.' || t === '!' || t === '?' || t === '(' || t === ')' || t === '—';
}

function isAdv(it: Item | undefined): boolean {
  return it?.kind === 'chunk' && it.chunk.kind === 'ADV';
}

function isVerbChunk(it: Item | undefined): boolean {
  return it?.kind === 'chunk' && it.chunk.kind === 'VG';
}
