/**
 * Partnership designations: a label of the scale ("comprehensive strategic partnership") named
 * where the text establishes or upgrades it (an establish-cue such as "establish", "upgrade",
 * "joint statement", "become" within CUE_BEFORE tokens before the label or CUE_AFTER after it, in
 * the same clause), between two countries (parties.ts). A label merely mentioned ("their strategic
 * partnership") is not recorded: its wording is often a shortening of the real level.
 * Labels of one word ("partnership") are too generic to record.
 */
import type { Designation, Token } from '../../core/types.js';
import { chooseParties } from '../parties.js';
import { findPhrases, tokenGap, type PhraseMatch } from '../phrases.js';
import { clauseAt, spanOf, type SentenceView } from '../sentence-view.js';
import type { WordSets } from '../types.js';
import { designationDate } from './dates.js';
import { normaliseLabel, type PartnershipScale, type ScaleMatch } from './scale.js';

const HEADS: ReadonlySet<string> = new Set([
  'partnership',
  'partnerships',
  'partners',
  'partner',
  'relationship',
  'relations',
  'cooperation',
  'coordination',
  'future',
]);
const TAIL_HEADS: ReadonlySet<string> = new Set([...HEADS, 'era']);
const MAX_LABEL_TOKENS = 14;
const CUE_BEFORE = 12;
const CUE_AFTER = 5;

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** An article or a quote mark the label may start with in the text but is not part of it. */
function isLeadingFiller(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'PUNCT' || ARTICLES.has(token.norm));
}

interface Label {
  readonly start: number;
  readonly end: number;
  readonly match: ScaleMatch;
}

function labelsIn(view: SentenceView, text: string, scale: PartnershipScale): Label[] {
  const found: Label[] = [];
  for (let h = view.first; h < view.last; h++) {
    const head = view.tokens[h];
    if (!head || !TAIL_HEADS.has(head.norm)) continue;
    for (let s = Math.max(view.first, h - MAX_LABEL_TOKENS + 1); s <= h; s++) {
      const first = view.tokens[s];
      if (!first || first.pos === 'PUNCT') continue;
      const words = view.tokens.slice(s, h + 1);
      if (!words.some((t) => HEADS.has(t.norm))) continue;
      const written = text.slice(first.start, head.end);
      if (!normaliseLabel(written).includes(' ')) continue;
      const match = scale.match(written);
      if (match && normaliseLabel(match.level).includes(' ')) {
        let start = s;
        while (start < h && isLeadingFiller(view.tokens[start])) start++;
        found.push({ start, end: h + 1, match });
        break;
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Label[] = [];
  for (const label of found) {
    if (!kept.some((k) => k.start < label.end && label.start < k.end)) kept.push(label);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘', '«']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’', '»']);
const QUOTE_REACH = 4;
const INNER_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';', '!', '?']);

/**
 * The label as written: when the matched words close a quotation that opened at most QUOTE_REACH
 * tokens before them (a full stop or comma may come between the words and the closing mark), the whole quoted phrase ("“enhanced strategic partnership”", "“China-Belarus
 * all-weather strategic partnership”"), else the matched words.
 */
function quotedLabel(view: SentenceView, label: Label): { start: number; end: number } {
  // American style closes the quotation after the sentence's or clause's punctuation.
  const after = INNER_PUNCTUATION.has(view.tokens[label.end]?.text ?? '') ? label.end + 1 : label.end;
  if (!CLOSING_QUOTES.has(view.tokens[after]?.text ?? '')) return label;
  for (let k = label.start - 1; k >= Math.max(view.first, label.start - QUOTE_REACH); k--) {
    const text = view.tokens[k]?.text ?? '';
    if (OPENING_QUOTES.has(text)) return { start: k + 1, end: label.end };
    if (CLOSING_QUOTES.has(text) && text !== '"') return label;
  }
  return label;
}

/** The establish-cue that governs the label (same clause, near enough), or null. */
function cueFor(view: SentenceView, label: Label, words: WordSets): PhraseMatch | null {
  const clause = clauseAt(view, label.start);
  const cues = findPhrases(words['establish-cue'], view.tokens, view.first, view.last).filter((m) => {
    if (clauseAt(view, m.start) !== clause) return false;
    if (m.end <= label.start) return label.start - m.end <= CUE_BEFORE;
    if (m.start >= label.end) return m.start - label.end <= CUE_AFTER;
    return true;
  });
  return cues.sort((a, b) => tokenGap(a, label) - tokenGap(b, label))[0] ?? null;
}

export function partnershipsIn(
  views: readonly SentenceView[],
  index: number,
  text: string,
  scale: PartnershipScale,
  dyad: readonly [string, string] | null,
  words: WordSets,
): Designation[] {
  const view = views[index];
  if (!view) return [];
  const out: Designation[] = [];
  for (const label of labelsIn(view, text, scale)) {
    const cue = cueFor(view, label, words);
    if (!cue) continue;
    const parties = chooseParties(view, label, null, dyad, words);
    if (!parties) continue;
    const quoted = quotedLabel(view, label);
    const span = spanOf(view, quoted.start, quoted.end);
    const evidence = spanOf(view, Math.min(label.start, cue.start), Math.max(label.end, cue.end));
    out.push({
      kind: 'partnership',
      parties: parties.parties,
      label: text.slice(span.start, span.end),
      level: label.match.level,
      rank: label.match.rank,
      date: designationDate(views, index, label, words),
      evidence: { text: text.slice(evidence.start, evidence.end), start: evidence.start, end: evidence.end },
      sentence: view.sentence.index,
      rule: { id: 'partnership/established', partiesFrom: parties.from },
    });
  }
  return out;
}
