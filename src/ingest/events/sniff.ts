/**
 * Recognises what a dataset file is from its first lines, so an importer given the wrong
 * file stops at once and says what the file looks like.
 */
import { GDELT2_EVENTS, GDELT2_MENTIONS, GDELT1_DAILY } from './gdelt/columns.js';

export type Sniffed =
  | 'gdelt2-events'
  | 'gdelt1-events'
  | 'gdelt2-mentions'
  | 'gdelt-gkg2'
  | 'gdelt-gkg1'
  | 'gdelt-csv'
  | 'icews'
  | 'json'
  | 'csv'
  | 'tsv'
  | 'binary'
  | 'empty'
  | 'text';

export interface SniffResult {
  readonly kind: Sniffed;
  /** What the file looks like, for a person ("GDELT 2.1 GKG (Global Knowledge Graph), not an event table"). */
  readonly description: string;
}

export const ICEWS_COLUMNS: readonly string[] = Object.freeze([
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
]);

const GDELT_NAMES = new Set(
  [...GDELT2_EVENTS.columns, ...GDELT1_DAILY.columns, ...GDELT2_MENTIONS].map((c) => c.toLowerCase()),
);

/** True when a line holds data no text file has: NUL bytes, or mostly undecodable bytes. */
export function looksBinary(line: string): boolean {
  if (line.includes('\u0000')) return true;
  if (!line.includes('\uFFFD')) return false;
  let bad = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0xfffd) bad++;
  return line.length > 0 && bad / line.length > 0.1;
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount) [best, bestCount] = [v, c];
  return best;
}

/** Sniffs the first non-empty lines of a file (five or so are enough). */
export function sniffLines(lines: readonly string[]): SniffResult {
  const sample = lines.filter((l) => l.trim() !== '');
  const first = sample[0];
  if (first === undefined) return { kind: 'empty', description: 'an empty file' };
  if (sample.some(looksBinary)) return { kind: 'binary', description: 'binary data, not a text table' };
  const head = first.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return { kind: 'json', description: 'JSON' };
  const tabs = first.split('\t');
  if (tabs.length > 1) {
    if (ICEWS_COLUMNS.every((c) => tabs.includes(c)))
      return { kind: 'icews', description: 'an ICEWS event file' };
    const count = mostCommon(sample.map((l) => l.split('\t').length));
    const lead = (first.split('\t')[0] ?? '').trim();
    if (count === 61) return { kind: 'gdelt2-events', description: 'a GDELT 2.0 events file (61 columns)' };
    if (count === 57 || count === 58) {
      return { kind: 'gdelt1-events', description: `a GDELT 1.0 events file (${count} columns)` };
    }
    if (count === 16)
      return { kind: 'gdelt2-mentions', description: 'a GDELT 2.0 mentions file (16 columns)' };
    if (count === 27 && /^\d{14}-T?\d+$/.test(lead)) {
      return {
        kind: 'gdelt-gkg2',
        description: 'GDELT 2.1 GKG (Global Knowledge Graph, 27 columns), not an event table',
      };
    }
    if (count === 11 && (/^\d{8}$/.test(lead) || lead === 'DATE')) {
      return {
        kind: 'gdelt-gkg1',
        description: 'GDELT 1.0 GKG (Global Knowledge Graph, 11 columns), not an event table',
      };
    }
    return { kind: 'tsv', description: `a tab-separated table with ${count} columns` };
  }
  if (first.includes(',')) {
    const names = first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
    const known = names.filter((n) => GDELT_NAMES.has(n)).length;
    if (known >= Math.min(8, names.length)) {
      const table = names.includes('mentionidentifier') ? 'mentions' : 'events';
      return {
        kind: 'gdelt-csv',
        description: `a comma-separated export of the GDELT ${table} table with a header row (BigQuery style)`,
      };
    }
    return { kind: 'csv', description: 'a comma-separated (CSV) file' };
  }
  return { kind: 'text', description: 'plain text' };
}
