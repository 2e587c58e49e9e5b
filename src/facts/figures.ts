/**
 * The figures a sentence states: its quantity mentions (money, percentages, areas, counted nouns)
 * and ordinal ranks ("seventh largest", "the largest"). Years, and numbers inside a date mention,
 * are never figures.
 */
import { matchesAt } from './phrases.js';
import type { SentenceView } from './sentence-view.js';
import type { Phrase, WordSets } from './types.js';

export interface Figure {
  /** Character span in the article. */
  readonly start: number;
  readonly end: number;
  /** Token range [tokenStart, tokenEnd). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly value: number;
  readonly valueEnd: number | null;
  /** ISO currency, "percent", a unit of measure or the counted noun; "rank" for ranks. */
  readonly unit: string;
  readonly currency: string | null;
  /** The qualifier as written ("about", "at least"), or null. */
  readonly qualifier: string | null;
  readonly source: 'quantity' | 'rank';
}

const ISO_CURRENCY = /^[A-Z]{3}$/;

export function isMoney(figure: Pick<Figure, 'unit' | 'currency'>): boolean {
  return figure.currency !== null || ISO_CURRENCY.test(figure.unit);
}

const CURRENCY_SIGN = /[$\u00a2-\u00a5\u20a0-\u20cf]/u;

/**
 * A year read as an amount: a number 1000–2199 written as four bare digits that is not a
 * percentage, and either has no currency or ends the mention with no currency written ("in 2021"
 * misread as 2021 USD).
 */
export function looksLikeYear(text: string, value: number, unit: string, currency: string | null): boolean {
  if (unit === 'percent' || !Number.isInteger(value) || value < 1000 || value > 2199) return false;
  const bare = /(?:^|[^\d,.])(\d{4})$/.exec(text.trim());
  const endsWithYear = bare !== null && Number(bare[1]) === value && !CURRENCY_SIGN.test(text);
  if (endsWithYear) return true;
  if (currency !== null || ISO_CURRENCY.test(unit)) return false;
  const match = /(?<![\d,.])(\d{4})(?![\d,.])/.exec(text);
  return match !== null && Number(match[1]) === value;
}

/** "€90 billion (US$105 billion)": the bracketed amount restates the one before it. */
function isConversion(view: SentenceView, index: number): boolean {
  const placed = view.quantities[index];
  const previous = view.quantities[index - 1];
  if (!placed || !previous) return false;
  const open = view.tokens[placed.start - 1];
  const money = (q: typeof placed): boolean =>
    isMoney({ unit: q.mention.quantity.unit, currency: q.mention.quantity.currency ?? null });
  return open?.text === '(' && previous.end === placed.start - 1 && money(placed) && money(previous);
}

function quantityFigures(view: SentenceView): Figure[] {
  const figures: Figure[] = [];
  for (const [index, placed] of view.quantities.entries()) {
    if (isConversion(view, index)) continue;
    const { mention } = placed;
    const q = mention.quantity;
    if (!Number.isFinite(q.value) || (q.valueEnd !== undefined && !Number.isFinite(q.valueEnd))) continue;
    if (typeof q.unit !== 'string' || q.unit.length === 0) continue;
    if (looksLikeYear(mention.text, q.value, q.unit, q.currency ?? null)) continue;
    if (view.dates.some((d) => d.mention.start < mention.end && mention.start < d.mention.end)) continue;
    figures.push({
      start: mention.start,
      end: mention.end,
      tokenStart: placed.start,
      tokenEnd: placed.end,
      value: q.value,
      valueEnd: q.valueEnd ?? null,
      unit: q.unit,
      currency: q.currency ?? null,
      qualifier: q.qualifier ?? null,
      source: 'quantity',
    });
  }
  return figures;
}

const NUMERIC_ORDINAL = /^([1-9]\d{0,2})(?:st|nd|rd|th)$/;
const RANK_ONE_AFTER: ReadonlySet<string> = new Set([
  'the',
  "'s",
  "'",
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
]);

/** The one-word ordinals of a list by word, the first of each kept (as `find` would take it). */
function ordinalWords(ordinal: WordSets['ordinal']): ReadonlyMap<string, Phrase> {
  const byWord = new Map<string, Phrase>();
  for (const p of ordinal) {
    const word = p.words[0];
    if (p.words.length === 1 && word !== undefined && !byWord.has(word)) byWord.set(word, p);
  }
  return byWord;
}

/** ordinalWords per (frozen, loaded once) list: a memo of immutable data, not article state. */
const ORDINAL_WORDS = new WeakMap<WordSets['ordinal'], ReadonlyMap<string, Phrase>>();

function ordinalValue(norm: string, words: WordSets): number | null {
  const numeric = NUMERIC_ORDINAL.exec(norm);
  if (numeric?.[1]) return Number(numeric[1]);
  let byWord = ORDINAL_WORDS.get(words.ordinal);
  if (!byWord) {
    byWord = ordinalWords(words.ordinal);
    ORDINAL_WORDS.set(words.ordinal, byWord);
  }
  const word = byWord.get(norm);
  return word?.value ? Number(word.value) : null;
}

/** "seventh largest", "2nd-biggest", "third most important"; "the largest", "its top" (rank 1). */
function rankFigures(view: SentenceView, words: WordSets): Figure[] {
  const { tokens, first, last } = view;
  const figures: Figure[] = [];
  const taken = new Set<number>();
  const push = (start: number, end: number, value: number): void => {
    const a = tokens[start];
    const b = tokens[end - 1];
    if (!a || !b) return;
    for (let i = start; i < end; i++) taken.add(i);
    figures.push({
      start: a.start,
      end: b.end,
      tokenStart: start,
      tokenEnd: end,
      value,
      valueEnd: null,
      unit: 'rank',
      currency: null,
      qualifier: null,
      source: 'rank',
    });
  };
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    if (!token) continue;
    const value = ordinalValue(token.norm, words);
    if (value === null) continue;
    let next = i + 1;
    const hyphen = tokens[next]?.norm === '-';
    if (hyphen) next++;
    for (const sup of words.superlative) {
      if (matchesAt(sup, tokens, next, last, hyphen)) {
        push(i, next + sup.words.length, value);
        break;
      }
    }
  }
  for (let i = first; i < last; i++) {
    if (taken.has(i)) continue;
    const before = tokens[i - 1];
    if (i === first || !before || !RANK_ONE_AFTER.has(before.norm)) continue;
    const one = words['rank-one'].find((p) => matchesAt(p, tokens, i, last));
    if (one) push(i, i + one.words.length, 1);
  }
  return figures;
}

/** Every figure of the sentence, in text order. */
export function figuresOf(view: SentenceView, words: WordSets): Figure[] {
  return [...quantityFigures(view), ...rankFigures(view, words)].sort((a, b) => a.start - b.start);
}
