/**
 * What a protest is for (CAMEO 141x–145x: the fourth digit is the protesters' demand). The
 * manual: "use sub-categories if demands of protesters are known and codeable"; 1xx3 covers
 * protests that "demand new rights or protest the violation of existing ones".
 *
 * The aim is read from (a) the purpose clause and the clauses it governs ("began a hunger strike
 * to protest the government's failure to carry out reforms"), and (b) the protest's own "in
 * protest of/at/against X" phrase ("organized a strike in protest of the arrest of activists").
 * Content nouns (data/coding/content-nouns.tsv) name the reform; a grievance against rights
 * (arrests, detentions, abuses) is a protest for rights.
 */
import { mapPacked } from '../core/packed.js';
import type { Token } from '../core/types.js';
import type { Content } from './ontology.js';
import { contentOfGroup, type ContentNouns } from './content-nouns.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';

/** Nouns of removal: a leader's or a government's removal is a change of leadership. */
const REMOVALS = new Set(['removal', 'dismissal', 'replacement']);
const LEADERS = new Set([
  'president',
  'minister',
  'government',
  'regime',
  'leader',
  'governor',
  'mayor',
  'king',
  'dictator',
  'premier',
  'chairman',
  'junta',
]);

/** Grievances a protest names that violate rights: protested, they are a protest for rights. */
const RIGHTS_GRIEVANCES = new Set([
  'arrest',
  'arrests',
  'detention',
  'detentions',
  'jailing',
  'imprisonment',
  'crackdown',
  'abuses',
  'violations',
  'torture',
  'censorship',
]);

/** A reform content (reform, reform.*) of a noun group, its "of" phrases included, or a rights grievance. */
export function reformOfGroup(
  tokens: readonly Token[],
  group: NounGroup | null,
  table: ContentNouns,
): Content | null {
  for (const m of group?.members ?? []) {
    const head = tokens[m.np.head]?.norm ?? '';
    const found = contentOfGroup(tokens, { members: [m], start: m.start, end: m.end }, table)?.content;
    if (found?.startsWith('reform') && head !== 'elections' && head !== 'election') return found;
    if (RIGHTS_GRIEVANCES.has(head)) return 'reform.rights';
    // the manual: protests that "demand new elections" are for a change of leadership (1xx1)
    if (head === 'elections' || head === 'election') return 'reform.leadership';
    if (REMOVALS.has(head) && m.attachments.some((pp) => pp.prep === 'of' && namesLeader(tokens, pp.object)))
      return 'reform.leadership';
    for (const pp of m.attachments) {
      if (pp.prep !== 'of') continue;
      const inner = reformOfGroup(tokens, pp.object, table);
      if (inner) return inner;
    }
  }
  return null;
}

/** Whether a group names a leader or a government ("President X", "the prime minister"). */
function namesLeader(tokens: readonly Token[], group: NounGroup): boolean {
  return group.members.some((m) => {
    for (let t = m.np.start; t <= m.np.head; t++) if (LEADERS.has(tokens[t]?.norm ?? '')) return true;
    return false;
  });
}

/** The reform a purpose clause asks for: its object, else the objects of the clauses it governs. */
export function purposeAim(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  purpose: VerbFrame,
  table: ContentNouns,
  depth = 0,
): Content | null {
  // ("to carry out reforms": a particle verb's object is read as an "out" phrase)
  const groups = [purpose.object, ...mapPacked(purpose.phrases, (pp) => pp.object)];
  const own = mapPacked(groups, (g) => reformOfGroup(tokens, g, table)).find((c) => c !== null) ?? null;
  if (own || depth >= 2) return own;
  for (const f of frames) {
    if (f.governor !== purpose.index || (f.relation !== 'infinitive' && f.relation !== 'complement'))
      continue;
    const found = purposeAim(tokens, frames, f, table, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The reform named by a protest frame's "in protest of/at/against X" phrase, or by an
 * "against"/"over" phrase of its object ("a strike against the detention of students").
 */
export function phraseAim(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
  table: ContentNouns,
): Content | null {
  // ("a strike that shut the capital in protest of ...": the relative clause carries the phrase)
  const relatives = frames.filter(
    (f) =>
      (f.relation === 'relative' || f.relation === 'participle') &&
      (f.governor === frame.index || (f.governor === null && f.index === frame.index + 1)),
  );
  // ("shut down the capital in protest of ...": the phrase may qualify the object of a particle)
  const groups = [frame, ...relatives].flatMap((f) => [f.object, ...mapPacked(f.phrases, (pp) => pp.object)]);
  const phrases = [
    ...[frame, ...relatives].flatMap((f) => f.phrases),
    ...groups.flatMap((g) => g?.members.flatMap((m) => m.attachments) ?? []),
  ];
  for (const pp of phrases) {
    const head = pp.object.members[0];
    if (pp.prep !== 'in' || !head || tokens[head.np.head]?.norm !== 'protest') continue;
    for (const inner of head.attachments) {
      if (!['of', 'at', 'against', 'over'].includes(inner.prep)) continue;
      const found = reformOfGroup(tokens, inner.object, table);
      if (found) return found;
    }
  }
  for (const m of frame.object?.members ?? []) {
    for (const pp of m.attachments) {
      if (pp.prep !== 'against' && pp.prep !== 'over') continue;
      const found = reformOfGroup(tokens, pp.object, table);
      if (found) return found;
    }
  }
  return null;
}
