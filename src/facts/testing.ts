/**
 * Test helpers: an article built from example sentences and hand-made mentions whose offsets are
 * found in the text (so they always slice back), tokenized by the real tokenizer.
 */
import type { ActorMention, DatePrecision, DateValue, Mention, Sentence } from '../core/types.js';
import type { Tokenize } from '../nlp/tokenize.js';
import type { FactInput } from './types.js';

export type MentionSpec = (text: string, sentences: readonly Sentence[]) => Mention;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Start of the `nth` (0-based) occurrence of `surface` as whole words. */
function locate(text: string, surface: string, nth: number): number {
  let seen = -1;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + surface.length] ?? ' ';
    if (WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
    if (++seen === nth) return at;
  }
  throw new Error(`test mention "${surface}" #${nth} is not in the text`);
}

function sentenceAt(sentences: readonly Sentence[], start: number): number {
  return sentences.find((s) => s.start <= start && start < s.end)?.index ?? 0;
}

/** An actor mention: `code` is a CAMEO code (CHN, CHNGOV, IGOSCO). */
export function actor(
  surface: string,
  code: string,
  nth = 0,
  form: ActorMention['form'] = 'country',
): MentionSpec {
  return (text, sentences) => {
    const start = locate(text, surface, nth);
    const igo = code.startsWith('IGO');
    return {
      kind: 'actor',
      text: surface,
      start,
      end: start + surface.length,
      sentence: sentenceAt(sentences, start),
      rule: 'test/actor',
      actor: {
        code,
        country: igo ? null : code.slice(0, 3),
        sector: igo ? null : code.slice(3) || null,
        name: surface,
      },
      form: igo ? 'organisation' : form,
    };
  };
}

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/** A DateValue for "2021", "2015-07", "2023-12-04" or "2000/2019" (years or months). */
export function dateValue(value: string, precision?: DatePrecision): DateValue {
  const bounds = (part: string, end: boolean): string => {
    const [y, m, d] = part.split('-');
    if (d) return part;
    if (m) return `${y}-${m}-${end ? lastDay(Number(y), Number(m)) : '01'}`;
    return `${y}-${end ? '12-31' : '01-01'}`;
  };
  const [a = value, b] = value.split('/');
  const p: DatePrecision =
    precision ?? (b ? 'range' : a.length === 4 ? 'year' : a.length === 7 ? 'month' : 'day');
  return { value, precision: p, start: bounds(a, false), end: bounds(b ?? a, true), stated: [], implied: [] };
}

export function date(surface: string, value: string, nth = 0, precision?: DatePrecision): MentionSpec {
  return (text, sentences) => {
    const start = locate(text, surface, nth);
    return {
      kind: 'date',
      text: surface,
      start,
      end: start + surface.length,
      sentence: sentenceAt(sentences, start),
      rule: 'test/date',
      date: dateValue(value, precision),
    };
  };
}

export interface QuantityExtra {
  readonly currency?: string;
  readonly qualifier?: string;
  readonly valueEnd?: number;
}

export function quantity(
  surface: string,
  value: number,
  unit: string,
  extra: QuantityExtra = {},
  nth = 0,
): MentionSpec {
  return (text, sentences) => {
    const start = locate(text, surface, nth);
    const currency = extra.currency ?? (/^[A-Z]{3}$/.test(unit) ? unit : undefined);
    return {
      kind: 'quantity',
      text: surface,
      start,
      end: start + surface.length,
      sentence: sentenceAt(sentences, start),
      rule: 'test/quantity',
      quantity: {
        value,
        unit,
        ...(currency ? { currency } : {}),
        ...(extra.qualifier ? { qualifier: extra.qualifier } : {}),
        ...(extra.valueEnd !== undefined ? { valueEnd: extra.valueEnd } : {}),
      },
    };
  };
}

export interface BuildOptions {
  readonly published?: string | null;
  readonly dyad?: readonly [string, string] | null;
}

/** The extractor input for `text` with the given mentions. */
export function buildInput(
  tokenize: Tokenize,
  text: string,
  specs: readonly MentionSpec[],
  options: BuildOptions = {},
): FactInput {
  const { tokens, sentences } = tokenize(text);
  const mentions = specs.map((spec) => spec(text, sentences)).sort((a, b) => a.start - b.start);
  return {
    text,
    sentences,
    tokens,
    mentions,
    published: options.published ?? '2023-12-07',
    dominantDyad: options.dyad === undefined ? null : options.dyad,
  };
}
