import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/types.js';
import { loadDictionaries } from '../dict/index.js';
import { createReader } from '../nlp/read.js';
import { createCoder } from './coder.js';
import { loadDefaultVerbDictionary } from './verbs/index.js';

const dicts = loadDictionaries();
const reader = createReader(dicts);
const coder = createCoder(dicts, loadDefaultVerbDictionary());

function code(text: string, date = '2023-12-07'): readonly CodedEvent[] {
  return coder.code(reader.read({ text, published: date })).events;
}

function summary(e: CodedEvent): string {
  return `${e.code} ${e.sources.map((a) => a.code).join('+')} > ${e.targets.map((a) => a.code).join('+')} ${e.modality}`;
}

test('compound actors are one event with a list, reciprocal when they act together', () => {
  const events = code(
    'Chinese President Xi Jinping and Belarusian President Alexander Lukashenko signed a joint statement.',
  );
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.code, '057');
  assert.deepEqual(
    e.sources.map((a) => a.code),
    ['CHNGOV', 'BLRGOV'],
  );
  assert.equal(e.reciprocal, true);
});

test('every modality: asserted, negated, future (as intent), hypothetical', () => {
  assert.equal(code('China sent humanitarian aid to Belarus.').map(summary)[0], '073 CHN > BLR asserted');
  assert.equal(code('China did not send humanitarian aid to Belarus.')[0]?.modality, 'negated');
  const future = code('China will send humanitarian aid to Belarus.')[0]!;
  assert.equal(future.modality, 'future');
  assert.equal(future.code, '0333', 'a promise of humanitarian aid is CAMEO 0333');
  assert.equal(
    code('If Belarus asks, China could send humanitarian aid to Belarus.').at(-1)?.modality,
    'hypothetical',
  );
});

test('an appeal combines with the act it asks for and is addressed to the object', () => {
  const e = code('The United Nations urged Belarus to hold talks with Ukraine.')[0]!;
  assert.equal(e.root, '02');
  assert.deepEqual(
    e.sources.map((a) => a.code),
    ['IGOUNO'],
  );
  assert.ok(e.targets.some((a) => a.country === 'BLR'));
});

test('passive voice: the by-phrase is the source and the subject the target', () => {
  const e = code('Belarus was criticized by the European Union.')[0]!;
  assert.equal(e.root, '11');
  assert.deepEqual(
    e.sources.map((a) => a.code),
    ['IGOEUREEC'],
  );
  assert.deepEqual(
    e.targets.map((a) => a.country),
    ['BLR'],
  );
});

test('dates come from the clause, else the context, else publication (inferred)', () => {
  const dated = code('In July 2015, China signed an agreement with Belarus.')[0]!;
  assert.deepEqual([dated.date?.value, dated.date?.precision], ['2015-07', 'month']);
  const undated = code('China signed an agreement with Belarus.')[0]!;
  assert.deepEqual([undated.date?.value, undated.date?.precision], ['2023-12-07', 'inferred']);
  const then = code(
    'Lukashenko visited China in March this year. Then Xi Jinping hosted Alexander Lukashenko.',
  );
  const hosted = then.find((e) => e.code === '043' && e.sentence === 1)!;
  assert.equal(hosted.date?.value, '2023-03');
});

test('a date after publication is kept only for future events', () => {
  const e = code('China signed an agreement with Belarus on March 3, 2030.', '2023-12-07')[0]!;
  assert.equal(e.date?.precision, 'inferred');
});

test('location: the place governed by "in" or "at" in the clause', () => {
  const e = code('Xi Jinping met Alexander Lukashenko in Minsk on Tuesday.')[0]!;
  assert.equal(e.location?.name, 'Minsk');
  assert.equal(e.location?.country, 'BLR');
  assert.ok(e.location?.lat !== null);
});

test('evidence slices back to the text and names the rule and dictionary version', () => {
  const text = 'The European Union imposed sanctions on Belarus.';
  const e = code(text)[0]!;
  assert.equal(e.code, '163');
  assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
  assert.match(e.rule.id, /:\d+/);
  assert.match(e.rule.dictionary, /^[0-9a-f]{64}$/);
});

test('actors without a code are kept with their text, never dropped silently', () => {
  const e = code('China criticized the media and Belarus.')[0]!;
  const uncoded = e.targets.find((a) => a.code === null);
  assert.equal(uncoded?.text, 'media');
  assert.ok(e.targets.some((a) => a.code === 'BLR'));
  const local = code('China criticized the ministry and Belarus.')[0]!;
  assert.ok(local.targets.find((a) => a.text === 'ministry')?.via, 'a role noun localised says how');
});

test('"the two countries" resolves to the pair the article is about', () => {
  const text = 'China and Belarus held talks. China praised Belarus. The two countries signed a treaty.';
  const e = code(text).find((x) => x.sentence === 2)!;
  assert.deepEqual(new Set(e.sources.map((a) => a.country)), new Set(['CHN', 'BLR']));
  assert.equal(e.reciprocal, true);
  assert.ok(e.sources.every((a) => a.via));
});

test('discarded sentences (sport) produce no events', () => {
  assert.deepEqual(code('China defeated Belarus in the World Cup qualifier.'), []);
});

test('bad input: very long sentences are skipped with a reason; lists do not explode', () => {
  const long = `${Array.from({ length: 5000 }, () => 'word').join(' ')}.`;
  const r = coder.code(reader.read({ text: long, published: '2023-12-07' }));
  assert.equal(r.events.length, 0);
  assert.match(r.skipped[0]?.reason ?? '', /too long/);
  const names = dicts.countries.all
    .slice(0, 300)
    .map((c) => c.name)
    .join(', ');
  const many = coder.code(
    reader.read({ text: `${names} signed a treaty with China.`, published: '2023-12-07' }),
  );
  assert.ok(many.events.length <= 24);
  for (const e of many.events) assert.ok(e.sources.length <= 300);
  assert.deepEqual(code('!!! ??? ...'), []);
  assert.deepEqual(code('Войска вошли в город 中国 and 北京.'), []);
});
