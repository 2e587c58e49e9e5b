/**
 * The token model every dictionary index matches against.
 *
 * Dyad tokenizes with wink-nlp and hands matchers token *norms*: the token text
 * lower-cased with curly apostrophes straightened. wink splits most hyphenated
 * words ("Sino-Belarusian" → sino, -, belarusian) but keeps some whole
 * ("anti-drug", "vice-president"), keeps abbreviations with periods as one token
 * ("u.s."), and splits possessives ("china", "'s").
 *
 * To make matching independent of those choices, both sides go through the same
 * splitter: a dictionary word and a text norm are cut into the same *parts*
 * (hyphens, slashes and bracketing punctuation become parts of their own, a
 * final "'s" or "'" becomes its own part). Parts are then *folded* (diacritics
 * removed, a few letters spelled out) so that "Erdoğan" and "ERDOGAN" meet.
 */

const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cases and straightens apostrophes and dashes, as Dyad's tokenizer norms do. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(DASHES, '-');
}

/** Punctuation that always stands as a part of its own. */
const SEPARATE = new Set([
  '-',
  '/',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '"',
  ',',
  ':',
  ';',
  '?',
  '!',
  '\u201c',
  '\u201d',
]);

/**
 * Splits one already-normalised word (no spaces) into parts:
 * "anti-drug" → anti, -, drug; "people's" → people, 's; "(us)" → (, us, );
 * "u.s." stays whole; "'s" stays whole; "o'brien" stays whole.
 */
export function splitWord(word: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (SEPARATE.has(ch)) {
      if (current) parts.push(current);
      parts.push(ch);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) parts.push(current);
  return parts.flatMap(splitPossessive);
}

function splitPossessive(part: string): string[] {
  if (part.length > 2 && part.endsWith("'s")) return [part.slice(0, -2), "'s"];
  if (part.length > 2 && part.endsWith("s'")) return [part.slice(0, -1), "'"];
  return [part];
}

const SPELLED: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
};

/** Removes diacritics and spells out a few letters: "erdoğan" → "erdogan", "łódź" → "lodz". */
export function fold(part: string): string {
  if (!NON_ASCII.test(part)) return part;
  let out = '';
  for (const ch of part.normalize('NFKD')) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue;
    out += SPELLED[ch] ?? ch;
  }
  return out.normalize('NFC');
}

const CURLY_OR_DASH = /[\u2018\u2019\u02bc\u0060\u00b4\u2010-\u2014\u2212]/;

/** Char codes that always stand as a part of their own. */
const SEPARATE_CODES = new Set([...SEPARATE].map((c) => c.charCodeAt(0)));

function pushPart(part: string, nonAscii: boolean, out: string[]): void {
  const folded = nonAscii ? fold(part).replace(/\s+/gu, '') : part;
  if (folded.length > 0) out.push(folded);
}

function flushWord(word: string, nonAscii: boolean, out: string[]): void {
  if (word.length > 2 && word.endsWith("'s")) {
    pushPart(word.slice(0, -2), nonAscii, out);
    out.push("'s");
  } else if (word.length > 2 && word.endsWith("s'")) {
    pushPart(word.slice(0, -1), nonAscii, out);
    out.push("'");
  } else {
    pushPart(word, nonAscii, out);
  }
}

/**
 * One pass over a phrase or a token: lower-cases, straightens apostrophes and
 * dashes, splits on spaces and underscores (`underscores` true) and on the
 * separate punctuation, splits possessives, folds words with non-ASCII letters.
 */
function scanParts(text: string, underscores: boolean): string[] {
  let lower = text.toLowerCase();
  if (CURLY_OR_DASH.test(lower)) lower = lower.replace(CURLY_APOSTROPHES, "'").replace(DASHES, '-');
  const out: string[] = [];
  let start = -1;
  let nonAscii = false;
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    const space = c <= 32 || (underscores && c === 95) || (c > 127 && /\s/u.test(lower.charAt(k)));
    if (space || SEPARATE_CODES.has(c)) {
      if (start >= 0) flushWord(lower.slice(start, k), nonAscii, out);
      start = -1;
      nonAscii = false;
      if (!space) out.push(lower.charAt(k));
    } else {
      if (start < 0) start = k;
      if (c > 127) nonAscii = true;
    }
  }
  if (start >= 0) flushWord(lower.slice(start), nonAscii, out);
  return out;
}

/**
 * ASCII characters a word can hold and still be its only part: not a space or control
 * character, not upper case, not separate punctuation, not an apostrophe or a backquote (possessives, straightened quotes).
 */
const PLAIN = new Uint8Array(128);
for (let c = 33; c < 127; c++) PLAIN[c] = 1;
for (let c = 65; c <= 90; c++) PLAIN[c] = 0;
for (const c of [...SEPARATE_CODES, 39, 96]) if (c < 128) PLAIN[c] = 0;

/** Whether `scanParts` would return the word itself as its single part (most tokens). */
function isSinglePart(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128 || PLAIN[c] === 0) return false;
  }
  return true;
}

/** The folded parts of a text token norm (what the indexes walk on). */
export function normParts(norm: string): string[] {
  return isSinglePart(norm) ? [norm] : scanParts(norm, false);
}

/**
 * The folded parts of a dictionary phrase. Underscores and spaces separate words;
 * a trailing underscore (PETRARCH's "exact" marker) is ignored here — the caller
 * reads it before calling.
 */
export function phraseParts(phrase: string): string[] {
  return scanParts(phrase, true);
}

/**
 * Singular forms a token part might be the regular plural of (TABARI's noun
 * endings): "belarusians" → belarusian; "churches" → church; "militias" → militia;
 * "authorities" → authority. Returns [] for parts that cannot be plurals.
 */
export function singularCandidates(part: string): string[] {
  if (part.length < 5 || !part.endsWith('s') || !/^[a-z]+$/.test(part)) return [];
  const out: string[] = [];
  if (part.endsWith('ies')) out.push(part.slice(0, -3) + 'y');
  if (part.endsWith('es') && /(s|x|z|ch|sh)es$/.test(part)) out.push(part.slice(0, -2));
  if (!part.endsWith('ss')) out.push(part.slice(0, -1));
  return out.filter((s) => s.length >= 4);
}

/** A regular English plural of a word (PETRARCH's rule for agents). */
export function regularPlural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + (word.endsWith('Y') ? 'IES' : 'ies');
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + (/[A-Z]$/.test(word) ? 'ES' : 'es');
  return word + (/[A-Z]$/.test(word) ? 'S' : 's');
}
