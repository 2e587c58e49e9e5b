/**
 * GDELT 2.0 Mentions rows (16 columns) ↔ ImportedMention, and attaching mentions to events.
 */
import { parseDecimal, parseInteger, parseTimestamp14 } from '../fields.js';
import type { ImportedEvent, ImportedMention, JsonValue } from '../types.js';
import { GDELT2_MENTIONS } from './columns.js';
import type { RowPlace } from './event.js';

const EMPTY: { readonly [key: string]: JsonValue } = Object.freeze({});

function translationOf(text: string): ImportedMention['translation'] {
  if (text === '') return null;
  let sourceLanguage: string | null = null;
  let engine: string | null = null;
  for (const part of text.split(';')) {
    if (part.startsWith('srclc:')) sourceLanguage = part.slice(6) || null;
    else if (part.startsWith('eng:')) engine = part.slice(4) || null;
  }
  return { sourceLanguage, engine };
}

const offset = (value: number | null): number | null => (value === null || value < 0 ? null : value);

/** The canonical fields of a mention row; `extra` values replace them unless `useExtra` is false. */
export function gdeltMentionFields(mention: ImportedMention, useExtra = true): string[] {
  const n = (v: number | null): string => (v === null ? '' : String(v));
  const o = (v: number | null): string => (v === null ? '-1' : String(v));
  const t = mention.translation;
  const out = [
    mention.eventId,
    mention.eventTime.replace(/\D/g, ''),
    mention.mentionTime.replace(/\D/g, ''),
    String(mention.mentionType),
    mention.sourceName ?? '',
    mention.identifier ?? '',
    n(mention.sentence),
    o(mention.actor1Offset),
    o(mention.actor2Offset),
    o(mention.actionOffset),
    mention.inRawText === null ? '' : mention.inRawText ? '1' : '0',
    n(mention.confidence),
    n(mention.docLength),
    n(mention.docTone),
    t ? `srclc:${t.sourceLanguage ?? ''};eng:${t.engine ?? ''}` : '',
    '',
  ];
  if (useExtra) {
    for (const key in mention.extra) {
      const value = mention.extra[key];
      const index = GDELT2_MENTIONS.indexOf(key);
      if (typeof value === 'string' && index >= 0) out[index] = value;
    }
  }
  return out;
}

/** Parses one mentions row, or returns why it is malformed. */
export function parseGdeltMentionRow(f: readonly string[], place: RowPlace): ImportedMention | string {
  if (f.length !== 16) return `${f.length} columns, expected 16`;
  const [id, eventTimeText, mentionTimeText, typeText] = f as [string, string, string, string];
  if (!/^\d+$/.test(id)) return `non-numeric GLOBALEVENTID "${id.slice(0, 40)}"`;
  const eventTime = parseTimestamp14(eventTimeText);
  if (!eventTime) return `invalid EventTimeDate "${eventTimeText.slice(0, 40)}"`;
  const mentionTime = parseTimestamp14(mentionTimeText);
  if (!mentionTime) return `invalid MentionTimeDate "${mentionTimeText.slice(0, 40)}"`;
  const mentionType = parseInteger(typeText);
  if (mentionType === null) return `non-numeric MentionType "${typeText.slice(0, 40)}"`;
  const numbers: (number | null)[] = [];
  for (const i of [6, 7, 8, 9, 10, 11, 12, 13]) {
    const text = f[i] as string;
    const value = text === '' ? null : i === 13 ? parseDecimal(text) : parseInteger(text);
    if (text !== '' && value === null) return `non-numeric ${GDELT2_MENTIONS[i]} "${text.slice(0, 40)}"`;
    numbers.push(value);
  }
  const [sentence, a1, a2, action, raw, confidence, docLength, docTone] = numbers as (number | null)[];
  const mention: ImportedMention = {
    eventId: id,
    eventTime,
    mentionTime,
    mentionType,
    sourceName: f[4] || null,
    identifier: f[5] || null,
    sentence: sentence ?? null,
    actor1Offset: offset(a1 ?? null),
    actor2Offset: offset(a2 ?? null),
    actionOffset: offset(action ?? null),
    inRawText: raw === null || raw === undefined ? null : raw !== 0,
    confidence: confidence ?? null,
    docLength: docLength ?? null,
    docTone: docTone ?? null,
    translation: translationOf(f[14] as string),
    provenance: { file: place.file, line: place.line, format: 'gdelt2-mentions' },
    extra: EMPTY,
  };
  const canonical = gdeltMentionFields(mention, false);
  let extra: Record<string, string> | null = null;
  for (let i = 0; i < 16; i++) {
    if (canonical[i] !== f[i]) (extra ??= {})[GDELT2_MENTIONS[i] as string] = f[i] as string;
  }
  if (extra) (mention as { extra: ImportedMention['extra'] }).extra = extra;
  return mention;
}

/**
 * The event with its evidence taken from its mentions: the mention of its SOURCEURL (else
 * the first mention in the given order) supplies the sentence number and the character
 * offsets of actor 1, actor 2 and the action. Mentions of other events are ignored.
 */
export function withMentions(event: ImportedEvent, mentions: readonly ImportedMention[]): ImportedEvent {
  const own = mentions.filter((m) => m.eventId === event.externalId);
  const chosen = own.find((m) => m.identifier !== null && m.identifier === event.evidence.url) ?? own[0];
  if (!chosen) return event;
  return {
    ...event,
    evidence: {
      ...event.evidence,
      url: event.evidence.url ?? chosen.identifier,
      source: chosen.sourceName,
      sentence: chosen.sentence,
      offsets: { actor1: chosen.actor1Offset, actor2: chosen.actor2Offset, action: chosen.actionOffset },
    },
  };
}
