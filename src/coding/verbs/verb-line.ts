/**
 * Verb lines inside a block:
 *
 *   SAY {SAYS SAID SAYING}            a verb with its irregular forms
 *   ASK [020]                         a verb with its own code
 *   +COME_AFTER {+CAME_AFTER ...}     a multi-word verb; `+` marks the word tagged as the verb
 *   WIRE_+TAP                         the marked word may be last
 *   +ANGERED_BY {}                    `{}`: no other forms
 *
 * Without `{...}` the regular forms of the marked word are generated (`inflect.ts`); with
 * `{...}` only the listed forms are used, as in PETRARCH ("ALL forms need to be included").
 */
import { parseCodeSpec } from './code-spec.js';
import { regularVerbForms } from './inflect.js';
import type { VerbCode, VerbForm } from './types.js';

export interface VerbPhrase {
  readonly words: readonly string[];
  readonly verbIndex: number;
}

export interface ParsedVerbLine {
  readonly phrase: VerbPhrase;
  /** The `{...}` forms, or null when the line has no braces. */
  readonly irregular: readonly VerbPhrase[] | null;
  readonly code: VerbCode | null;
  readonly warnings: readonly string[];
}

export type VerbLineParse =
  { readonly ok: true; readonly verb: ParsedVerbLine } | { readonly ok: false; readonly problem: string };

const VERB_WORD = /^[A-Z0-9][A-Z0-9'.-]*$/;

type PhraseParse =
  | { readonly ok: true; readonly phrase: VerbPhrase; readonly warning: string | null }
  | { readonly ok: false; readonly problem: string };

/** Parses `WORD`, `+WORD_WORD`, `WORD_+WORD` (upper-cased). */
export function parseVerbPhrase(token: string): PhraseParse {
  const parts = token.toUpperCase().split('_');
  const words: string[] = [];
  let marked = -1;
  let marks = 0;
  for (const [index, part] of parts.entries()) {
    let word = part;
    if (word.startsWith('+')) {
      word = word.slice(1);
      marked = index;
      marks += 1;
    }
    if (word === '') return { ok: false, problem: `'${token}' has an empty word` };
    if (!VERB_WORD.test(word))
      return { ok: false, problem: `'${token}' contains '${word}', which is not a word` };
    words.push(word);
  }
  if (words.length === 1) {
    const warning = marks > 0 ? `'+' on the one-word verb '${token}' ignored` : null;
    return { ok: true, phrase: { words, verbIndex: 0 }, warning };
  }
  if (marks === 0) {
    return { ok: false, problem: `multi-word verb '${token}' has no '+' marking the word that is the verb` };
  }
  if (marks > 1) return { ok: false, problem: `multi-word verb '${token}' has more than one '+'` };
  return { ok: true, phrase: { words, verbIndex: marked }, warning: null };
}

/** Parses a verb line's content (comments already removed). */
export function parseVerbLine(content: string): VerbLineParse {
  let rest = content.trim();
  let code: VerbCode | null = null;
  const warnings: string[] = [];

  const open = rest.indexOf('[');
  const close = rest.indexOf(']');
  if (open >= 0 || close >= 0) {
    if (open < 0 || close < open) return { ok: false, problem: "']' without '['" };
    if (rest.slice(close + 1).trim() !== '') return { ok: false, problem: 'text after the code [...]' };
    const parsed = parseCodeSpec(rest.slice(open + 1, close));
    if (!parsed.ok) return parsed;
    if (parsed.warning !== null) warnings.push(parsed.warning);
    code = parsed.code;
    rest = rest.slice(0, open).trim();
  }

  let irregularText: string | null = null;
  const brace = rest.indexOf('{');
  const braceEnd = rest.indexOf('}');
  if (brace >= 0 || braceEnd >= 0) {
    if (brace < 0 || braceEnd < brace) return { ok: false, problem: "'}' without '{'" };
    if (rest.slice(braceEnd + 1).trim() !== '') return { ok: false, problem: "text after '}'" };
    irregularText = rest.slice(brace + 1, braceEnd);
    if (irregularText.includes('{')) return { ok: false, problem: "nested '{'" };
    rest = rest.slice(0, brace).trim();
  }

  if (rest === '') return { ok: false, problem: 'no verb before the forms or code' };
  if (/\s/.test(rest)) {
    return { ok: false, problem: `'${rest}' is several words; join the words of a multi-word verb with '_'` };
  }
  const head = parseVerbPhrase(rest);
  if (!head.ok) return head;
  if (head.warning !== null) warnings.push(head.warning);

  let irregular: VerbPhrase[] | null = null;
  if (irregularText !== null) {
    irregular = [];
    const compound = head.phrase.words.length > 1;
    for (const item of irregularText.split(/[\s,]+/).filter((x) => x !== '')) {
      const form = parseVerbPhrase(item);
      if (!form.ok) return form;
      if (form.warning !== null) warnings.push(form.warning);
      if (compound !== form.phrase.words.length > 1) {
        return {
          ok: false,
          problem: compound
            ? `form '${item}' of multi-word verb '${rest}' must be multi-word too`
            : `form '${item}' of one-word verb '${rest}' must be one word`,
        };
      }
      irregular.push(form.phrase);
    }
  }
  return { ok: true, verb: { phrase: head.phrase, irregular, code, warnings } };
}

function formOf(phrase: VerbPhrase, kind: VerbForm['kind']): VerbForm {
  return { text: phrase.words.join(' '), words: phrase.words, verbIndex: phrase.verbIndex, kind };
}

/** Every form of a parsed verb line: base, then listed or generated forms; no duplicates. */
export function verbLineForms(verb: ParsedVerbLine): readonly VerbForm[] {
  const out: VerbForm[] = [formOf(verb.phrase, 'base')];
  const seen = new Set<string>([out[0]?.text ?? '']);
  const push = (form: VerbForm): void => {
    if (seen.has(form.text)) return;
    seen.add(form.text);
    out.push(form);
  };
  if (verb.irregular !== null) {
    for (const phrase of verb.irregular) push(formOf(phrase, 'irregular'));
    return out;
  }
  const { words, verbIndex } = verb.phrase;
  for (const generated of regularVerbForms(words[verbIndex] ?? '')) {
    const inflected = words.map((word, i) => (i === verbIndex ? generated.text : word));
    push({
      text: inflected.join(' '),
      words: inflected,
      verbIndex,
      kind: 'regular',
      rule: generated.rule,
      petrarch: generated.petrarch,
    });
  }
  return out;
}
