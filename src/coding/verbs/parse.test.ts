import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DyadError } from '../../core/errors.js';
import { loadVerbDictionary, loadVerbFiles } from './load.js';
import { findVerbForms, patternsFor, synsetPhrases } from './lookup.js';
import { parseVerbDictionaries, parseVerbDictionary } from './parse.js';
import type { VerbDictionary } from './types.js';

const BASE = `# test dictionary
&CURRENCY
+DOLLAR
+EURO
+CASH_

&MONEYWORDS_
+&CURRENCY
+FUNDS

&ENDINGS
+(TO THE END)

####### VERB PATTERNS #######

---  VISIT   [042:043]  ---
VISIT
+CALL_ON {+CALLS_ON +CALLED_ON +CALLING_ON} [040]
- * (FOR TALKS)                  [046:046]   # VISIT
- &MILITARY * [---]
- * &CURRENCY                    [071]

---  SAY   [010]  ---
SAY {SAYS SAID SAYING}
- * SUPPORT [020]
- * SUPPORT [022]   # later line wins
- * AID [070]
- * AID [070]

---  GIVE   [070]  ---
GIVE {GIVES GAVE GIVEN GIVING}
- * &MONEYWORDS [071]
- * &ENDINGS [072]

---  SAY   [010]  ---
STATE

~ a (b . VISIT) SAY = a b 042
~ a (a b Q) SAY = a b Q
`;

function build(text: string, file = 'base.txt'): VerbDictionary {
  const result = parseVerbDictionary(text, file);
  assert.deepEqual(result.errors, []);
  return result.value;
}

test('blocks, verbs, inherited and own codes', () => {
  const d = build(BASE);
  const visit = d.blocks.get(d.blockNames.get('VISIT') ?? '');
  assert.ok(visit);
  assert.equal(visit.id, 'base.txt:16');
  assert.deepEqual(visit.code, { active: '042', passive: '043', text: '042:043' });
  assert.deepEqual(
    visit.verbs.map((v) => [v.id, v.lemma, v.code.text, v.ownCode]),
    [
      ['base.txt:17', 'VISIT', '042:043', false],
      ['base.txt:18', 'CALL ON', '040', true],
    ],
  );
});

test('the forms index: every surface form, multi-word forms with their verb word', () => {
  const d = build(BASE);
  const visited = d.forms.get('VISITED');
  assert.equal(visited?.[0]?.blockName, 'VISIT');
  assert.equal(visited?.[0]?.form.kind, 'regular');
  const called = d.forms.get('CALLED ON');
  assert.equal(called?.[0]?.form.verbIndex, 0);
  assert.equal(called?.[0]?.code.text, '040');
  assert.deepEqual(
    findVerbForms(d, 'called').map((r) => r.form.text),
    ['CALLED ON'],
  );
  assert.deepEqual(
    findVerbForms(d, 'Said').map((r) => [r.form.text, r.form.kind, r.blockName]),
    [['SAID', 'irregular', 'SAY']],
  );
  assert.deepEqual(findVerbForms(d, 'unknown'), []);
});

test('blocks with the same name merge; lemmas map to blocks', () => {
  const d = build(BASE);
  const say = d.blocks.get(d.blockNames.get('SAY') ?? '');
  assert.deepEqual(say?.headers, ['base.txt:23', 'base.txt:35']);
  assert.deepEqual(
    say?.verbs.map((v) => v.lemma),
    ['SAY', 'STATE'],
  );
  assert.deepEqual(d.lemmas.get('STATE'), ['base.txt:23']);
  assert.equal(d.blocks.size, 3);
});

test('patterns: ids, comments, the later of two equal patterns wins, exact repeats dropped', () => {
  const d = build(BASE);
  const say = d.blocks.get(d.blockNames.get('SAY') ?? '');
  assert.deepEqual(
    say?.patterns.map((p) => [p.id, p.key, p.code.text, p.overrides]),
    [
      ['base.txt:26', '* SUPPORT', '022', ['base.txt:25']],
      ['base.txt:28', '* AID', '070', ['base.txt:27']],
    ],
  );
  assert.equal(d.patterns.get('base.txt:19')?.comment, 'VISIT');
  const warnings = d.warnings.map((w) => w.text);
  assert.ok(
    warnings.some((w) => w.startsWith('base.txt:26:') && /replaces the same pattern at base.txt:25/.test(w)),
  );
  assert.ok(warnings.some((w) => w.startsWith('base.txt:28:') && /repeats base.txt:27/.test(w)));
});

