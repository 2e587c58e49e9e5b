import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { StringTable } from './string-table.js';

test('string table: answers like a Map, through growth, up to its bound', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3000 }), (keys) => {
      const table = new StringTable<number>(2000);
      const map = new Map<string, number>();
      keys.forEach((key, n) => {
        if (table.get(key) === undefined) table.set(key, n);
        if (!map.has(key) && map.size < 2000) map.set(key, n);
      });
      assert.equal(table.size, map.size);
      for (const key of keys) assert.equal(table.get(key), map.get(key), key);
      // a fresh copy of a key is found (keys are compared by value)
      for (const key of map.keys()) assert.equal(table.get([...key].join('')), map.get(key));
      assert.equal(table.get('\u0000absent'), undefined);
    }),
    { numRuns: 60 },
  );
});
