/**
 * Pattern lines: `- [pre-verb elements] * [post-verb elements] [code]`.
 *
 *   AID                 a bare noun: the head of its phrase
 *   {FINANCIAL AID}     a noun phrase; the last word is the head, the others modify it
 *   AIR_STRIKE          words joined by `_` must be consecutive (same as {AIR_STRIKE})
 *   &CURRENCY           a synset used as a noun
 *   (FOR {FINANCIAL AID})  a prepositional phrase: preposition, then its objects
 *   TO/FOR              either word
 *   $ + % ^             TABARI's source, target, compound-actor and skip markers
 *
 * A stray `)` or `}` with nothing to close is ignored with a warning (CAMEO.2.0.txt has
 * one); an unclosed `(` or `{` is an error, because where the phrase ends is unknown.
 */
import { parseCodeSpec } from './code-spec.js';
import type {
  MarkerElement,
  NounElement,
  PatternElement,
  PrepElement,
  SynsetTerm,
  Term,
  VerbCode,
  WordTerm,
} from './types.js';

type TokenKind = '(' | ')' | '{' | '}' | '*' | 'word';
interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** True when no space separates this token from the one before. */
  readonly glued: boolean;
}

export type Parse<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const WORD = /^[A-Z0-9'][A-Z0-9'.\-/]*$/;
const SYNSET = /^&[A-Z0-9][A-Z0-9_-]*$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  let glued = false;
  const flush = (end: number): void => {
    if (start >= 0) {
      tokens.push({ kind: 'word', text: text.slice(start, end), glued });
      glued = true;
    }
    start = -1;
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 160) {
      flush(i);
      glued = false;
    } else if (ch === 40 || ch === 41 || ch === 123 || ch === 125 || ch === 42) {
      flush(i);
      tokens.push({ kind: text[i] as TokenKind, text: text[i] as string, glued });
      glued = true;
    } else if (start < 0) start = i;
  }
  flush(text.length);
  return tokens;
}

/**
 * Drops closers with nothing to close. PETRARCH-2 reads a token ending in `)` as the end of
 * a prepositional phrase and ignores it when no phrase is open, so `(ON ^) ^)` and
 * `(WITH VISIT) VISIT)` lose the glued word as well; Dyad does the same, with a warning.
 */
