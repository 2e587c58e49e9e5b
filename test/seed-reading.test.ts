import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Mention } from '../src/core/types.js';
import { loadDictionaries } from '../src/dict/index.js';
import { createReader, type ReadResult } from '../src/nlp/read.js';
import { sharedFile, skipUnlessShared } from '../src/testing/shared.js';

const SEED = 'corpus/seed/belarus-china-relations.txt';
const skip = skipUnlessShared(SEED);

let cached: ReadResult | null = null;
function reading(): ReadResult {
  if (!cached) {
    const text = readFileSync(sharedFile(SEED)!, 'utf8');
    cached = createReader(loadDictionaries()).read({ text, published: '2023-12-07' });
  }
  return cached;
}

/** The mention of `kind` whose text is `target`, inside the first occurrence of `context`. */
function mentionIn(context: string, target: string, kind: Mention['kind']): Mention {
  const r = reading();
  const at = r.text.indexOf(context);
  assert.ok(at >= 0, `context not found: ${context}`);
  const offset = at + context.indexOf(target);
  const found = r.mentions.find(
    (m) => m.kind === kind && m.start <= offset && m.end >= offset + target.length,
  );
  assert.ok(found, `no ${kind} mention for "${target}" in "${context}"`);
  return found;
}

function actorCode(context: string, target: string): string | null {
  const m = mentionIn(context, target, 'actor');
  return m.kind === 'actor' ? m.actor.code : null;
}

test('seed: leaders resolve to their governments, by full name and later by surname', { skip }, () => {
  assert.equal(actorCode('Chinese President Xi Jinping and his', 'Xi Jinping'), 'CHNGOV');
  assert.equal(actorCode('and Xi received him', 'Xi'), 'CHNGOV');
  assert.equal(actorCode('counterpart Alexander Lukashenko met', 'Alexander Lukashenko'), 'BLRGOV');
  assert.equal(actorCode('Lukashenko described the visit', 'Lukashenko'), 'BLRGOV');
  assert.equal(actorCode('Communist Party of China, Cai Qi', 'Cai Qi'), 'CHNGOV');
  assert.equal(actorCode('Foreign Minister Wang Yi', 'Wang Yi'), 'CHNGOV');
  const khrenin = mentionIn('Belarusian Defense Minister Viktor Khrenin said', 'Viktor Khrenin', 'actor');
  assert.ok(khrenin.kind === 'actor' && khrenin.actor.country === 'BLR');
  assert.ok(khrenin.kind === 'actor' && ['GOV', 'MIL'].includes(khrenin.actor.sector ?? ''));
});

test('seed: a capital is the government as a subject and a place after "in"', { skip }, () => {
  assert.equal(actorCode('Beijing recognized the results', 'Beijing'), 'CHNGOV');
  const place = mentionIn('met in Beijing on Monday', 'Beijing', 'place');
  assert.ok(place.kind === 'place' && place.place.country === 'CHN' && place.place.name === 'Beijing');
  const smolevichi = mentionIn('in the Smolevichi district', 'Smolevichi', 'place');
  assert.ok(smolevichi.kind === 'place' && smolevichi.place.country === 'BLR');
  assert.ok(smolevichi.kind === 'place' && smolevichi.place.lat !== null);
});

test('seed: dates resolve against the publication date at their precision', { skip }, () => {
  const day = mentionIn('on Monday, December 4', 'Monday, December 4', 'date');
  assert.ok(day.kind === 'date' && day.date?.value === '2023-12-04' && day.date.precision === 'day');
  const march = mentionIn('in March this year', 'March this year', 'date');
  assert.ok(march.kind === 'date' && march.date?.value === '2023-03' && march.date.precision === 'month');
  const july = mentionIn('In July 2015, Belarus', 'July 2015', 'date');
  assert.ok(july.kind === 'date' && july.date?.value === '2015-07');
});

test('seed: money and percentages carry exact values and units', { skip }, () => {
  const six = mentionIn('amounted to about $6 billion', '$6 billion', 'quantity');
  assert.ok(six.kind === 'quantity' && six.quantity.value === 6e9 && six.quantity.unit === 'USD');
  const pct = mentionIn('by as much as 83.6%', '83.6%', 'quantity');
  assert.ok(pct.kind === 'quantity' && pct.quantity.value === 83.6 && pct.quantity.unit === 'percent');
  const fin = mentionIn('at least 25.7 billion USD', '25.7 billion USD', 'quantity');
  assert.ok(fin.kind === 'quantity' && fin.quantity.value === 2.57e10 && fin.quantity.unit === 'USD');
});

test('seed: every mention slices back to its text and lies inside its sentence', { skip }, () => {
  const r = reading();
  for (const m of r.mentions) {
    assert.equal(r.text.slice(m.start, m.end), m.text);
    const s = r.sentences[m.sentence]!;
    assert.ok(m.start >= s.start && m.end <= s.end, `${m.text} outside sentence ${m.sentence}`);
  }
});
