/**
 * Reading a gold file from disk: the format is recognised from its content, every bad line
 * is listed in one DyadError, and the seed's article is read when it can be found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DyadError } from '../core/errors.js';
import type { Parsed } from './json-lines.js';
import { parseCameoManualGold } from './read-cameo-manual.js';
import { parsePetrSuiteGold } from './read-petr-suite.js';
import { parseSeedGold } from './read-seed.js';
import type { GoldFormat, GoldSet } from './types.js';

/** The gold format of `text`, or null when it is none of the three. */
export function detectGoldFormat(text: string): GoldFormat | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
    try {
      const first = JSON.parse(firstLine) as Record<string, unknown>;
      if ('expected_events' in first) return 'petr-suite';
      if ('events' in first && 'text' in first) return 'cameo-manual';
    } catch {
      // not one record per line: try the whole text below
    }
    try {
      const whole = JSON.parse(trimmed) as Record<string, unknown>;
      if ('article' in whole && 'events' in whole) return 'seed';
    } catch {
      return null;
    }
  }
  return null;
}

/** Parses gold text of a known or detected format. */
export function parseGold(
  text: string,
  file: string,
  options: { format?: GoldFormat; articleText?: string | null } = {},
): Parsed<GoldSet> {
  const format = options.format ?? detectGoldFormat(text);
  if (format === 'petr-suite') return parsePetrSuiteGold(text, file);
  if (format === 'cameo-manual') return parseCameoManualGold(text, file);
  if (format === 'seed') return parseSeedGold(text, file, options.articleText ?? null);
  throw new DyadError(
    file,
    'not a gold file Dyad knows (CAMEO-manual JSONL, PETRARCH suite JSONL or seed JSON)',
  );
}

/**
 * Where a seed gold's article is: its `article` path is relative to the shared folder,
 * two levels above `gold/seed/`. Returns null when the file is not there.
 */
export function seedArticlePath(goldPath: string, article: string): string | null {
  const candidates = [resolve(dirname(goldPath), '..', '..', article), resolve(dirname(goldPath), article)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Reads and parses a gold file; throws DyadError listing every problem. */
export function readGoldFile(
  path: string,
  options: { format?: GoldFormat; articlePath?: string } = {},
): GoldSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DyadError(path, 'cannot read gold file');
  }
  const file = basename(path);
  const format = options.format ?? detectGoldFormat(text);
  let articleText: string | null = null;
  if (format === 'seed') {
    let article: unknown = null;
    try {
      article = (JSON.parse(text) as { article?: unknown }).article;
    } catch {
      // reported by the parser below
    }
    const articlePath =
      options.articlePath ?? (typeof article === 'string' ? seedArticlePath(path, article) : null);
    if (articlePath !== null) articleText = readFileSync(articlePath, 'utf8');
  }
  const parsed = parseGold(text, file, { ...(format === null ? {} : { format }), articleText });
  if (parsed.errors.length > 0) {
    throw new DyadError(
      path,
      `${parsed.errors.length} problem(s) in the gold file:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`,
    );
  }
  return parsed.value;
}
