import { DyadError } from '../core/errors.js';
import type { Mention } from '../core/types.js';
import { isIsoDay } from './query.js';
import type { ArticleBundle, ImportedEvent, ImportedEventMention } from './types.js';

/** In `u` mode a surrogate pair is one code point, so this matches only unpaired halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Checks a bundle before it is written: ids present, every span inside the text and
 * slicing back to its text, sentence indices known, dates real days. Throws a
 * DyadError naming the article and the offending record; returns nothing.
 */
export function checkBundle(bundle: ArticleBundle): void {
  const article = bundle.article;
  const where = `article ${typeof article?.id === 'string' && article.id ? article.id : '(no id)'}`;
  const fail = (message: string): never => {
    throw new DyadError(where, message);
  };
  if (typeof article?.id !== 'string' || article.id.length === 0)
    fail('article.id must be a non-empty string');
  if (typeof bundle.readerVersion !== 'string' || bundle.readerVersion.length === 0) {
    fail('readerVersion must be a non-empty string');
  }
  if (typeof article.text !== 'string') fail('article.text must be a string');
  for (const [name, value] of [
    ['text', article.text],
    ['title', article.title],
    ['source', article.source],
    ['url', article.url],
  ] as const) {
    if (value !== null && LONE_SURROGATE.test(value)) fail(`article.${name} contains a lone surrogate`);
  }
  if (article.published !== null && !isIsoDay(article.published)) {
    fail(`published "${article.published}" is not a day YYYY-MM-DD`);
  }
  const text = article.text;
  const span = (label: string, s: { start: number; end: number; text: string }): void => {
    if (!Number.isSafeInteger(s.start) || !Number.isSafeInteger(s.end) || s.start < 0 || s.end < s.start) {
      fail(`${label}: span [${s.start}, ${s.end}) is not a range of offsets`);
    }
    if (s.end > text.length)
      fail(`${label}: span [${s.start}, ${s.end}) ends past the text (${text.length})`);
    if (text.slice(s.start, s.end) !== s.text)
      fail(`${label}: text does not match span [${s.start}, ${s.end})`);
    if (LONE_SURROGATE.test(s.text)) fail(`${label}: span [${s.start}, ${s.end}) splits a character`);
  };
  const day = (label: string, value: string | null): void => {
    if (value !== null && !isIsoDay(value)) fail(`${label} "${value}" is not a day YYYY-MM-DD`);
  };

  const sentenceIndices = new Set<number>();
  bundle.sentences.forEach((s, i) => {
    span(`sentence ${i}`, s);
    if (!Number.isSafeInteger(s.index) || sentenceIndices.has(s.index)) {
      fail(`sentence ${i}: index ${s.index} is not a unique integer`);
    }
    sentenceIndices.add(s.index);
  });
  const sentence = (label: string, index: number): void => {
    if (!sentenceIndices.has(index)) fail(`${label}: sentence ${index} is not among the article's sentences`);
  };

  bundle.mentions.forEach((m, i) => {
    const label = `mention ${i}`;
    span(label, m);
    sentence(label, m.sentence);
    checkMentionPayload(m, label, fail, day);
  });
  (bundle.events ?? []).forEach((e, i) => {
    const label = `event ${i}`;
    span(`${label} evidence`, e.evidence);
    sentence(label, e.sentence);
    [...e.sources, ...e.targets].forEach((a, j) => span(`${label} actor ${j}`, a));
    if (e.date !== null) {
      day(`${label} date.start`, e.date.start);
      day(`${label} date.end`, e.date.end);
    }
  });
  (bundle.facts ?? []).forEach((f, i) => {
    span(`fact ${i} evidence`, f.evidence);
    sentence(`fact ${i}`, f.sentence);
    day(`fact ${i} period.start`, f.period.start);
    day(`fact ${i} period.end`, f.period.end);
  });
  (bundle.designations ?? []).forEach((d, i) => {
    span(`designation ${i} evidence`, d.evidence);
    sentence(`designation ${i}`, d.sentence);
  });
}

function checkMentionPayload(
  m: Mention,
  label: string,
  fail: (message: string) => never,
  day: (label: string, value: string | null) => void,
): void {
  switch (m.kind) {
    case 'actor':
      if (m.actor === null || typeof m.actor !== 'object') fail(`${label}: actor mention without actor`);
      return;
    case 'date':
      if (m.date !== null) {
        day(`${label} date.start`, m.date.start);
        day(`${label} date.end`, m.date.end);
      }
      return;
    case 'place':
      if (typeof m.place?.name !== 'string') fail(`${label}: place mention without place.name`);
      return;
    case 'quantity':
      if (!Number.isFinite(m.quantity?.value) || typeof m.quantity.unit !== 'string') {
        fail(`${label}: quantity mention needs a finite value and a unit`);
      }
      return;
    default:
      fail(`${label}: unknown kind "${String((m as { kind: unknown }).kind)}"`);
  }
}

/**
 * Checks an imported event before it is written; throws a DyadError naming its
 * `file:line`.
 */
export function checkImportedEvent(event: ImportedEvent): void {
  const where = `${event?.origin?.file ?? '(no file)'}:${event?.origin?.line ?? '?'}`;
  const fail = (message: string): never => {
    throw new DyadError(where, message);
  };
  if (typeof event?.origin?.file !== 'string' || !Number.isSafeInteger(event.origin.line)) {
    fail('origin must give a file and a line number');
  }
  if (!['gdelt', 'icews', 'plover'].includes(event.dataset))
    fail(`unknown dataset "${String(event.dataset)}"`);
  if (typeof event.externalId !== 'string' || event.externalId.length === 0)
    fail('externalId must be non-empty');
  if (event.quad !== null && ![1, 2, 3, 4].includes(event.quad))
    fail(`quad ${String(event.quad)} is not 1-4`);
  if (event.goldstein !== null && !Number.isFinite(event.goldstein))
    fail('goldstein must be a finite number');
  if (!Array.isArray(event.sources) || !Array.isArray(event.targets))
    fail('sources and targets must be lists');
  if (event.date !== null) {
    for (const part of ['start', 'end'] as const) {
      if (!isIsoDay(event.date[part])) fail(`date.${part} "${event.date[part]}" is not a day YYYY-MM-DD`);
    }
  }
}

/** Checks a mention of an imported event before it is written; throws a DyadError naming its `file:line`. */
export function checkImportedMention(mention: ImportedEventMention): void {
  const where = `${mention?.origin?.file ?? '(no file)'}:${mention?.origin?.line ?? '?'}`;
  const fail = (message: string): never => {
    throw new DyadError(where, message);
  };
  if (typeof mention?.origin?.file !== 'string' || !Number.isSafeInteger(mention.origin.line)) {
    fail('origin must give a file and a line number');
  }
  if (!['gdelt', 'icews', 'plover'].includes(mention.dataset))
    fail(`unknown dataset "${String(mention.dataset)}"`);
  if (typeof mention.eventExternalId !== 'string' || mention.eventExternalId.length === 0)
    fail('eventExternalId must be non-empty');
  if (typeof mention.key !== 'string') fail('key must be a string');
  if (mention.published !== null && !isIsoDay(mention.published))
    fail(`published "${mention.published}" is not a day YYYY-MM-DD`);
  if (mention.sentence !== null && !Number.isSafeInteger(mention.sentence))
    fail('sentence must be an integer or null');
  for (const part of ['actor1', 'actor2', 'action'] as const) {
    const value = mention.offsets?.[part] ?? null;
    if (value !== null && !Number.isSafeInteger(value)) fail(`offsets.${part} must be an integer or null`);
  }
}
