/**
 * Synonym-set lines: a label `&NAME` (a trailing `_` suppresses plurals for every member)
 * followed by members `+WORD`, `+TWO_WORDS` or `+TWO WORDS` (a trailing `_` suppresses this
 * member's plural), `+(TO THE END)` (a prepositional phrase) or `+&OTHER` (another synset,
 * which the validation suite's dictionary uses).
 */
import { parsePrepPhrase, synsetName } from './pattern-line.js';
import type { Parse } from './pattern-line.js';
import type { PrepElement } from './types.js';

export interface ParsedSynsetLabel {
  readonly label: string;
  readonly name: string;
  readonly noPlurals: boolean;
}

const LABEL = /^&[A-Z0-9][A-Z0-9_-]*$/;
const MEMBER_WORD = /^[A-Z0-9'][A-Z0-9'.\-/]*$/;

export function parseSynsetLabel(content: string): Parse<ParsedSynsetLabel> {
  const label = content.trim().toUpperCase();
  if (!LABEL.test(label)) {
    return { ok: false, problem: `'${content.trim()}' is not a synset label (&NAME, one word)` };
  }
  return { ok: true, value: { label, name: synsetName(label), noPlurals: label.endsWith('_') } };
}

export type ParsedSynsetMember =
  | {
      readonly kind: 'words';
      readonly text: string;
      readonly words: readonly string[];
      readonly noPlural: boolean;
    }
  | { readonly kind: 'prep'; readonly text: string; readonly prep: PrepElement }
  | { readonly kind: 'synset'; readonly text: string; readonly ref: string };

/** Parses a member line's content (starting with `+`). */
export function parseSynsetMember(content: string): Parse<ParsedSynsetMember> {
  const text = content.replace(/^\+/, '').trim().toUpperCase();
  if (text === '') return { ok: false, problem: "empty synset member '+'" };
  if (text.startsWith('&')) {
    if (!LABEL.test(text)) return { ok: false, problem: `'${text}' is not a synset name` };
    return { ok: true, value: { kind: 'synset', text, ref: synsetName(text) } };
  }
  if (text.startsWith('(')) {
    const prep = parsePrepPhrase(text);
    if (!prep.ok) return prep;
    return { ok: true, value: { kind: 'prep', text: prep.value.text, prep: prep.value } };
  }
  const noPlural = text.endsWith('_');
  const words = text
    .replace(/_+$/, '')
    .split(/[\s_]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return { ok: false, problem: `empty synset member '${text}'` };
  for (const word of words) {
    if (!MEMBER_WORD.test(word))
      return { ok: false, problem: `synset member '${text}' contains '${word}', which is not a word` };
  }
  return { ok: true, value: { kind: 'words', text: words.join(' '), words, noPlural } };
}
