/**
 * The CAMEO event code table: Dyad's one Goldstein table (the CAMEO manual's,
 * GDELT's for the few codes the manual lacks), GDELT's quad classes and the
 * PLOVER type/mode/context of each code.
 */
import type { QuadClass } from '../core/types.js';
import type { ParseResult } from './parse-result.js';
import { listCell, parseTsv } from './tsv.js';

export interface CameoCode {
  readonly code: string;
  /** 1 = root (two digits), 2 = three digits, 3 = four digits. */
  readonly level: 1 | 2 | 3;
  readonly root: string;
  readonly name: string;
  readonly description: string;
  readonly goldstein: number;
  /** `manual`: the CAMEO manual's score; `gdelt`: GDELT's lookup (code absent from the manual). */
  readonly goldsteinSource: 'manual' | 'gdelt';
  readonly quad: QuadClass;
  readonly plover: {
    readonly type: string | null;
    readonly mode: string | null;
    readonly context: readonly string[];
  };
}

export interface CameoTable {
  readonly all: readonly CameoCode[];
  get(code: string): CameoCode | undefined;
}

export function parseCameoCodes(text: string, fileName: string): ParseResult<readonly CameoCode[]> {
  const table = parseTsv(text, fileName, [
    'code',
    'level',
    'root',
    'name',
    'description',
    'goldstein',
    'goldstein_source',
    'quad',
    'plover_type',
    'plover_mode',
    'plover_context',
  ]);
  const errors = [...table.errors];
  const out: CameoCode[] = [];
  for (const { line, cells } of table.value) {
    const code = cells.code ?? '';
    const goldstein = Number(cells.goldstein);
    const quad = Number(cells.quad);
    const level = Number(cells.level);
    const source = cells.goldstein_source;
    const problems: string[] = [];
    if (!/^\d{2,4}$/.test(code)) problems.push(`bad code "${code}"`);
    if (!cells.goldstein || !Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10)
      problems.push(`bad goldstein "${cells.goldstein}"`);
    if (quad !== 1 && quad !== 2 && quad !== 3 && quad !== 4) problems.push(`bad quad "${cells.quad}"`);
    if (level !== code.length - 1) problems.push(`level ${cells.level} does not fit code ${code}`);
    if (source !== 'manual' && source !== 'gdelt') problems.push(`bad goldstein_source "${source}"`);
    if (cells.root !== code.slice(0, 2)) problems.push(`root ${cells.root} does not fit code ${code}`);
    if (problems.length > 0) {
      errors.push(`${fileName}:${line}: ${problems.join('; ')}`);
      continue;
    }
    out.push({
      code,
      level: level as 1 | 2 | 3,
      root: code.slice(0, 2),
      name: cells.name ?? '',
      description: cells.description ?? '',
      goldstein,
      goldsteinSource: source as 'manual' | 'gdelt',
      quad: quad as QuadClass,
      plover: {
        type: cells.plover_type || null,
        mode: cells.plover_mode || null,
        context: listCell(cells.plover_context),
      },
    });
  }
  return { value: out, errors, warnings: [] };
}

export function buildCameoTable(codes: readonly CameoCode[]): CameoTable {
  const byCode = new Map(codes.map((c) => [c.code, c]));
  return Object.freeze({ all: Object.freeze([...codes]), get: (code: string) => byCode.get(code.trim()) });
}
