/**
 * Builds Dyad's run-time data under data/ from ../shared/reference.
 *
 *   npm run build:data                       # everything (needs ../shared)
 *   npm run build:data -- --shared DIR       # another copy of shared/
 *   npm run build:data -- --compile-only     # only data/compiled/ (no ../shared needed)
 *
 * The output is deterministic: the same inputs give byte-identical files.
 * Hand-written inputs live in data/ too and are never overwritten:
 * actors/Dyad.additions.actors.txt, agents/Dyad.agents.txt,
 * countries.additions.tsv, places.additions.tsv.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseActorFile } from '../src/dict/actor-file.js';
import { compileDictionaries } from '../src/dict/compiled.js';
import { compilePlaces } from '../src/dict/compiled-places.js';
import { projectRoot, sharedRoot } from '../src/testing/shared.js';
import { buildCameo } from './build-data/cameo.js';
import { buildCountries } from './build-data/countries.js';
import type { BuildContext } from './build-data/files.js';
import { buildGazetteer } from './build-data/gazetteer.js';
import { buildLeaders } from './build-data/leaders.js';
import { buildPartnerships } from './build-data/partnerships.js';

const COPIED: readonly (readonly [string, string])[] = [
  ['reference/petrarch-dictionaries/Phoenix.Countries.actors.txt', 'actors/Phoenix.Countries.actors.txt'],
  [
    'reference/petrarch-dictionaries/Phoenix.International.actors.txt',
    'actors/Phoenix.International.actors.txt',
  ],
  ['reference/petrarch-dictionaries/Phoenix.MilNonState.actors.txt', 'actors/Phoenix.MilNonState.actors.txt'],
  ['reference/petrarch-dictionaries/Phoenix.agents.txt', 'agents/Phoenix.agents.txt'],
  ['reference/petrarch-dictionaries/Phoenix.discards.txt', 'discards/Phoenix.discards.txt'],
  ['reference/petrarch-dictionaries/LICENSE.txt', 'actors/LICENSE.Phoenix.txt'],
  ['reference/petrarch-dictionaries/CAMEO.2.0.txt', 'verbs/CAMEO.2.0.txt'],
  ['reference/petrarch-dictionaries/LICENSE.txt', 'verbs/LICENSE.CAMEO.txt'],
];

function option(args: readonly string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

function main(args: readonly string[]): void {
  const shared = resolve(option(args, '--shared') ?? sharedRoot);
  const out = resolve(option(args, '--out') ?? join(projectRoot, 'data'));
  const notes: string[] = [];
  const ctx: BuildContext = { shared, out, log: (line) => notes.push(line) };

  if (!args.includes('--compile-only')) {
    if (!existsSync(join(shared, 'reference')))
      throw new Error(`no reference data under ${shared} (give --shared DIR)`);
    for (const [from, to] of COPIED) {
      mkdirSync(join(out, to, '..'), { recursive: true });
      writeFileSync(join(out, to), readFileSync(join(shared, from)), { mode: 0o644 });
    }
    const countries = buildCountries(ctx);
    const phoenix = parseActorFile(
      readFileSync(join(out, 'actors/Phoenix.Countries.actors.txt'), 'utf8'),
      'Phoenix.Countries.actors.txt',
    );
    buildLeaders(ctx, countries.byName, phoenix.value.entries);
    buildGazetteer(ctx, new Map(countries.rows.map((r) => [r.iso2, r.iso3])));
    buildCameo(ctx);
    buildPartnerships(ctx);
  }
  const compiled = compileDictionaries(out);
  notes.push(...compiled);
  notes.push(...compilePlaces(out));
  for (const n of notes) process.stdout.write(`${n}\n`);
}

main(process.argv.slice(2));
