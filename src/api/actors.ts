/**
 * Names and kinds of actor keys, for the dyad picker and for refusing keys nobody knows:
 * the countries and organisations of Dyad's dictionaries.
 */
import type { Dictionaries } from '../dict/index.js';

export interface ActorInfo {
  readonly code: string;
  readonly name: string | null;
  readonly kind: 'country' | 'organisation' | 'actor';
  /** Lower-case names to search (name, alternative names). */
  readonly search: readonly string[];
}

export interface ActorDirectory {
  get(key: string): ActorInfo | undefined;
  has(key: string): boolean;
  /** Entries whose code starts with `q` or whose name contains it (case-insensitive), best first. */
  find(q: string, limit: number): ActorInfo[];
  /** What to show for a key found only in the store. */
  describe(key: string): ActorInfo;
}

export function createActorDirectory(
  dicts: Pick<Dictionaries, 'countries' | 'partnerships'>,
): ActorDirectory {
  const byKey = new Map<string, ActorInfo>();
  for (const c of dicts.countries.all) {
    if (!/^[A-Z]{3}$/.test(c.iso3)) continue;
    byKey.set(c.iso3, {
      code: c.iso3,
      name: c.name,
      kind: 'country',
      search: [c.name, ...c.altNames].map((s) => s.toLowerCase()),
    });
  }
  for (const o of dicts.partnerships.orgs) {
    if (o.code === '' || byKey.has(o.code)) continue;
    byKey.set(o.code, { code: o.code, name: o.name, kind: 'organisation', search: [o.name.toLowerCase()] });
  }
  const all = [...byKey.values()];
  const describe = (key: string): ActorInfo =>
    byKey.get(key) ?? {
      code: key,
      name: null,
      kind: /^(IGO|NGO)/.test(key) ? 'organisation' : 'actor',
      search: [],
    };
  return {
    get: (key) => byKey.get(key),
    has: (key) => byKey.has(key),
    describe,
    find(q, limit) {
      const upper = q.toUpperCase();
      const lower = q.toLowerCase();
      const score = (a: ActorInfo): number => {
        if (a.code === upper) return 0;
        if (a.search.some((s) => s === lower)) return 1;
        if (a.code.startsWith(upper)) return 2;
        if (a.search.some((s) => s.startsWith(lower))) return 3;
        if (a.search.some((s) => s.includes(lower))) return 4;
        return -1;
      };
      return all
        .map((a) => [a, score(a)] as const)
        .filter(([, s]) => s >= 0)
        .sort((x, y) => x[1] - y[1] || x[0].code.localeCompare(y[0].code))
        .slice(0, limit)
        .map(([a]) => a);
    },
  };
}
