/**
 * The real dictionaries: CAMEO.2.0.txt and Dyad.verbs.txt (in data/verbs), the PETRARCH
 * validation suite's verbs (../shared), and a health check of every code against the
 * CAMEO table (../shared/reference/cameo/cameo-codes-merged.tsv).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import {
  defaultVerbFiles,
  loadDefaultVerbDictionary,
  loadVerbDictionary,
  loadVerbFiles,
  verbDataDir,
} from './load.js';
import { findVerbForms } from './lookup.js';
import { codesUsed, verbDictionaryStats } from './stats.js';
import type { VerbDictionary } from './types.js';

const cameoPath = join(verbDataDir, 'CAMEO.2.0.txt');
const TABLE = 'reference/cameo/cameo-codes-merged.tsv';
const VALIDATION = 'gold/petr-suite/dictionaries/PETR_Validate_verbs_2_02.txt';

/** Codes CAMEO.2.0.txt uses that the manual's table lacks; see data/verbs/README.md. */
const KNOWN_EXTENSIONS = new Map([
  ['176', 'hacking (PLOVER COERCE/cyber); use 170 for Goldstein and quad'],
  ['1952', 'drone strike (PLOVER ASSAULT/drone); use 195 for Goldstein and quad'],
]);

function cameoTable(): ReadonlySet<string> {
  const path = sharedFile(TABLE);
  if (path === null) throw new Error('unreachable: test is skipped without the table');
  const codes = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => line.split('\t')[0] ?? '');
  return new Set(codes);
}

function rawLines(path: string): string[] {
  return readFileSync(path, 'utf8').split(/\r?\n/);
}

function assertHealthy(d: VerbDictionary): void {
  const ids = new Set<string>();
  for (const block of d.blocks.values()) {
    const keys = new Set<string>();
    for (const p of block.patterns) {
      assert.match(p.id, /^[^:]+:\d+$/);
      assert.equal(d.patterns.get(p.id), p, `pattern ${p.id} is indexed`);
      assert.ok(!keys.has(p.key), `pattern '${p.key}' is duplicated in block ${block.name}`);
      keys.add(p.key);
      assert.equal(p.block, block.id);
      assert.ok(!ids.has(p.id));
      ids.add(p.id);
      for (const name of p.synsets) assert.ok(d.synsets.has(name), `${p.id} uses defined synsets`);
    }
    for (const v of block.verbs) {
      assert.equal(v.block, block.id);
      for (const form of v.forms) {
        assert.ok(
          d.forms.get(form.text)?.some((r) => r.block === block.id),
          `${form.text} leads to ${block.name}`,
        );
      }
    }
  }
  assert.equal(ids.size, d.patterns.size);
}

test('CAMEO.2.0.txt reads with no errors; counts agree with the raw file', () => {
  const { dictionary: d, errors } = loadVerbFiles(cameoPath);
  assert.deepEqual(errors, []);
  const raw = rawLines(cameoPath);
  const headers = raw.filter((l) => l.startsWith('---'));
  const names = new Set(headers.map((l) => l.split(/\s+/)[1]));
  assert.equal(d.blocks.size, names.size);
  assert.equal(d.synsets.size, raw.filter((l) => l.startsWith('&')).length);
  assert.equal(d.transformations.length, raw.filter((l) => l.startsWith('~')).length);
  const patternLines = raw.filter((l) => /^-(?!--)/.test(l)).length;
  const dropped = d.warnings.filter((w) =>
    /^pattern .*(repeats|replaces the same pattern)|pattern skipped$/.test(w.message),
  ).length;
  assert.equal(verbDictionaryStats(d).patterns + dropped, patternLines);
  assert.equal(d.version, '4a442ee42f7574651ec1c594f127353cdffbf18fa97b207ad5d8298a3cfaa08f');
  assertHealthy(d);
});

