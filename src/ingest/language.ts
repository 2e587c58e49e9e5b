/**
 * A best-effort language tag from the writing system, without a language model. Text mostly in
 * Latin script (or with no letters) is taken as English, "en": Dyad reads English and does not try
 * to tell English from French. Other scripts give the language they almost always mean (Hangul "ko",
 * Greek "el"...), a few letters tell Cyrillic and Arabic-script languages apart, and otherwise
 * `und-<Script>` (undetermined language in that script).
 */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
    if (++letters >= SAMPLE_LETTERS) break;
  }
  const latin = counts.get('Latin') ?? 0;
  if (letters === 0 || latin * 2 >= letters) return 'en';
  const kana = (counts.get('Hiragana') ?? 0) + (counts.get('Katakana') ?? 0);
  if (kana * 20 >= letters && kana > 0) return 'ja';
  const [script] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['Other'];
  const refine = REFINE[script];
  if (refine) return refine(text);
  return TAGS[script] ?? 'und';
}

const SAMPLE_LETTERS = 5000;
const LETTER = /\p{L}/u;

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Sinhala', /\p{Script=Sinhala}/u],
];

const TAGS: Readonly<Record<string, string>> = {
  Han: 'zh',
  Hiragana: 'ja',
  Katakana: 'ja',
  Hangul: 'ko',
  Greek: 'el',
  Hebrew: 'he',
  Devanagari: 'hi',
  Thai: 'th',
  Georgian: 'ka',
  Armenian: 'hy',
  Bengali: 'bn',
  Tamil: 'ta',
  Ethiopic: 'und-Ethi',
  Khmer: 'km',
  Myanmar: 'my',
  Sinhala: 'si',
};

const REFINE: Readonly<Record<string, (text: string) => string>> = {
  Cyrillic: (text) => {
    if (/[ўЎ]/u.test(text)) return 'be';
    if (/[їЇєЄґҐ]/u.test(text)) return 'uk';
    if (/[ђЂјЈљЉњЊћЋџЏ]/u.test(text)) return 'sr';
    if (/[ыЫэЭ]/u.test(text)) return 'ru';
    return 'und-Cyrl';
  },
  Arabic: (text) => {
    if (/[ٹڈڑںے]/u.test(text)) return 'ur';
    if (/[پچژگ]/u.test(text)) return 'fa';
    return 'ar';
  },
};
