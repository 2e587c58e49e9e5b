/**
 * Scoring rules on the hand-written fixtures (fixtures/tiny.*): dyads, reciprocal events,
 * actor lists, IGO codes, dates and `undated`, optional events, no-event sentences, the
 * root and full levels, and the three gold formats.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parsePeriod } from './periods.js';
import { readGoldFile } from './read-gold.js';
import { evaluateGold } from './run.js';
import { scoreGold } from './score.js';
import type { EvalReport, GoldSet, ProducedItem, ScorableEvent } from './types.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const seed = (): GoldSet => readGoldFile(join(fixtures, 'tiny.gold.json'));

interface EventOptions {
  readonly reciprocal?: boolean;
  readonly date?: string;
  readonly evidence?: string;
  readonly rule?: string;
}

function ev(code: string, sources: string[], targets: string[], options: EventOptions = {}): ScorableEvent {
  const period = options.date === undefined ? null : parsePeriod(options.date);
  return {
    code,
    sources: sources.map((c) => ({ code: c })),
    targets: targets.map((c) => ({ code: c })),
    reciprocal: options.reciprocal ?? false,
    date: period,
    ...(options.evidence === undefined
      ? {}
      : { evidence: { text: options.evidence, start: 0, end: options.evidence.length } }),
    ...(options.rule === undefined ? {} : { rule: { id: options.rule } }),
  };
}

/** What a perfect reading of the tiny article produces. */
const PERFECT: readonly ScorableEvent[] = [
  ev('057', ['NORGOV'], ['CHLGOV'], { reciprocal: true, date: '2024-03-03' }),
  ev('042', ['CHLGOV'], ['NORGOV'], { date: '2024-05-14' }),
  ev('163', ['IGOEUREEC', 'NORGOV'], ['BLRGOV'], { date: '2024-06-01' }),
  ev('073', ['NORGOV'], ['CHLGOV']),
];

function score(events: readonly ScorableEvent[], extra: Partial<ProducedItem> = {}): EvalReport {
  return scoreGold(seed(), new Map([['tiny-article', { events, ...extra }]]));
}

