import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventJson } from './api/types.js';
import { fitView, places } from './places.js';

const at = (id: string, name: string, lat: number | null, lon: number | null) =>
  ({ id, location: { name, country: 'BLR', lat, lon } }) as unknown as EventJson;

test('events are grouped by place, most events first; events without coordinates are left out', () => {
  const list = places([
    at('1', 'Minsk', 53.9, 27.56),
    at('2', 'Beijing', 39.9, 116.4),
    at('3', 'Minsk', 53.9, 27.56),
    at('4', 'Nowhere', null, 10),
    { id: '5', location: null } as unknown as EventJson,
  ]);
  assert.deepEqual(
    list.map((p) => [p.name, p.events.map((e) => e.id)]),
    [
      ['Minsk', ['1', '3']],
      ['Beijing', ['2']],
    ],
  );
});

test('fitView shows the world without places, and every place (2:1, inside the world) with them', () => {
  assert.deepEqual(fitView([]), [0, 0, 360, 180]);
  for (const sample of [
    [at('1', 'Minsk', 53.9, 27.56), at('2', 'Beijing', 39.9, 116.4)],
    [at('1', 'Suva', -18.1, 178.4)],
    [at('1', 'Anchorage', 61.2, -149.9), at('2', 'Perth', -31.9, 115.9)],
  ]) {
    const list = places(sample);
    const [x, y, w, h] = fitView(list);
    assert.ok(x >= 0 && y >= 0 && x + w <= 360.01 && y + h <= 180.01, `inside: ${[x, y, w, h]}`);
    assert.ok(Math.abs(w / h - 2) < 0.01 || w === 360, `2:1: ${[w, h]}`);
    for (const p of list) {
      assert.ok(p.lon + 180 >= x && p.lon + 180 <= x + w, `${p.name} x`);
      assert.ok(90 - p.lat >= y && 90 - p.lat <= y + h, `${p.name} y`);
    }
  }
});
