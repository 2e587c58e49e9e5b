/**
 * The partnership scale: maps a label as written ("all-time and comprehensive strategic partnership")
 * to a level of an ordered ladder (China's, from ../shared/reference/partnerships or
 * data/partnerships) and its rank (1 = highest; null for overlays such as "community with a shared
 * future").
 *
 * Matching (decisions, see data/facts/README.md): labels and aliases are compared after
 * normalisation (case, quotes, dash forms, spaces around hyphens, a leading article, parenthetical
 * notes in aliases). A canonical label beats an alias that collides with it ("comprehensive
 * strategic partnership" is the rank-3 label, although it is also listed as a shortening of the
 * rank-2 one); between aliases the earlier row wins. When the text as written does not match,
 * these rewrites are tried, fewest first: "all-time" read as "all-weather" (a translation variant of
 * 全天候 seen in the seed article), "and" and commas between modifiers dropped, and a trailing
 * "for a new era" / "in the new era" dropped.
 */
import { readDataFile } from '../load.js';
import { listCell, parseTsv, sortedErrors, throwIfErrors, type Parsed } from '../tsv.js';

export interface ScaleRow {
  readonly label: string;
  readonly rank: number | null;
  readonly aliases: readonly string[];
}

export interface ScaleMatch {
  readonly level: string;
  readonly rank: number | null;
}

export interface PartnershipScale {
  match(labelText: string): ScaleMatch | null;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /["“”„«»‘’'`]/g;

/** The form labels are compared in. */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(QUOTES, ' ')
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.;:!?]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:a|an|the) /, '');
}

type Rewrite = (label: string) => string;

const REWRITES: readonly Rewrite[] = [
  (s) => s.replace(/\ball-time\b/g, 'all-weather'),
  (s) => s.replace(/,/g, ' ').replace(/ and /g, ' ').replace(/\s+/g, ' ').trim(),
  (s) => s.replace(/ (?:for|in) (?:a|the) new era$/, ''),
];

/** The label and its rewrites, fewest rewrites first, without repeats. */
export function labelVariants(label: string): string[] {
  const variants: string[] = [];
  const count = REWRITES.length;
  const masks = Array.from({ length: 1 << count }, (_, m) => m).sort((a, b) => bits(a) - bits(b) || a - b);
  for (const mask of masks) {
    let form = label;
    REWRITES.forEach((rewrite, k) => {
      if (mask & (1 << k)) form = rewrite(form);
    });
    if (!variants.includes(form)) variants.push(form);
  }
  return variants;
}

function bits(n: number): number {
  let c = 0;
  for (let v = n; v > 0; v >>= 1) c += v & 1;
  return c;
}

/** Builds the scale from rows of labels, ranks and aliases. */
export function createPartnershipScale(rows: readonly ScaleRow[]): PartnershipScale {
  const index = new Map<string, ScaleMatch>();
  for (const row of rows) {
    const key = normaliseLabel(row.label);
    if (key.length > 0 && !index.has(key))
      index.set(key, Object.freeze({ level: row.label.trim(), rank: row.rank }));
  }
  for (const row of rows) {
    for (const alias of row.aliases) {
      const key = normaliseLabel(alias);
      if (key.length > 0 && !index.has(key)) {
        index.set(key, Object.freeze({ level: row.label.trim(), rank: row.rank }));
      }
    }
  }
  const frozen: ReadonlyMap<string, ScaleMatch> = index;
  return Object.freeze({
    match(labelText: string): ScaleMatch | null {
      const label = normaliseLabel(labelText);
      if (label.length === 0) return null;
      for (const variant of labelVariants(label)) {
        const found = frozen.get(variant);
        if (found) return found;
      }
      return null;
    },
  });
}

/**
 * Reads scale rows from a TSV: either ../shared/reference/partnerships/china-partnership-levels.tsv
 * (`label_en`, `rank`, `aliases` separated by `;`) or data/partnerships/scale.tsv (`label`, `rank`,
 * `aliases` separated by `|`, optional `scheme`). A rank of `NA` or empty is null. With `scheme`,
 * only that scheme's rows are kept.
 */
export function parseScaleRows(text: string, file: string, scheme?: string): Parsed<readonly ScaleRow[]> {
  const header = text.split(/\r?\n/).find((l) => l.trim().length > 0 && !l.startsWith('#')) ?? '';
  const labelColumn = header.split('\t').includes('label_en') ? 'label_en' : 'label';
  const table = parseTsv(text, file, [labelColumn, 'rank', 'aliases']);
  const errors = [...table.errors];
  const rows: ScaleRow[] = [];
  for (const row of table.value) {
    if (scheme !== undefined && row.cells['scheme'] !== undefined && row.cells['scheme'] !== scheme) continue;
    const label = row.cells[labelColumn] ?? '';
    const rankCell = (row.cells['rank'] ?? '').trim();
    const rank = rankCell === '' || rankCell.toUpperCase() === 'NA' ? null : Number(rankCell);
    if (label.length === 0) errors.push(`${file}:${row.line}: empty label`);
    else if (rank !== null && !(Number.isInteger(rank) && rank > 0)) {
      errors.push(`${file}:${row.line}: rank '${rankCell}' is not a positive integer or NA`);
    } else {
      const cell = row.cells['aliases'] ?? '';
      const aliases =
        labelColumn === 'label_en'
          ? cell
              .split(';')
              .map((a) => a.trim())
              .filter(Boolean)
          : listCell(cell);
      rows.push(Object.freeze({ label, rank, aliases: Object.freeze(aliases) }));
    }
  }
  return { value: Object.freeze(rows), errors: sortedErrors(errors) };
}

/** Reads a scale file (either format above) and builds the scale; throws a DyadError naming `file:line`. */
export function loadPartnershipScale(path: string, scheme?: string): PartnershipScale {
  const rows = parseScaleRows(readDataFile(path), path, scheme);
  throwIfErrors(rows.errors);
  return createPartnershipScale(rows.value);
}