test('a perfect reading scores 1 at both levels; the optional event is not a miss', () => {
  const report = score(PERFECT);
  assert.deepEqual(report.levels.root, { tp: 5, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(report.levels.full, { tp: 5, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  assert.equal(report.gold.expected, 5, 'E1, E2, E3 (two dyads), E5');
  assert.equal(report.gold.optional, 1);
  assert.deepEqual(report.misses, []);
});

test('an optional event counts as correct when found', () => {
  const report = score([...PERFECT, ev('051', ['CHL'], ['NOR'])]);
  assert.equal(report.levels.root.tp, 6);
  assert.equal(report.levels.root.fp, 0);
});

test('reciprocal gold accepts swapped actors; a directed gold does not, unless the produced event is reciprocal', () => {
  const swapped = score([ev('057', ['CHLGOV'], ['NORGOV'], { date: '2024-03-03' })]);
  assert.equal(swapped.levels.root.tp, 1, 'E1 is reciprocal');
  const wrongWay = score([ev('042', ['NORGOV'], ['CHLGOV'], { date: '2024-05-14' })]);
  assert.equal(wrongWay.levels.root.tp, 0);
  assert.equal(wrongWay.levels.root.fp, 1);
  assert.ok(wrongWay.misses.some((m) => m.event === 'E2' && /no event between these actors/.test(m.reason)));
  const mutual = score([ev('042', ['NORGOV'], ['CHLGOV'], { reciprocal: true, date: '2024-05-14' })]);
  assert.equal(mutual.levels.root.tp, 1, 'a reciprocal produced event asserts both directions');
});

test('actor lists expand to dyads; IGO codes are compared whole, countries by their country part', () => {
  const both = score([ev('163', ['IGOEUREEC', 'NORMIL'], ['BLR'])]);
  assert.equal(both.levels.root.tp, 2);
  const euOnly = score([ev('163', ['IGOEUREEC'], ['BLRGOV'])]);
  assert.equal(euOnly.levels.root.tp, 1);
  assert.ok(euOnly.misses.some((m) => m.event === 'E3' && m.source === 'NOR'));
  const wrongIgo = score([ev('163', ['IGOUNO'], ['BLRGOV'])]);
  assert.equal(wrongIgo.levels.root.tp, 0);
  assert.equal(wrongIgo.levels.root.fp, 1);
});

test('one produced event with several pairs counts each pair', () => {
  const report = score([ev('163', ['IGOEUREEC', 'NORGOV', 'USA'], ['BLRGOV'])]);
  assert.equal(report.levels.root.tp, 2);
  assert.equal(report.levels.root.fp, 1, 'USA→BLR is not in the gold');
  assert.equal(report.falsePositives[0]?.source, 'USA');
});

test('dates: inside the gold period matches, a coarser or different date does not, undated accepts any', () => {
  assert.equal(score([ev('042', ['CHLGOV'], ['NORGOV'], { date: '2024-05' })]).levels.root.tp, 1);
  const coarse = score([ev('042', ['CHLGOV'], ['NORGOV'], { date: '2024' })]);
  assert.equal(coarse.levels.root.tp, 0);
  assert.ok(coarse.misses.some((m) => m.event === 'E2' && /date outside 2024-05/.test(m.reason)));
  assert.equal(
    score([ev('042', ['CHLGOV'], ['NORGOV'])]).levels.root.tp,
    0,
    'no date for a dated gold event',
  );
  assert.equal(
    score([ev('073', ['NOR'], ['CHL'], { date: '1999-01-01' })]).levels.root.tp,
    1,
    'E5 is undated',
  );
  assert.equal(score([ev('073', ['NOR'], ['CHL'])]).levels.root.tp, 1);
});

test('root and full levels: the right root with the wrong code is found at root only', () => {
  const report = score([ev('050', ['NORGOV'], ['CHLGOV'], { reciprocal: true, date: '2024-03-03' })]);
  assert.deepEqual([report.levels.root.tp, report.levels.root.fp], [1, 0]);
  assert.deepEqual([report.levels.full.tp, report.levels.full.fp, report.levels.full.fn], [0, 1, 5]);
  const codeMiss = report.misses.find((m) => m.event === 'E1');
  assert.equal(codeMiss?.level, 'full');
  assert.match(codeMiss?.reason ?? '', /code differs \(produced 050\)/);
  assert.equal(report.falsePositives.find((f) => f.code === '050')?.level, 'full');
  const alternative = score([ev('070', ['NOR'], ['CHL'])]);
  assert.equal(alternative.levels.full.tp, 1, 'any of the gold codes matches');
});

test('a wrong root is a miss and a false positive with reasons', () => {
  const report = score([
    ev('111', ['CHLGOV'], ['NORGOV'], { date: '2024-05-14', rule: 'verbs/x:1', evidence: 'visited Oslo' }),
  ]);
  assert.equal(report.levels.root.tp, 0);
  assert.match(report.misses.find((m) => m.event === 'E2')?.reason ?? '', /root differs \(produced 111\)/);
  const fp = report.falsePositives[0];
  assert.deepEqual([fp?.rule, fp?.evidence, fp?.level], ['verbs/x:1', 'visited Oslo', 'root']);
  assert.match(fp?.reason ?? '', /expected root .*04/);
});

test('each expected dyad absorbs one produced dyad; duplicates of the same dyad and code count once', () => {
  const twice = score([ev('073', ['NOR'], ['CHL']), ev('073', ['NORGOV'], ['CHLGOV'])]);
  assert.deepEqual([twice.levels.root.tp, twice.levels.root.fp], [1, 0]);
  const twoCodes = score([ev('073', ['NOR'], ['CHL']), ev('070', ['NOR'], ['CHL'])]);
  assert.deepEqual([twoCodes.levels.root.tp, twoCodes.levels.root.fp], [1, 1]);
  assert.match(twoCodes.falsePositives[0]?.reason ?? '', /duplicate/);
});

test('must events claim produced events before optional ones', () => {
  // 051 CHL→NOR undated is optional E4; 057 NOR↔CHL dated is must E1. One 05x event that
  // fits both (reciprocal, right date) must go to the must event.
  const report = score([ev('051', ['CHLGOV'], ['NORGOV'], { reciprocal: true, date: '2024-03-03' })]);
  assert.equal(report.levels.root.tp, 1);
  assert.ok(!report.misses.some((m) => m.event === 'E1' && m.level === 'root'));
});

test('no-event sentences must produce nothing: found by evidence text or by offsets', () => {
  const byText = score([
    ...PERFECT,
    ev('010', ['NOR'], ['CHL'], { evidence: 'Norway has about 5.5 million inhabitants.' }),
  ]);
  assert.equal(byText.noEventViolations.length, 1);
  assert.equal(byText.noEventViolations[0]?.evidence, 'Norway has about 5.5 million inhabitants');
  assert.equal(byText.levels.root.fp, 1);
  const text = seed().items[0]?.text ?? '';
  const at = text.indexOf('Norway has about');
  const offsets: ScorableEvent = {
    ...ev('010', ['NOR'], ['CHL']),
    evidence: { text: 'has', start: at + 7, end: at + 10 },
  };
  assert.equal(score([offsets]).noEventViolations.length, 1);
  const sentence: ScorableEvent = { ...ev('010', ['NOR'], ['CHL']), sentence: 3 };
  const spans = [0, 1, 2, 3, 4].map((i) => {
    const starts = [
      0,
      text.indexOf('The Chilean'),
      text.indexOf('The European'),
      at,
      text.indexOf('Chile praised'),
    ];
    return { start: starts[i] ?? 0, end: starts[i + 1] ?? text.length };
  });
  assert.equal(score([sentence], { sentences: spans }).noEventViolations.length, 1);
  assert.equal(score(PERFECT).noEventViolations.length, 0);
});

test('the PETRARCH suite: whole codes, expect_no_events, skipped records, per-category table', () => {
  const gold = readGoldFile(join(fixtures, 'tiny.petr-suite.jsonl'));
  const report = scoreGold(
    gold,
    new Map<string, ProducedItem>([
      ['T-01', { events: [ev('050', ['ARN'], ['GON'])] }],
      ['T-02', { events: [ev('042', ['GON'], ['ARN'])] }],
      ['T-03', { events: [ev('010', ['ARN'], ['GON'])] }],
      ['T-04', { events: [ev('010', ['ARN'], ['GON'])] }],
    ]),
  );
  assert.equal(report.gold.scored, 3);
  assert.deepEqual(report.skipped, [{ item: 'T-04', reason: 'evaluate: false' }]);
  assert.deepEqual([report.levels.full.tp, report.levels.full.fp, report.levels.full.fn], [1, 2, 2]);
  assert.equal(report.noEventViolations.length, 1);
  assert.equal(report.noEventViolations[0]?.item, 'T-03');
  const agent = report.perCategory.find((r) => r.category === 'AGENT');
  assert.deepEqual(
    [agent?.full.tp, agent?.full.fp, agent?.full.fn],
    [0, 1, 2],
    'GON is not GONGOV in whole mode',
  );
  assert.equal(report.facts, null);
});

test('the CAMEO manual: mutual events, IGO by prefix, uncoded events at the root level only', () => {
  const gold = readGoldFile(join(fixtures, 'tiny.cameo-manual.jsonl'));
  const report = scoreGold(
    gold,
    new Map<string, ProducedItem>([
      ['T-AGREE-1', { events: [ev('030', ['CHLGOV'], ['NORGOV'])] }],
      ['T-DISAPPROVE-1', { events: [ev('111', ['PER'], ['IGOUNO'])] }],
      ['T-AID-1', { events: [ev('070', ['JPN'], ['PER'])] }],
    ]),
  );
  assert.deepEqual([report.levels.root.tp, report.levels.root.fp, report.levels.root.fn], [3, 0, 0]);
  assert.deepEqual(
    [report.levels.full.tp, report.levels.full.fp, report.levels.full.fn],
    [2, 0, 0],
    '111 for an uncoded event is not scored at full',
  );
  const wrongRoot = scoreGold(
    gold,
    new Map([['T-DISAPPROVE-1', { events: [ev('120', ['PER'], ['IGOUNO'])] }]]),
  );
  assert.equal(wrongRoot.levels.root.fp, 1);
  assert.equal(wrongRoot.levels.full.fp, 1);
});

test('evaluateGold runs the producer over evaluated items only', async () => {
  const gold = readGoldFile(join(fixtures, 'tiny.petr-suite.jsonl'));
  const seen: string[] = [];
  const report = await evaluateGold(gold, async (item) => {
    seen.push(item.id);
    return { events: [] };
  });
  assert.deepEqual(seen, ['T-01', 'T-02', 'T-03']);
  assert.deepEqual([report.levels.root.tp, report.levels.root.fn], [0, 3]);
  assert.deepEqual(report.levels.root, { tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
});

test('counts are consistent on arbitrary produced events', () => {
  const codes = fc.constantFrom('042', '057', '073', '163', '111', '050');
  const actors = fc.constantFrom('NORGOV', 'CHL', 'IGOEUREEC', 'BLR', 'USA');
  const event = fc.record({
    code: codes,
    sources: fc.array(actors, { maxLength: 2 }),
    targets: fc.array(actors, { maxLength: 2 }),
    reciprocal: fc.boolean(),
    date: fc.constantFrom(undefined, '2024-03-03', '2024-05', '2024'),
  });
  fc.assert(
    fc.property(fc.array(event, { maxLength: 6 }), (list) => {
      const report = score(
        list.map((e) =>
          ev(e.code, e.sources, e.targets, { reciprocal: e.reciprocal, ...(e.date ? { date: e.date } : {}) }),
        ),
      );
      for (const level of ['root', 'full'] as const) {
        const s = report.levels[level];
        assert.ok(s.tp + s.fn <= report.gold.expected + report.gold.optional);
        assert.ok(s.fn <= report.gold.expected);
        const rows = report.perCategory.reduce((n, r) => n + r[level].tp, 0);
        assert.equal(rows, s.tp);
      }
      assert.ok(report.levels.full.tp <= report.levels.root.tp);
    }),
    { numRuns: 200 },
  );
});
