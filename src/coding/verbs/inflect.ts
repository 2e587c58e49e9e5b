/**
 * Regular English inflections for verb lines without `{...}` and plurals for synset nouns.
 *
 * PETRARCH-2 generates, for a verb V: V+ES after S/X/Z, V-Y+IES after Y, else V+S;
 * V+D after E, else V+ED; V-E+ING after a consonant+E, else V+ING. It does not double
 * consonants or turn Y into IED, which is why the dictionary lists forms such as
 * `HURRY {HURRIES HURRYING HURRIED}`. Dyad generates PETRARCH-2's forms (so the validation
 * suite behaves as it did) and adds the English forms PETRARCH-2 misses: CH/SH/consonant+O
 * +ES, vowel+Y +S, consonant+Y -> IED, IE -> YING, EE/YE/OE +ING, IC -> ICKED/ICKING, and
 * consonant doubling (STOP -> STOPPED; see `doublesFinalConsonant`). Forms that never occur
 * in text (PETRARCH-2's CONTINUEING) are harmless: they are looked up, never produced.
 */

export interface GeneratedForm {
  readonly text: string;
  readonly rule: 's' | 'ed' | 'ing';
  /** True when PETRARCH-2 generates this form. */
  readonly petrarch: boolean;
}

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

function isVowel(word: string, index: number): boolean {
  const ch = word[index];
  if (ch === undefined) return false;
  if (ch === 'U' && word[index - 1] === 'Q') return false; // QU acts as a consonant cluster
  return VOWELS.has(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Z]$/.test(ch);
}

function isConsonant(word: string, index: number): boolean {
  return isLetter(word[index]) && !isVowel(word, index);
}

/** Number of vowel groups (a rough syllable count; a final E is silent). */
function syllables(word: string): number {
  const letters = word.replace(/[^A-Z]/g, '');
  const body = letters.endsWith('E') && letters.length > 2 ? letters.slice(0, -1) : letters;
  let count = 0;
  let inVowel = false;
  for (let i = 0; i < body.length; i += 1) {
    const vowel = isVowel(body, i) || (body[i] === 'Y' && i > 0 && !isVowel(body, i - 1));
    if (vowel && !inVowel) count += 1;
    inVowel = vowel;
  }
  return count;
}

/** Final syllables that carry the stress, so their consonant doubles (COMMITTED, REFERRED). */
const STRESSED_ENDINGS = ['MIT', 'CUR', 'PEL', 'TROL', 'GRET', 'BID', 'QUIP', 'FER'];

/**
 * Whether the final consonant doubles before -ED/-ING: the word ends consonant + single
 * vowel + consonant (not W, X or Y), and it has one syllable, or ends in L (British
 * CANCELLED, LABELLED), or ends in a stressed syllable from `STRESSED_ENDINGS` (FER only
 * when not FFER: REFER -> REFERRED, OFFER -> OFFERED).
 */
export function doublesFinalConsonant(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word[n - 1] ?? '';
  if (!isConsonant(word, n - 1) || 'WXY'.includes(last)) return false;
  if (!isVowel(word, n - 2) || isVowel(word, n - 3)) return false;
  if (syllables(word) <= 1) return true;
  if (last === 'L') return true;
  if (word.endsWith('FFER')) return false;
  return STRESSED_ENDINGS.some((ending) => word.endsWith(ending));
}

/** PETRARCH-2's regular forms of `verb` (upper-case). */
function petrarchForms(verb: string): readonly GeneratedForm[] {
  const last = verb[verb.length - 1] ?? '';
  const s = 'SXZ'.includes(last) ? `${verb}ES` : last === 'Y' ? `${verb.slice(0, -1)}IES` : `${verb}S`;
  const ed = last === 'E' ? `${verb}D` : `${verb}ED`;
  const ing =
    last === 'E' && !VOWELS.has(verb[verb.length - 2] ?? '') ? `${verb.slice(0, -1)}ING` : `${verb}ING`;
  return [
    { text: s, rule: 's', petrarch: true },
    { text: ed, rule: 'ed', petrarch: true },
    { text: ing, rule: 'ing', petrarch: true },
  ];
}

/** The English forms of `verb` (upper-case). */
function englishForms(verb: string): readonly GeneratedForm[] {
  const n = verb.length;
  const last = verb[n - 1] ?? '';
  const consonantBeforeLast = isConsonant(verb, n - 2);
  const out: GeneratedForm[] = [];
  const add = (text: string, rule: GeneratedForm['rule']): void => {
    out.push({ text, rule, petrarch: false });
  };

  // -s
  if (/(S|X|Z|CH|SH)$/.test(verb) || (last === 'O' && consonantBeforeLast)) add(`${verb}ES`, 's');
  else if (last === 'Y' && consonantBeforeLast) add(`${verb.slice(0, -1)}IES`, 's');
  else add(`${verb}S`, 's');

  // -ed and -ing
  if (last === 'E') {
    add(`${verb}D`, 'ed');
    if (verb.endsWith('IE')) add(`${verb.slice(0, -2)}YING`, 'ing');
    else if (/(EE|YE|OE)$/.test(verb)) add(`${verb}ING`, 'ing');
    else add(`${verb.slice(0, -1)}ING`, 'ing');
  } else if (last === 'Y' && consonantBeforeLast) {
    add(`${verb.slice(0, -1)}IED`, 'ed');
    add(`${verb}ING`, 'ing');
  } else if (verb.endsWith('IC') && n > 3) {
    add(`${verb}KED`, 'ed');
    add(`${verb}KING`, 'ing');
  } else if (doublesFinalConsonant(verb)) {
    add(`${verb}${last}ED`, 'ed');
    add(`${verb}${last}ING`, 'ing');
    if (syllables(verb) > 1) {
      add(`${verb}ED`, 'ed');
      add(`${verb}ING`, 'ing');
    }
  } else {
    add(`${verb}ED`, 'ed');
    add(`${verb}ING`, 'ing');
  }
  return out;
}

/**
 * The regular forms of a one-word verb (upper-case): PETRARCH-2's forms first, then the
 * English forms it misses; no duplicates, never the verb itself. A verb that does not end
 * in a letter (a digit, an apostrophe) gets no forms.
 */
export function regularVerbForms(verb: string): readonly GeneratedForm[] {
  if (verb.length < 2 || !isLetter(verb[verb.length - 1])) return [];
  const seen = new Set<string>([verb]);
  const out: GeneratedForm[] = [];
  for (const form of [...petrarchForms(verb), ...englishForms(verb)]) {
    if (seen.has(form.text)) continue;
    seen.add(form.text);
    out.push(form);
  }
  return out;
}

/**
 * The plural of a synset noun (upper-case), or null when none is formed.
 * Consonant+Y -> IES; SS, X, Z, CH, SH -> +ES; a single final S is taken as already plural
 * (TROOPS, NEWS) and gets none; anything else +S. PETRARCH's documentation gives the Y, SS
 * and +S rules; the others are English.
 */
export function pluralNoun(noun: string): string | null {
  const n = noun.length;
  const last = noun[n - 1];
  if (n < 2 || !isLetter(last)) return null;
  if (last === 'Y') return isConsonant(noun, n - 2) ? `${noun.slice(0, -1)}IES` : `${noun}S`;
  if (/(SS|X|Z|CH|SH)$/.test(noun)) return `${noun}ES`;
  if (last === 'S') return null;
  return `${noun}S`;
}