function dropStrayClosers(tokens: readonly Token[], warnings: string[]): Token[] {
  const out: Token[] = [];
  let parens = 0;
  let braces = 0;
  for (const token of tokens) {
    if (token.kind === '(') parens += 1;
    else if (token.kind === '{') braces += 1;
    else if (token.kind === ')' || token.kind === '}') {
      const open = token.kind === ')' ? parens : braces;
      if (open > 0) {
        if (token.kind === ')') parens -= 1;
        else braces -= 1;
      } else {
        const previous = out[out.length - 1];
        if (token.glued && previous?.kind === 'word') {
          out.pop();
          warnings.push(`unmatched '${token.text}': '${previous.text}${token.text}' ignored`);
        } else warnings.push(`unmatched '${token.text}' ignored`);
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** Normalised synset name: upper-case, without `&` and a trailing `_`. */
export function synsetName(label: string): string {
  return label.replace(/^&/, '').replace(/_+$/, '').toUpperCase();
}

function wordTerm(text: string): Parse<WordTerm> {
  const anyOf = text.split('/');
  for (const alt of anyOf) {
    if (alt === '' || !WORD.test(alt)) return { ok: false, problem: `'${text}' is not a word` };
  }
  return { ok: true, value: { kind: 'word', text, anyOf } };
}

function term(text: string): Parse<Term> {
  if (text.startsWith('&')) {
    if (!SYNSET.test(text)) return { ok: false, problem: `'${text}' is not a synset name` };
    const value: SynsetTerm = { kind: 'synset', name: synsetName(text) };
    return { ok: true, value };
  }
  return wordTerm(text);
}

function termText(t: Term): string {
  return t.kind === 'synset' ? `&${t.name}` : t.text;
}

function noun(words: readonly Term[], consecutive: boolean): NounElement {
  const head = words[words.length - 1] as Term;
  const multi = words.length > 1;
  const text = multi ? `{${words.map(termText).join(consecutive ? '_' : ' ')}}` : termText(head);
  return {
    kind: 'noun',
    words,
    head,
    modifiers: words.slice(0, -1),
    consecutive: consecutive || !multi,
    text,
  };
}

const MARKERS: Readonly<Record<string, MarkerElement>> = {
  $: { kind: 'source', text: '$' },
  '+': { kind: 'target', text: '+' },
  '%': { kind: 'compound', text: '%' },
  '^': { kind: 'skip', text: '^' },
};

/** Terms of one token; `A_B` gives two consecutive words (a synset name keeps its `_`). */
function tokenTerms(text: string): Parse<readonly Term[]> {
  const parts = text.startsWith('&') ? [text] : text.split('_');
  const out: Term[] = [];
  for (const part of parts) {
    if (part === '') return { ok: false, problem: `'${text}' has an empty word` };
    const parsed = term(part);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return { ok: true, value: out };
}

/** A bare token outside braces: a marker or a noun. */
function bareElement(text: string): Parse<NounElement | MarkerElement> {
  const marker = MARKERS[text];
  if (marker !== undefined) return { ok: true, value: marker };
  const terms = tokenTerms(text);
  if (!terms.ok) return terms;
  return { ok: true, value: noun(terms.value, true) };
}

class Cursor {
  index = 0;
  constructor(readonly tokens: readonly Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.index];
  }
  next(): Token | undefined {
    const token = this.tokens[this.index];
    this.index += 1;
    return token;
  }
}

/** `{ ... }` after the `{` has been read. */
function bracedNoun(cursor: Cursor): Parse<NounElement> {
  const words: Term[] = [];
  let tokens = 0;
  for (;;) {
    const token = cursor.next();
    if (token === undefined) return { ok: false, problem: "'{' is not closed" };
    if (token.kind === '}') break;
    if (token.kind !== 'word') return { ok: false, problem: `'${token.text}' inside {...}` };
    if (MARKERS[token.text] !== undefined)
      return { ok: false, problem: `marker '${token.text}' inside {...}` };
    const terms = tokenTerms(token.text);
    if (!terms.ok) return terms;
    words.push(...terms.value);
    tokens += 1;
  }
  if (words.length === 0) return { ok: false, problem: 'empty {}' };
  return { ok: true, value: noun(words, tokens === 1) };
}

/** `( ... )` after the `(` has been read. */
function prepPhrase(cursor: Cursor): Parse<PrepElement> {
  let preposition: Term | null = null;
  const objects: (NounElement | MarkerElement)[] = [];
  for (;;) {
    const token = cursor.next();
    if (token === undefined) return { ok: false, problem: "'(' is not closed" };
    if (token.kind === ')') break;
    if (token.kind === '(' || token.kind === '*' || token.kind === '}') {
      return { ok: false, problem: `'${token.text}' inside (...)` };
    }
    if (preposition === null) {
      if (token.kind !== 'word' || MARKERS[token.text] !== undefined) {
        return { ok: false, problem: `(...) must start with a preposition, not '${token.text}'` };
      }
      const prep = term(token.text);
      if (!prep.ok) return prep;
      preposition = prep.value;
      continue;
    }
    const element = token.kind === '{' ? bracedNoun(cursor) : bareElement(token.text);
    if (!element.ok) return element;
    objects.push(element.value);
  }
  if (preposition === null) return { ok: false, problem: 'empty ()' };
  const inner = [termText(preposition), ...objects.map((o) => o.text)].join(' ');
  return { ok: true, value: { kind: 'prep', preposition, objects, text: `(${inner})` } };
}

/** Elements of a token run (no `*`), collecting warnings for stray closers. */
function elements(tokens: readonly Token[], warnings: string[]): Parse<readonly PatternElement[]> {
  const cursor = new Cursor(tokens);
  const out: PatternElement[] = [];
  for (let token = cursor.next(); token !== undefined; token = cursor.next()) {
    let parsed: Parse<PatternElement>;
    if (token.kind === '(') parsed = prepPhrase(cursor);
    else if (token.kind === '{') parsed = bracedNoun(cursor);
    else if (token.kind === ')' || token.kind === '}') {
      warnings.push(`unmatched '${token.text}' ignored`);
      continue;
    } else if (token.kind === '*') return { ok: false, problem: "more than one '*'" };
    else parsed = bareElement(token.text);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return { ok: true, value: out };
}

/** Parses one prepositional phrase written alone, as a synset member `+(TO THE END)`. */
export function parsePrepPhrase(text: string): Parse<PrepElement> {
  const tokens = tokenize(text.toUpperCase());
  const cursor = new Cursor(tokens);
  if (cursor.next()?.kind !== '(') return { ok: false, problem: `'${text}' is not a (...) phrase` };
  const prep = prepPhrase(cursor);
  if (!prep.ok) return prep;
  if (cursor.peek() !== undefined) return { ok: false, problem: `text after the (...) phrase in '${text}'` };
  return prep;
}

export interface ParsedPattern {
  readonly pre: readonly PatternElement[];
  readonly post: readonly PatternElement[];
  readonly code: VerbCode;
  readonly key: string;
  readonly synsets: readonly string[];
  readonly warnings: readonly string[];
}

function collectSynsets(list: readonly PatternElement[], into: Set<string>): void {
  for (const element of list) {
    if (element.kind === 'prep' && element.preposition.kind === 'synset') into.add(element.preposition.name);
    const nouns = element.kind === 'prep' ? element.objects : [element];
    for (const n of nouns) {
      if (n.kind !== 'noun') continue;
      for (const w of n.words) if (w.kind === 'synset') into.add(w.name);
    }
  }
}

/** The canonical text of a pattern's elements, e.g. `&MILITARY * (TO BORDER)`. */
export function patternKey(pre: readonly PatternElement[], post: readonly PatternElement[]): string {
  return [...pre.map((e) => e.text), '*', ...post.map((e) => e.text)].join(' ');
}

/** Parses a pattern line's content (starting with `-`; comment already removed). */
export function parsePatternLine(content: string): Parse<ParsedPattern> {
  const body = content.replace(/^-/, '').trim();
  if (!body.endsWith(']')) {
    const hint = body.includes('[') ? " (a '#' inside [...] starts a comment)" : '';
    return { ok: false, problem: `pattern does not end with a [code]${hint}` };
  }
  const open = body.lastIndexOf('[');
  if (open < 0) return { ok: false, problem: "']' without '['" };
  const code = parseCodeSpec(body.slice(open + 1, -1));
  if (!code.ok) return code;
  let text = body.slice(0, open).toUpperCase();
  if (text.includes('[') || text.includes(']'))
    return { ok: false, problem: 'more than one [...] in the pattern' };

  const warnings: string[] = code.warning === null ? [] : [code.warning];
  if (/_\*|\*_/.test(text)) {
    // TABARI joined a word to the verb with '_' ("next to the verb"); PETRARCH-2 has no such rule.
    text = text.replace(/_+\*/g, ' *').replace(/\*_+/g, '* ');
    warnings.push("'_' joining a word to '*' ignored (the word is read as a separate element)");
  }
  const tokens = dropStrayClosers(tokenize(text), warnings);
  const stars = tokens.filter((t) => t.kind === '*').length;
  if (stars === 0) return { ok: false, problem: "no '*' marking the verb's position" };
  if (stars > 1) return { ok: false, problem: "more than one '*'" };
  const star = tokens.findIndex((t) => t.kind === '*');
  const pre = elements(tokens.slice(0, star), warnings);
  if (!pre.ok) return pre;
  const post = elements(tokens.slice(star + 1), warnings);
  if (!post.ok) return post;
  const synsets = new Set<string>();
  collectSynsets(pre.value, synsets);
  collectSynsets(post.value, synsets);
  return {
    ok: true,
    value: {
      pre: pre.value,
      post: post.value,
      code: code.code,
      key: patternKey(pre.value, post.value),
      synsets: [...synsets],
      warnings,
    },
  };
}
