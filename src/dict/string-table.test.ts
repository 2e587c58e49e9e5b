import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { StringTable } from './string-table.js';

test('string table: numbers keys like a Map, through growth, up to its bound', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 3000 }), (keys) => {
      const table = new StringTable(2000);
      const map = new Map<string, number>();
      keys.forEach((key) => {
        if (table.find(key) < 0) assert.equal(table.add(key), map.size < 2000 ? map.size : -1);
        if (!map.has(key) && map.size < 2000) map.set(key, map.size);
      });
      assert.equal(table.size, map.size);
      for (const key of keys) assert.equal(table.find(key), map.get(key) ?? -1, key);
      // a fresh copy of a key is found (keys are compared by value)
      for (const key of map.keys()) assert.equal(table.find([...key].join('')), map.get(key));
      assert.equal(table.find('\u0000absent'), -1);
    }),
    { numRuns: 60 },
  );
});