test('a pattern naming an undefined synset is skipped with a warning', () => {
  const d = build(BASE);
  assert.equal(d.patterns.has('base.txt:20'), false);
  assert.ok(
    d.warnings.some((w) => w.text === 'base.txt:20: synset &MILITARY is not defined; pattern skipped'),
  );
});

test('synsets: plurals, no-plural members, nested synsets, prepositional members', () => {
  const d = build(BASE);
  assert.deepEqual(
    synsetPhrases(d, '&CURRENCY').map((p) => p.join(' ')),
    ['DOLLAR', 'DOLLARS', 'EURO', 'EUROS', 'CASH'],
  );
  assert.deepEqual(
    synsetPhrases(d, 'moneywords_').map((p) => p.join(' ')),
    ['DOLLAR', 'DOLLARS', 'EURO', 'EUROS', 'CASH', 'FUNDS'],
  );
  assert.equal(d.synsets.get('ENDINGS')?.preps[0]?.text, '(TO THE END)');
  assert.equal(d.synsets.get('MONEYWORDS')?.noPlurals, true);
});

test('nested synset cycles and undefined members are reported, not followed', () => {
  const result = parseVerbDictionary('&A\n+&B\n+APPLE\n&B\n+&A\n+PEAR\n&C\n+&NOPE\n', 'c.txt');
  assert.deepEqual(result.errors, []);
  assert.ok(result.warnings.some((w) => /includes itself/.test(w.message)));
  assert.ok(result.warnings.some((w) => w.text === 'c.txt:8: synset &NOPE is not defined; member skipped'));
  assert.deepEqual(
    synsetPhrases(result.value, 'A').map((p) => p.join(' ')),
    ['PEAR', 'PEARS', 'APPLE', 'APPLES'],
  );
});

test('transformations are parsed and checked against the verbs', () => {
  const d = build(BASE);
  assert.equal(d.transformations.length, 2);
  assert.equal(d.transformations[0]?.id, 'base.txt:38');
  const unknown = parseVerbDictionary('---  SAY [010] ---\nSAY\n~ a (b . ATTACK) SAY = a b 112\n', 'u.txt');
  assert.ok(
    unknown.warnings.some(
      (w) => w.text === 'u.txt:3: transformation verb ATTACK is not a verb of the dictionary',
    ),
  );
});

test('several files: later files add to blocks, come first, and replace equal patterns', () => {
  const extra = `---  VISIT   [042:043]  ---
TOUR
- * (FOR TALKS) [040]     # replaces the base pattern
- * DELEGATION [043]
---  HOST  [043] ---
HOST
VISIT [043]
`;
  const result = parseVerbDictionaries([
    { text: BASE, file: 'base.txt' },
    { text: extra, file: 'extra.txt' },
  ]);
  assert.deepEqual(result.errors, []);
  const d = result.value;
  const visit = d.blocks.get(d.blockNames.get('VISIT') ?? '');
  assert.deepEqual(visit?.headers, ['base.txt:16', 'extra.txt:1']);
  assert.deepEqual(
    visit?.patterns.map((p) => [p.id, p.code.text]),
    [
      ['extra.txt:3', '040'],
      ['extra.txt:4', '043'],
      ['base.txt:21', '071'],
    ],
  );
  assert.deepEqual(d.patterns.get('extra.txt:3')?.overrides, ['base.txt:19']);
  assert.deepEqual(
    findVerbForms(d, 'visit').map((r) => r.blockName),
    ['HOST', 'VISIT'],
  );
  assert.deepEqual(d.lemmas.get('VISIT'), ['extra.txt:5', 'base.txt:16']);
  assert.deepEqual(
    patternsFor(d, findVerbForms(d, 'toured')[0] ?? assert.fail('no TOURED')).map((p) => p.id)[0],
    'extra.txt:3',
  );
  assert.equal(d.sources.length, 2);
  const expected = createHash('sha256')
    .update(d.sources.map((s) => `${s.file} ${s.sha256}\n`).join(''))
    .digest('hex');
  assert.equal(d.version, expected);
});

test('a single file version is the sha256 of its text', () => {
  const d = build(BASE);
  assert.equal(d.version, createHash('sha256').update(BASE, 'utf8').digest('hex'));
  assert.equal(d.sources[0]?.lines, BASE.split('\n').length - 1);
});

