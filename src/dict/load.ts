/**
 * Loads Dyad's dictionaries and tables (or a user's own actor, agent and
 * discard files in the same formats). Reading is the only side effect: the
 * parsers are pure, results are frozen.
 *
 * Each file's `version` is the sha256 (hex) of its bytes. A file with format
 * errors makes the load throw a DyadError that lists every error of that file.
 * Dyad's own set loads from data/compiled/dictionaries.json when every source
 * still has the sha256 the cache was built from (see compiled.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';
import { parseActorFile, type ActorFile } from './actor-file.js';
import {
  buildActorDictionary,
  buildLazyActorDictionary,
  type ActorDictionary,
  type StemMode,
} from './actors.js';
import { parseAgentFile, type AgentFile } from './agent-file.js';
import { buildAgentDictionary, type AgentDictionary } from './agents.js';
import { buildCameoTable, parseCameoCodes, type CameoTable } from './cameo.js';
import { decodeAgents, lazyActors, decodeDiscards, DEFAULT_FILES, readCompiled, sha256 } from './compiled.js';
import {
  buildCountries,
  parseCameoCountryCodes,
  parseCountries,
  parseRegions,
  type Countries,
} from './countries.js';
import { parseDiscardFile, type DiscardFile } from './discard-file.js';
import { buildDiscardList, type DiscardList } from './discards.js';
import { buildGazetteer, parsePlaces, type Gazetteer } from './gazetteer.js';
import { PLACE_FILES, readCompiledPlaces } from './compiled-places.js';
import { deepFreeze, type ParseResult } from './parse-result.js';
import { buildVocabulary, Starts, type Vocabulary } from './vocabulary.js';
import {
  buildPartnerships,
  parseEvents,
  parseMemberships,
  parseOrgs,
  parseScale,
  type Partnerships,
} from './partnerships.js';

/** Dyad's data folder (data/ at the project root). */
export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export interface LoadOptions {
  /** Folder holding Dyad's data (default: the project's data/). */
  readonly dataDir?: string;
  /** Actor files to use instead of Dyad's (paths; relative ones from the working directory), in priority order. */
  readonly actors?: readonly string[];
  /** Agent files to use instead of Dyad's. */
  readonly agents?: readonly string[];
  /** Discard files to use instead of Dyad's. */
  readonly discards?: readonly string[];
  /**
   * How an open last word (no trailing `_`) matches: `bounded` (default; see
   * phrase-index.ts) or `tabari` (any word it begins, as TABARI did).
   */
  readonly stems?: StemMode;
  /** Set false to ignore data/compiled (always parse the sources). */
  readonly compiled?: boolean;
}

export interface Dictionaries {
  readonly actors: ActorDictionary;
  readonly agents: AgentDictionary;
  readonly discards: DiscardList;
  readonly countries: Countries;
  readonly gazetteer: Gazetteer;
  readonly cameo: CameoTable;
  readonly partnerships: Partnerships;
  /** Which of the phrase dictionaries may start a phrase at a token (one lookup per token). */
  readonly vocabulary: Vocabulary;
  /** sha256 (hex) of every file read, keyed by its path (relative to the data folder for Dyad's own). */
  readonly versions: Readonly<Record<string, string>>;
  /** Lines Dyad read with an interpretation or skipped (`file:line: ...`); never fatal. */
  readonly warnings: readonly string[];
}

interface Source {
  readonly key: string;
  readonly path: string;
  readonly name: string;
  readonly text: string;
  readonly sha: string;
}

