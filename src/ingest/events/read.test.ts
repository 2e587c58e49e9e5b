import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { readEventFile, sniffEventFile } from './read.js';
import { collect, tempFile } from './testing/collect.js';
import {
  cameoFromMergedTable,
  countryNamesFromReference,
  fipsToIso3FromGeonames,
} from './testing/reference.js';

const options = {
  fipsToIso3: fipsToIso3FromGeonames() ?? ((): null => null),
  countryNameToIso3: countryNamesFromReference() ?? ((): null => null),
  cameo: cameoFromMergedTable() ?? ((): null => null),
};

test(
  'auto picks the reader from the file itself',
  { skip: skipUnlessShared('corpus/icews/events.2018.sample.tab') },
  async () => {
    const cases: [string, string][] = [
      ['corpus/gdelt/spark-gdelt-testdata/events.csv', 'gdelt2'],
      ['corpus/gdelt/gdelt-demo/events_sample_v1.tsv', 'gdelt1'],
      ['corpus/icews/events.2018.sample.tab', 'icews'],
      ['gold/cameo-manual/dev.jsonl', 'plover'],
    ];
    for (const [path, dataset] of cases) {
      const got = await collect(readEventFile(sharedFile(path) as string, 'auto', options));
      assert.ok(got.events.length > 0, path);
      assert.ok(
        got.events.every((e) => e.dataset === dataset),
        path,
      );
    }
    const mentions = await collect(
      readEventFile(sharedFile('corpus/gdelt/spark-gdelt-testdata/mentions.csv') as string, 'auto', options),
    );
    assert.equal(mentions.mentions.length, 100);
  },
);

test('auto refuses what it does not read, naming it; an empty file yields nothing', async () => {
  await assert.rejects(
    collect(readEventFile(tempFile('n.txt', 'hello world\n'), 'auto', options)),
    /looks like plain text/,
  );
  assert.deepEqual(await collect(readEventFile(tempFile('e.tsv', ''), 'auto', options)), {
    events: [],
    mentions: [],
    skips: [],
  });
  assert.equal((await sniffEventFile(tempFile('j.json', '{"id": 1}\n'))).kind, 'json');
});
