/** Reads data/facts/words.tsv: `set`, `phrase`, `value` rows grouped into the word sets. */
import { compilePhrase } from './phrases.js';
import { parseTsv, sortedErrors, type Parsed } from './tsv.js';
import { WORD_SET_NAMES, type Phrase, type WordSetName, type WordSets } from './types.js';

const NAMES: ReadonlySet<string> = new Set(WORD_SET_NAMES);

/** Sets whose rows must carry a value, and what it must look like. */
const VALUE_FORMS: Partial<Record<WordSetName, RegExp>> = {
  qualifier: /^(?:-|[a-z][a-z .]*)$/,
  change: /^[+-]1$/,
  ordinal: /^[1-9]\d*$/,
  'clause-break': /^(?:-|after-comma)$/,
};

export function parseWords(text: string, file: string): Parsed<WordSets> {
  const table = parseTsv(text, file, ['set', 'phrase', 'value']);
  const errors = [...table.errors];
  const sets = Object.fromEntries(WORD_SET_NAMES.map((n) => [n, [] as Phrase[]])) as Record<
    WordSetName,
    Phrase[]
  >;
  for (const row of table.value) {
    const at = `${file}:${row.line}`;
    const set = row.cells['set'] ?? '';
    const phrase = row.cells['phrase'] ?? '';
    const value = row.cells['value'] ?? '-';
    if (!NAMES.has(set)) {
      errors.push(`${at}: unknown set '${set}' (known: ${WORD_SET_NAMES.join(', ')})`);
      continue;
    }
    if (phrase.length === 0 || phrase === '-') {
      errors.push(`${at}: empty phrase`);
      continue;
    }
    const name = set as WordSetName;
    const form = VALUE_FORMS[name];
    if (form && !form.test(value)) {
      errors.push(`${at}: value '${value}' is not valid for set '${set}'`);
      continue;
    }
    sets[name].push(compilePhrase(phrase, at, value === '-' ? null : value));
  }
  for (const name of WORD_SET_NAMES) Object.freeze(sets[name]);
  return { value: Object.freeze(sets), errors: sortedErrors(errors) };
}
