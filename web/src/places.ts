/** Event locations for the map (pure). */
import type { EventJson } from './api/types.js';

export interface Place {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly events: EventJson[];
}

/** Events grouped by place (name and coordinates), most events first. */
export function places(events: readonly EventJson[]): Place[] {
  const byKey = new Map<string, Place>();
  for (const e of events) {
    const l = e.location;
    if (!l || l.lat === null || l.lon === null) continue;
    const key = `${l.name}|${l.lat}|${l.lon}`;
    const place = byKey.get(key) ?? { name: l.name, country: l.country, lat: l.lat, lon: l.lon, events: [] };
    place.events.push(e);
    byKey.set(key, place);
  }
  return [...byKey.values()].sort(
    (x, y) => y.events.length - x.events.length || x.name.localeCompare(y.name),
  );
}

/** The viewBox [x, y, width, height] showing every place with a margin (2:1, at least 100° wide), or the world. */
export function fitView(list: readonly Place[]): [number, number, number, number] {
  if (list.length === 0) return [0, 0, 360, 180];
  const xs = list.map((p) => p.lon + 180);
  const ys = list.map((p) => 90 - p.lat);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let width = Math.min(360, Math.max(100, (x1 - x0) * 1.3 + 20));
  const height = Math.min(180, Math.max(width / 2, (y1 - y0) * 1.3 + 10));
  width = Math.min(360, Math.max(width, height * 2));
  const clamp = (v: number, hi: number) => Math.max(0, Math.min(hi, v));
  const x = clamp((x0 + x1) / 2 - width / 2, 360 - width);
  const y = clamp((y0 + y1) / 2 - height / 2, 180 - height);
  return [round(x), round(y), round(width), round(height)];
}

/** Two decimals, for SVG coordinates. */
export const round = (n: number) => Math.round(n * 100) / 100;
