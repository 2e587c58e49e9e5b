/** Property tests: arbitrary text and mentions never make the extractors throw, and every span slices back. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Mention } from '../core/types.js';
import { createTokenizer } from '../nlp/tokenize.js';
import { extractDesignations } from './designations/extract.js';
import { loadDesignationLexicon } from './designations/lexicon.js';
import { createPartnershipScale } from './designations/scale.js';
import { dominantDyad } from './dyad.js';
import { extractFacts } from './extract-facts.js';
import { loadFactTables } from './load.js';
import { dateValue } from './testing.js';

const tokenize = createTokenizer();
const tables = loadFactTables();
const lexicon = loadDesignationLexicon();
const scale = createPartnershipScale([
  { label: 'comprehensive strategic partnership', rank: 3, aliases: ['all-round strategic partnership'] },
  { label: 'strategic partnership', rank: 5, aliases: [] },
]);

const VOCABULARY = [
  'trade',
  'exports',
  'imports',
  'investment',
  'financed',
  'loans',
  'donated',
  'aid',
  'grew',
  'fell',
  'by',
  'to',
  'from',
  'in',
  'of',
  'the',
  'two',
  'countries',
  'bilateral',
  'seventh',
  'largest',
  'trading',
  'partner',
  'share',
  'area',
  'park',
  'Park',
  'observer',
  'member',
  'joined',
  'SCO',
  'EU',
  'NATO',
  'Belt',
  'and',
  'Road',
  'Initiative',
  'supporter',
  'established',
  'comprehensive',
  'strategic',
  'partnership',
  'all-weather',
  'Then',
  'not',
  ';',
  ',',
  '.',
  '\n\n',
  'annual',
  'an average of',
  '$5 billion',
  '12%',
  '2021',
  '¥',
  '—',
  '’s',
];

const word = fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ unit: 'binary', maxLength: 6 }));
const textArb = fc.array(word, { maxLength: 40 }).map((words) => words.join(' '));
const CODES = ['CHN', 'BLR', 'RUS', 'USAGOV', 'IGOSCO', 'IGOUNO', 'XX', ''];

function mentionsFor(text: string, picks: readonly [number, number, number, number][]): Mention[] {
  return picks.flatMap(([a, b, kind, n]): Mention[] => {
    const start = Math.min(a, b) % (text.length + 1);
    const end = Math.min(text.length, start + (Math.max(a, b) % 12) + 1);
    if (end <= start) return [];
    const base = { text: text.slice(start, end), start, end, sentence: n % 3, rule: 'property' };
    const code = CODES[n % CODES.length] ?? '';
    if (kind % 3 === 0) {
      const igo = code.startsWith('IGO');
      return [
        {
          ...base,
          kind: 'actor',
          actor: {
            code,
            country: igo || code.length < 3 ? null : code.slice(0, 3),
            sector: null,
            name: null,
          },
          form: 'country',
        },
      ];
    }
    if (kind % 3 === 1) {
      return [{ ...base, kind: 'date', date: n % 4 === 0 ? null : dateValue(n % 2 ? '2021' : '2000/2019') }];
    }
    const units = ['USD', 'percent', 'km2', 'doses', 'visits', '', 'rank'];
    const values = [6e9, 2021, Number.NaN, -1, 0, 83.6, Number.POSITIVE_INFINITY];
    return [
      {
        ...base,
        kind: 'quantity',
        quantity: {
          value: values[n % values.length] ?? 0,
          unit: units[a % units.length] ?? '',
          qualifier: n % 2 ? 'About' : '',
        },
      },
    ];
  });
}

const pick = fc.tuple(fc.nat(400), fc.nat(400), fc.nat(5), fc.nat(50));

test('extractFacts and extractDesignations never throw and their evidence slices back', () => {
  fc.assert(
    fc.property(textArb, fc.array(pick, { maxLength: 12 }), fc.boolean(), (text, picks, withDyad) => {
      const { tokens, sentences } = tokenize(text);
      const mentions = mentionsFor(text, picks);
      const input = {
        text,
        sentences,
        tokens,
        mentions,
        published: '2023-12-07',
        dominantDyad: withDyad ? (['CHN', 'BLR'] as const) : dominantDyad(mentions),
      };
      for (const f of extractFacts(input, tables)) {
        assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
        assert.ok(Number.isFinite(f.value));
        assert.ok(f.parties.length === 2);
      }
      for (const d of extractDesignations(input, { scale, lexicon })) {
        assert.equal(text.slice(d.evidence.start, d.evidence.end), d.evidence.text);
        assert.ok(d.parties.length === 2);
      }
    }),
    { numRuns: 300 },
  );
});
