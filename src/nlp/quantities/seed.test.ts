/**
 * Reads the seed article and its gold facts from ../shared (skipped when absent): every gold fact
 * that is a money, percent, area or count value must be found, with the gold value, inside the
 * fact's evidence; currencies, percent and km2 must also match the gold unit. Ranks are out of scope.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { recognizeQuantities } from './index.js';
import { naiveSentences } from './testing.js';

const ARTICLE = 'corpus/seed/belarus-china-relations.txt';
const GOLD = 'gold/seed/belarus-china-relations.gold.json';

interface GoldFact {
  readonly id: string;
  readonly kind: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier?: string;
  readonly approx?: boolean;
  readonly evidence: string;
}

const skip = skipUnlessShared(ARTICLE) || skipUnlessShared(GOLD);

test('seed article: gold fact values are recognised inside their evidence', { skip }, () => {
  const text = readFileSync(sharedFile(ARTICLE) ?? '', 'utf8')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');
  const gold = JSON.parse(readFileSync(sharedFile(GOLD) ?? '', 'utf8')) as { facts: GoldFact[] };
  const mentions = recognizeQuantities(text, naiveSentences(text));
  const facts = gold.facts.filter((f) => !f.unit.startsWith('rank'));
  assert.ok(facts.length >= 8);
  for (const fact of facts) {
    const at = text.indexOf(fact.evidence);
    assert.ok(at >= 0, `${fact.id}: evidence not in the article`);
    const inside = mentions.filter((m) => m.start >= at && m.end <= at + fact.evidence.length);
    const match = inside.find((m) => m.quantity.value === fact.value);
    assert.ok(match, `${fact.id}: no quantity ${fact.value} in "${fact.evidence}"`);
    if (/^[A-Z]{3}$/.test(fact.unit) || fact.unit === 'km2' || fact.unit === 'percent') {
      assert.equal(match.quantity.unit, fact.unit, fact.id);
    }
    if (fact.unit.startsWith('percent')) assert.equal(match.quantity.unit, 'percent', fact.id);
    if (fact.qualifier) assert.equal(match.quantity.qualifier, fact.qualifier, fact.id);
    if (fact.approx) assert.ok(match.quantity.qualifier, `${fact.id}: approximate value without qualifier`);
  }
});

test('seed article: no quantity is a year', { skip }, () => {
  const text = readFileSync(sharedFile(ARTICLE) ?? '', 'utf8').normalize('NFC');
  for (const m of recognizeQuantities(text, naiveSentences(text))) {
    assert.ok(
      !/^(?:19|20)\d\d$/.test(String(m.quantity.value)) || m.quantity.currency,
      `${m.text} looks like a year`,
    );
  }
});
