/** Test helpers: run an importer to the end, and write temporary input files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedEvent, ImportedMention, ImportItem } from '../types.js';

export interface Collected {
  readonly events: ImportedEvent[];
  readonly mentions: ImportedMention[];
  readonly skips: { file: string; line: number; reason: string }[];
}

export async function collect(items: AsyncIterable<ImportItem>): Promise<Collected> {
  const out: Collected = { events: [], mentions: [], skips: [] };
  for await (const item of items) {
    if (item.kind === 'event') out.events.push(item.event);
    else if (item.kind === 'mention') out.mentions.push(item.mention);
    else out.skips.push({ file: item.file, line: item.line, reason: item.reason });
  }
  return out;
}

/** Writes `content` to a new temporary directory and returns the file's path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-interop-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