function readSource(path: string, key: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DyadError(
      path,
      `cannot read dictionary file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return { key, path, name: basename(path), text: bytes.toString('utf8'), sha: sha256(bytes) };
}

/** Throws a DyadError listing every error of the file when there are any. */
export function orThrow<T>(source: { readonly name: string }, result: ParseResult<T>, warnings: string[]): T {
  if (result.errors.length > 0) {
    const n = result.errors.length;
    throw new DyadError(source.name, `${n} error${n === 1 ? '' : 's'}:\n${result.errors.join('\n')}`);
  }
  warnings.push(...result.warnings);
  return result.value;
}

export function loadActorFile(path: string): ActorFile {
  const s = readSource(path, path);
  return orThrow(s, parseActorFile(s.text, s.name), []);
}

export function loadAgentFile(path: string): AgentFile {
  const s = readSource(path, path);
  return orThrow(s, parseAgentFile(s.text, s.name), []);
}

export function loadDiscardFile(path: string): DiscardFile {
  const s = readSource(path, path);
  return orThrow(s, parseDiscardFile(s.text, s.name), []);
}

/** Loads every dictionary and table. Synchronous; see LoadOptions. */
export function loadDictionaries(options: LoadOptions = {}): Dictionaries {
  const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const stems = options.stems ?? 'bounded';
  const warnings: string[] = [];
  const versions: Record<string, string> = {};
  const own = (rel: string): Source => {
    const s = readSource(join(dataDir, rel), rel);
    versions[rel] = s.sha;
    return s;
  };
  const user = (path: string): Source => {
    const full = isAbsolute(path) ? path : resolve(path);
    const s = readSource(full, path);
    versions[path] = s.sha;
    return s;
  };
  const actorSources = options.actors ? options.actors.map(user) : DEFAULT_FILES.actors.map(own);
  const agentSources = options.agents ? options.agents.map(user) : DEFAULT_FILES.agents.map(own);
  const discardSources = options.discards ? options.discards.map(user) : DEFAULT_FILES.discards.map(own);
  const placeSources = PLACE_FILES.map(own);

  // The compiled cache serves a part only when that part is Dyad's own, unchanged.
  const cache = options.compiled === false ? null : readCompiled(dataDir);
  const fresh = (custom: unknown, sources: readonly Source[]): boolean =>
    cache !== null &&
    custom === undefined &&
    cache.stems === stems &&
    sources.every((s) => cache.sources[s.key] === s.sha);
  const cachedFiles = new Set<string>();

  let actors: ActorDictionary;
  if (cache && fresh(options.actors, actorSources)) {
    actors = buildLazyActorDictionary(lazyActors(cache.actors.files, cache.actors.entries), stems);
    cache.actors.files.forEach((f) => cachedFiles.add(f));
  } else {
    actors = buildActorDictionary(
      actorSources.map((s) => freezeFile(orThrow(s, parseActorFile(s.text, s.name), warnings))),
      stems,
    );
  }

  let agents: AgentDictionary;
  if (cache && fresh(options.agents, agentSources)) {
    const { files, keys } = decodeAgents(cache.agents.files, cache.agents.entries);
    agents = buildAgentDictionary(files, stems, keys);
    cache.agents.files.forEach((f) => cachedFiles.add(f));
  } else {
    agents = buildAgentDictionary(
      agentSources.map((s) => freezeFile(orThrow(s, parseAgentFile(s.text, s.name), warnings))),
      stems,
    );
  }

  let discards: DiscardList;
  if (cache && fresh(options.discards, discardSources)) {
    discards = buildDiscardList(decodeDiscards(cache.discards.files, cache.discards.entries));
    cache.discards.files.forEach((f) => cachedFiles.add(f));
  } else {
    discards = buildDiscardList(
      discardSources.map((s) => freezeFile(orThrow(s, parseDiscardFile(s.text, s.name), warnings))),
    );
  }
  if (cache)
    for (const w of cache.warnings) if (cachedFiles.has(w.slice(0, w.indexOf(':')))) warnings.push(w);

  // Places are read on first use: from the compiled gazetteer when it was built from these very
  // bytes, else parsed (a file error then throws there).
  const placeShas = Object.fromEntries(placeSources.map((s) => [s.key, s.sha]));
  const gazetteer = buildGazetteer(
    () =>
      (options.compiled === false ? null : readCompiledPlaces(dataDir, placeShas)) ?? {
        places: placeSources.flatMap((s) => orThrow(s, parsePlaces(s.text, s.name), [])),
      },
  );

  const countriesSource = own('countries.tsv');
  const cameoCountriesSource = own('cameo/country-codes.tsv');
  const regionsSource = own('countries.regions.tsv');
  const countries = buildCountries(
    orThrow(countriesSource, parseCountries(countriesSource.text, countriesSource.name), warnings),
    orThrow(
      cameoCountriesSource,
      parseCameoCountryCodes(cameoCountriesSource.text, cameoCountriesSource.name),
      warnings,
    ),
    orThrow(regionsSource, parseRegions(regionsSource.text, regionsSource.name), warnings),
  );

  const cameoSource = own('cameo/codes.tsv');
  const cameo = buildCameoTable(
    orThrow(cameoSource, parseCameoCodes(cameoSource.text, cameoSource.name), warnings),
  );

  const scale = own('partnerships/scale.tsv');
  const events = own('partnerships/upgrades.tsv');
  const orgs = own('partnerships/orgs.tsv');
  const members = own('partnerships/memberships.tsv');
  const partnerships = buildPartnerships(
    orThrow(scale, parseScale(scale.text, scale.name), warnings),
    orThrow(events, parseEvents(events.text, events.name), warnings),
    orThrow(orgs, parseOrgs(orgs.text, orgs.name), warnings),
    orThrow(members, parseMemberships(members.text, members.name), warnings),
  );

  const vocabulary = buildVocabulary([
    { bit: Starts.ACTOR, begins: actors.begins },
    { bit: Starts.COUNTRY, begins: countries.begins },
    { bit: Starts.AGENT, begins: agents.begins },
    { bit: Starts.PLACE, begins: gazetteer.begins },
    { bit: Starts.DISCARD, begins: discards.begins },
  ]);

  return Object.freeze({
    actors,
    agents,
    discards,
    countries,
    gazetteer,
    cameo,
    partnerships,
    vocabulary,
    versions: Object.freeze({ ...versions }),
    warnings: Object.freeze([...warnings]),
  });
}

/** Freezes a parsed file's entries (the parsers return plain data). */
function freezeFile<F extends { readonly entries: readonly unknown[] }>(file: F): F {
  for (const e of file.entries) deepFreeze(e);
  return file;
}