const BAD = `&SYN
+GOOD
+BAD%WORD
VERB_OUTSIDE
---  BLOCK  [010]  ---
GOOD
TWO WORDS
- * AID
* (TO QUESTION) [110]
- * THING [07x]
---  [010]  ---
IGNORED
- * ALSO IGNORED [010]
---  NEXT  [020]  ---
NEXT
MULTI_WORD_NO_MARK
- * (UNCLOSED [010]
~ a b = c
?? what
`;

test('every bad line is reported as file:line: problem, and good lines are kept', () => {
  const result = parseVerbDictionary(BAD, 'bad.txt');
  assert.deepEqual(
    result.errors.map((e) => e.text.replace(/: .*/, '')),
    [
      'bad.txt:3',
      'bad.txt:4',
      'bad.txt:7',
      'bad.txt:8',
      'bad.txt:9',
      'bad.txt:10',
      'bad.txt:11',
      'bad.txt:16',
      'bad.txt:17',
      'bad.txt:18',
      'bad.txt:19',
    ],
  );
  assert.ok(
    result.errors.every((e) => e.severity === 'error' && e.text === `bad.txt:${e.line}: ${e.message}`),
  );
  assert.deepEqual(
    [...result.value.blocks.values()].map((b) => [b.name, b.verbs.map((v) => v.lemma)]),
    [
      ['BLOCK', ['GOOD']],
      ['NEXT', ['NEXT']],
    ],
  );
  assert.deepEqual(
    synsetPhrases(result.value, 'SYN').map((p) => p.join(' ')),
    ['GOOD', 'GOODS'],
  );
});

test('loadVerbDictionary throws one DyadError listing every bad line; allowErrors builds anyway', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-verbs-'));
  const path = join(dir, 'bad.txt');
  writeFileSync(path, BAD);
  assert.throws(
    () => loadVerbDictionary(path),
    (error: unknown) => {
      assert.ok(error instanceof DyadError);
      assert.match(error.message, /11 bad line\(s\)/);
      for (const line of [3, 4, 7, 8, 9, 10, 11, 16, 17, 18, 19])
        assert.ok(error.message.includes(`bad.txt:${line}:`), `line ${line}`);
      return true;
    },
  );
  const loaded = loadVerbFiles(path, { allowErrors: true });
  assert.equal(loaded.errors.length, 11);
  assert.equal(loaded.dictionary.blocks.size, 2);
  const good = join(dir, 'good.txt');
  writeFileSync(good, BASE);
  assert.equal(loadVerbDictionary(good).sources[0]?.file, 'good.txt');
  assert.throws(() => loadVerbDictionary(join(dir, 'missing.txt')), DyadError);
  assert.throws(() => loadVerbDictionary([good, join(dir, 'sub', 'good.txt')]), /same name/);
});

test('the loaded dictionary is frozen', () => {
  const d = build(BASE);
  assert.throws(() => (d.blocks as Map<string, unknown>).set('x', {}), TypeError);
  assert.throws(() => (d.forms as Map<string, unknown>).delete('VISIT'), TypeError);
  assert.ok(Object.isFrozen(d));
  const block = d.blocks.get(d.blockNames.get('VISIT') ?? '');
  assert.ok(
    block && Object.isFrozen(block) && Object.isFrozen(block.patterns) && Object.isFrozen(block.patterns[0]),
  );
  assert.ok(Object.isFrozen(d.forms.get('VISITED')?.[0]?.form));
});

test('an unclosed <!-- comment is an error naming its line', () => {
  const result = parseVerbDictionary('---  A [010] ---\nA\n<!-- open\n---  B [020] ---\n', 'x.txt');
  assert.deepEqual(
    result.errors.map((e) => e.text),
    ["x.txt:3: '<!--' comment is never closed; the rest of the file is ignored"],
  );
  assert.equal(result.value.blocks.size, 1);
});

test('the reader never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 12 }), (lines) => {
      const prefixes = ['', '- ', '+', '&', '--- ', '~ '];
      const text = lines.map((l, i) => `${prefixes[i % prefixes.length] ?? ''}${l}`).join('\n');
      const result = parseVerbDictionary(text, 'fuzz.txt');
      for (const e of result.errors) assert.match(e.text, /^fuzz\.txt:\d+: /);
    }),
    { numRuns: 300 },
  );
});
