/**
 * The compiled cache: data/compiled/dictionaries.json holds the parsed actor,
 * agent and discard files in a compact form, each phrase with its index key
 * (only where it differs from the phrase lower-cased), and the sha256 of every
 * source it was built from. Reading it skips the text parsing and the
 * tokenising of ~60,000 phrases. The loader
 * uses it only when the files it is asked for are exactly those sources with the
 * same sha256 and the same stem mode; otherwise it parses the sources. Written
 * by `npm run build:data` (or `-- --compile-only`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorFile, ActorKind } from './actor-file.js';
import { parseActorFile } from './actor-file.js';
import type { AgentEntry, AgentFile } from './agent-file.js';
import { parseAgentFile } from './agent-file.js';
import type { LazyActorSource, StemMode } from './actors.js';
import type { DatedCode } from './dated-code.js';
import { parseDiscardFile, type DiscardFile } from './discard-file.js';
import { phraseParts } from './text.js';

export const COMPILED_FILE = 'compiled/dictionaries.json';
const FORMAT = 3;

/** Dyad's own files, in priority order (relative to the data folder). */
export const DEFAULT_FILES = {
  actors: [
    'actors/Dyad.additions.actors.txt',
    'actors/Dyad.leaders.actors.txt',
    'actors/Phoenix.Countries.actors.txt',
    'actors/Phoenix.International.actors.txt',
    'actors/Phoenix.MilNonState.actors.txt',
  ],
  agents: ['agents/Dyad.agents.txt', 'agents/Phoenix.agents.txt'],
  discards: ['discards/Phoenix.discards.txt'],
} as const;

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

type CompactCode = [string, string | null, string | null, 0 | 1];
/** A phrase's key, or 0 when it is `cheapKey(text)`. */
type Key = string | 0;
type CompactActor = [number, string, ActorKind, [string, number, 0 | 1, Key][], CompactCode[]];
type CompactAgent = [number, string, string, 's' | 'p', [string, 0 | 1, 0 | 1, Key][]];
type CompactDiscard = [number, string, 's' | 'S', 0 | 1];

export interface CompiledData {
  readonly format: number;
  readonly stems: StemMode;
  /** Source path (relative to the data folder) → sha256. */
  readonly sources: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly actors: { readonly files: readonly string[]; readonly entries: readonly CompactActor[][] };
  readonly agents: { readonly files: readonly string[]; readonly entries: readonly CompactAgent[][] };
  readonly discards: { readonly files: readonly string[]; readonly entries: readonly CompactDiscard[][] };
}

/** The key most phrases have: lower-cased, underscores as spaces. */
function cheapKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

function keyOf(text: string): Key {
  const key = phraseParts(text).join(' ');
  return key === cheapKey(text) ? 0 : key;
}

/** Decoded files with the index key of every phrase, in file/entry/phrase order. */
export interface Decoded<F> {
  readonly files: F[];
  readonly keys: string[];
}

/** The line number of an entry's id (`file:line`). */
export function lineOf(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1));
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function encodeActors(file: ActorFile): CompactActor[] {
  return file.entries.map((e) => [
    lineOf(e.id),
    e.name,
    e.kind,
    e.phrases.map((p) => [p.text, p.line, p.exact ? 1 : 0, keyOf(p.text)]),
    e.codes.map((c) => [c.code, c.from, c.to, c.isDefault ? 1 : 0]),
  ]);
}

/** A lazy actor source over the compact entries of the cache (see buildLazyActorDictionary). */
export function lazyActors(
  fileNames: readonly string[],
  all: readonly (readonly CompactActor[])[],
): LazyActorSource {
  const flat: CompactActor[] = [];
  const fileOf: number[] = [];
  all.forEach((entries, f) => {
    for (const e of entries) {
      flat.push(e);
      fileOf.push(f);
    }
  });
  return {
    files: fileNames,
    counts: all.map((entries) => entries.length),
    phrases: (k) =>
      (flat[k]?.[3] ?? []).map(([text, , exact, key]) => ({
        key: key === 0 ? cheapKey(text) : key,
        exact: exact === 1,
      })),
    entry: (k) => {
      const [line, name, kind, phrases, codes] = flat[k] ?? [0, '', 'none', [], []];
      return Object.freeze({
        id: `${fileNames[fileOf[k] ?? 0] ?? ''}:${line}`,
        name,
        kind,
        phrases: Object.freeze(
          phrases.map(([text, l, exact]) => Object.freeze({ text, line: l, exact: exact === 1 })),
        ),
        codes: Object.freeze(
          codes.map(([code, from, to, d]): DatedCode =>
            Object.freeze({ code, from, to, isDefault: d === 1 }),
          ),
        ),
      });
    },
  };
}

