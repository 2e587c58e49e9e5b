import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { sha256 } from './compiled.js';
import { PLACE_FILES, readCompiledPlaces } from './compiled-places.js';
import { DEFAULT_DATA_DIR, loadActorFile, loadAgentFile, loadDictionaries } from './load.js';

const dicts = loadDictionaries();

test("Dyad's full set loads, frozen, with a sha256 version per file", () => {
  assert.ok(dicts.actors.entries.length > 27_000);
  assert.ok(dicts.agents.entries.length > 3_000);
  assert.deepEqual(dicts.actors.files, [
    'Dyad.additions.actors.txt',
    'Dyad.leaders.actors.txt',
    'Phoenix.Countries.actors.txt',
    'Phoenix.International.actors.txt',
    'Phoenix.MilNonState.actors.txt',
  ]);
  for (const [file, version] of Object.entries(dicts.versions)) {
    assert.match(version, /^[0-9a-f]{64}$/);
    assert.equal(version, sha256(readFileSync(join(DEFAULT_DATA_DIR, file))), file);
  }
  assert.ok('actors/Phoenix.Countries.actors.txt' in dicts.versions);
  assert.ok(
    Object.isFrozen(dicts) &&
      Object.isFrozen(dicts.actors.entries) &&
      Object.isFrozen(dicts.actors.entries[0]),
  );
  assert.ok(Object.isFrozen(dicts.actors.entries[0]?.codes));
  // Phoenix's typos are warnings, each with file:line.
  for (const w of dicts.warnings) assert.match(w, /^[\w.]+:\d+: /);
  assert.ok(dicts.warnings.some((w) => w.startsWith('Phoenix.Countries.actors.txt:2039: impossible date')));
});

test('the compiled cache gives exactly what parsing the sources gives', () => {
  const raw = loadDictionaries({ compiled: false });
  assert.deepEqual(raw.actors.entries, dicts.actors.entries);
  assert.deepEqual(raw.agents.entries, dicts.agents.entries);
  assert.deepEqual(raw.discards.entries, dicts.discards.entries);
  assert.deepEqual([...raw.warnings].sort(), [...dicts.warnings].sort());
  const norms =
    'the belarusian leader alexander lukashenko met the chinese foreign minister wang yi and u.s. officials in minsk'.split(
      ' ',
    );
  for (let i = 0; i < norms.length; i++) {
    assert.deepEqual(
      raw.actors.matchAt(norms, i).map((m) => m.phraseId),
      dicts.actors.matchAt(norms, i).map((m) => m.phraseId),
    );
    assert.deepEqual(
      raw.agents.matchAt(norms, i).map((m) => m.entry.id),
      dicts.agents.matchAt(norms, i).map((m) => m.entry.id),
    );
  }
});

test('the compiled gazetteer gives exactly what parsing the place files gives', () => {
  const raw = loadDictionaries({ compiled: false });
  assert.deepEqual(raw.gazetteer.places, dicts.gazetteer.places);
  for (const name of [
    'Beijing',
    'Minsk',
    'São Paulo',
    'Sao Paulo',
    'Smolevichi',
    'New York City',
    'Great Stone',
  ])
    assert.deepEqual(dicts.gazetteer.lookup(name), raw.gazetteer.lookup(name), name);
  const norms = 'talks in great stone near minsk , then in new york and são paulo'.split(' ');
  for (let i = 0; i < norms.length; i++)
    assert.deepEqual(dicts.gazetteer.matchAt(norms, i), raw.gazetteer.matchAt(norms, i));
});

test('the compiled gazetteer is used only for the bytes it was built from', () => {
  const shas = Object.fromEntries(
    PLACE_FILES.map((rel) => [rel, sha256(readFileSync(join(DEFAULT_DATA_DIR, rel)))]),
  );
  assert.ok(
    readCompiledPlaces(DEFAULT_DATA_DIR, shas),
    'data/compiled/places.json is stale: npm run build:data',
  );
  assert.equal(readCompiledPlaces(DEFAULT_DATA_DIR, { ...shas, 'gazetteer.tsv': sha256('other') }), null);
  assert.equal(readCompiledPlaces(mkdtempSync(join(tmpdir(), 'dyad-places-')), shas), null);
});

test("a user's own files replace Dyad's, and every error of a bad file is listed", () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  const good = join(dir, 'mine.actors.txt');
  writeFileSync(good, 'GONDOR_ [GON]\n+MINAS_TIRITH_\n');
  const mine = loadDictionaries({ actors: [good] });
  assert.deepEqual(mine.actors.files, ['mine.actors.txt']);
  assert.equal(mine.actors.matchAt(['minas', 'tirith'], 0)[0]?.entry.id, 'mine.actors.txt:1');
  assert.equal(mine.actors.matchAt(['belarus'], 0).length, 0);
  assert.equal(mine.versions[good], sha256('GONDOR_ [GON]\n+MINAS_TIRITH_\n'));

  const bad = join(dir, 'bad.actors.txt');
  writeFileSync(bad, '[GON]\nGONDOR_ [GON\n+\n\t[GON >99999999]\n');
  assert.throws(
    () => loadDictionaries({ actors: [bad] }),
    (e: unknown) =>
      e instanceof DyadError &&
      /bad\.actors\.txt: 3 errors/.test(e.message) &&
      /bad\.actors\.txt:1:/.test(e.message) &&
      /bad\.actors\.txt:2:/.test(e.message) &&
      /bad\.actors\.txt:3:/.test(e.message),
  );
  assert.throws(() => loadActorFile(join(dir, 'missing.txt')), DyadError);
});

test(
  'the PETRARCH validation suite dictionaries load without errors',
  { skip: skipUnlessShared('gold/petr-suite/dictionaries/PETR_Validate_actors_2_02.txt') },
  () => {
    const actors = loadActorFile(
      sharedFile('gold/petr-suite/dictionaries/PETR_Validate_actors_2_02.txt') ?? '',
    );
    const agents = loadAgentFile(
      sharedFile('gold/petr-suite/dictionaries/PETR_Validate_agents_2_02.txt') ?? '',
    );
    assert.ok(actors.entries.length > 100);
    assert.ok(agents.entries.length > 50);
    const suite = loadDictionaries({
      actors: [sharedFile('gold/petr-suite/dictionaries/PETR_Validate_actors_2_02.txt') ?? ''],
      agents: [sharedFile('gold/petr-suite/dictionaries/PETR_Validate_agents_2_02.txt') ?? ''],
      discards: [sharedFile('gold/petr-suite/dictionaries/PETR.Validate.discards.txt') ?? ''],
    });
    const [sam] = suite.actors.matchAt(['sam', 'gamgee'], 0);
    assert.equal(suite.actors.codeOn(sam!.entry, '2010-01-10'), 'ORCHOB');
    const [zimbabwe] = suite.actors.matchAt(['zimbabwe'], 0);
    assert.equal(suite.actors.codeOn(zimbabwe!.entry, '1978-12-23'), 'RHO');
    assert.equal(suite.actors.codeOn(zimbabwe!.entry, '2001-01-01'), 'ZBW');
  },
);