test('CAMEO.2.0.txt: familiar verbs lead to their blocks', () => {
  const d = loadVerbDictionary(cameoPath);
  assert.equal(findVerbForms(d, 'visited')[0]?.blockName, 'VISIT');
  assert.equal(findVerbForms(d, 'said')[0]?.code.active, '010');
  assert.equal(findVerbForms(d, 'hosted')[0]?.code.text, '043:042');
  assert.ok(findVerbForms(d, 'came').some((r) => r.form.text === 'CAME AFTER'));
  assert.equal(d.transformations.find((t) => t.id === 'CAMEO.2.0.txt:9180')?.result.code, '112');
});

test('Dyad.verbs.txt reads cleanly on top of CAMEO.2.0.txt and takes precedence', () => {
  assert.deepEqual(
    defaultVerbFiles().map((f) => f.slice(verbDataDir.length + 1)),
    ['CAMEO.2.0.txt', 'Dyad.verbs.txt'],
  );
  const { dictionary: d, errors } = loadVerbFiles(defaultVerbFiles());
  assert.deepEqual(errors, []);
  assert.equal(loadDefaultVerbDictionary().version, d.version);
  assert.deepEqual(
    d.warnings.filter((w) => w.file === 'Dyad.verbs.txt').map((w) => w.text),
    [],
  );
  assertHealthy(d);
  assert.equal(findVerbForms(d, 'recognized')[0]?.blockName, 'RECOGNIZE');
  assert.equal(findVerbForms(d, 'slammed')[0]?.code.active, '111');
  const sign = d.blocks.get(d.blockNames.get('SIGN') ?? '');
  assert.equal(sign?.patterns[0]?.id.startsWith('Dyad.verbs.txt:'), true);
  const replaced = sign?.patterns.find((p) => p.key === '* {TRADE &TREATY}');
  assert.equal(replaced?.code.text, '057:057');
  assert.ok(replaced?.overrides.every((id) => id.startsWith('CAMEO.2.0.txt:')));
});

test(
  'health: every code in CAMEO.2.0.txt and Dyad.verbs.txt is in the CAMEO table',
  { skip: skipUnlessShared(TABLE) },
  () => {
    const table = cameoTable();
    const cameo = codesUsed(loadVerbDictionary(cameoPath));
    const missing = [...cameo.keys()].filter((c) => !table.has(c)).sort();
    assert.deepEqual(missing, [...KNOWN_EXTENSIONS.keys()].sort(), 'codes outside the manual are documented');
    const dyadOnly = loadVerbDictionary(defaultVerbFiles());
    for (const [code, users] of codesUsed(dyadOnly)) {
      const fromDyad = users.filter((id) => id.startsWith('Dyad.verbs.txt:'));
      if (fromDyad.length > 0) assert.ok(table.has(code), `${code} (${fromDyad.join(', ')}) is a CAMEO code`);
    }
  },
);

test(
  'the PETRARCH validation verbs: six deliberately bad lines, the rest usable',
  { skip: skipUnlessShared(VALIDATION) },
  () => {
    const path = sharedFile(VALIDATION) ?? '';
    assert.throws(() => loadVerbDictionary(path), /6 bad line/);
    const { dictionary: d, errors } = loadVerbFiles(path, { allowErrors: true });
    assert.deepEqual(
      errors.map((e) => e.line),
      [315, 463, 877, 880, 881, 937],
    );
    assertHealthy(d);
    const abandon = d.blocks.get(d.blockNames.get('ABANDON') ?? '');
    assert.ok(abandon?.patterns.some((p) => p.code.active === '1951'));
    assert.equal(findVerbForms(d, 'restored')[0]?.blockName, 'RESTORE');
    const allow = d.blocks.get(d.blockNames.get('ALLOW') ?? '');
    assert.equal(allow?.headers.length, 2);
    assert.ok(d.synsets.get('ACCORDSYN')?.phrases.some((p) => p.join(' ') === 'MILITARY'));
    assert.equal(d.synsets.get('TESTSYN3')?.preps.length, 3);
  },
);