export function encodeAgents(file: AgentFile): CompactAgent[] {
  return file.entries.map((e) => [
    lineOf(e.id),
    e.name,
    e.code,
    e.position === 'suffix' ? 's' : 'p',
    e.phrases.map((p) => [p.text, p.plural ? 1 : 0, p.exact ? 1 : 0, keyOf(p.text)]),
  ]);
}

export function decodeAgents(
  fileNames: readonly string[],
  all: readonly (readonly CompactAgent[])[],
): Decoded<AgentFile> {
  const keys: string[] = [];
  const files = fileNames.map((fileName, k) => ({
    file: fileName,
    entries: (all[k] ?? []).map(([line, name, code, pos, phrases]): AgentEntry =>
      Object.freeze({
        id: `${fileName}:${line}`,
        name,
        code,
        position: pos === 's' ? ('suffix' as const) : ('prefix' as const),
        phrases: Object.freeze(
          phrases.map(([text, plural, exact, key]) => {
            keys.push(key === 0 ? cheapKey(text) : key);
            return Object.freeze({ text, plural: plural === 1, exact: exact === 1 });
          }),
        ),
      }),
    ),
  }));
  return { files, keys };
}

export function encodeDiscards(file: DiscardFile): CompactDiscard[] {
  return file.entries.map((e) => [lineOf(e.id), e.phrase, e.scope === 'story' ? 'S' : 's', e.exact ? 1 : 0]);
}

export function decodeDiscards(
  fileNames: readonly string[],
  all: readonly (readonly CompactDiscard[])[],
): DiscardFile[] {
  return fileNames.map((fileName, k) => ({
    file: fileName,
    entries: (all[k] ?? []).map(([line, phrase, scope, exact]) =>
      Object.freeze({
        id: `${fileName}:${line}`,
        phrase,
        scope: scope === 'S' ? ('story' as const) : ('sentence' as const),
        exact: exact === 1,
      }),
    ),
  }));
}

/**
 * Parses Dyad's own files under `dataDir` and writes the compiled cache.
 * Returns notes for the build log. Throws when a source has errors.
 */
export function compileDictionaries(dataDir: string, stems: StemMode = 'bounded'): string[] {
  const sources: Record<string, string> = {};
  const warnings: string[] = [];
  const read = (rel: string): string => {
    const bytes = readFileSync(join(dataDir, rel));
    sources[rel] = sha256(bytes);
    return bytes.toString('utf8');
  };
  const check = <T>(
    rel: string,
    r: { value: T; errors: readonly string[]; warnings: readonly string[] },
  ): T => {
    if (r.errors.length > 0) throw new Error(`${rel}: ${r.errors.length} error(s)\n${r.errors.join('\n')}`);
    warnings.push(...r.warnings);
    return r.value;
  };
  const actorFiles = DEFAULT_FILES.actors.map((rel) => check(rel, parseActorFile(read(rel), baseName(rel))));
  const agentFiles = DEFAULT_FILES.agents.map((rel) => check(rel, parseAgentFile(read(rel), baseName(rel))));
  const discardFiles = DEFAULT_FILES.discards.map((rel) =>
    check(rel, parseDiscardFile(read(rel), baseName(rel))),
  );

  const data: CompiledData = {
    format: FORMAT,
    stems,
    sources,
    warnings,
    actors: { files: actorFiles.map((f) => f.file), entries: actorFiles.map(encodeActors) },
    agents: { files: agentFiles.map((f) => f.file), entries: agentFiles.map(encodeAgents) },
    discards: { files: discardFiles.map((f) => f.file), entries: discardFiles.map(encodeDiscards) },
  };
  mkdirSync(join(dataDir, 'compiled'), { recursive: true });
  writeFileSync(join(dataDir, COMPILED_FILE), JSON.stringify(data) + '\n');
  return [
    `compiled: ${COMPILED_FILE} from ${Object.keys(sources).length} sources, ${warnings.length} warning(s)`,
  ];
}

/** Reads the compiled cache, or null when it is missing or of another format. */
export function readCompiled(dataDir: string): CompiledData | null {
  try {
    const data = JSON.parse(readFileSync(join(dataDir, COMPILED_FILE), 'utf8')) as CompiledData;
    return data.format === FORMAT ? data : null;
  } catch {
    return null;
  }
}
