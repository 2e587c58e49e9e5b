/** Reads data/facts/kinds.tsv: one fact rule per row (see the file's header for the columns). */
import { compilePhrase } from './phrases.js';
import { listCell, parseTsv, sortedErrors, type Parsed } from './tsv.js';
import type { DirectionMode, FactRule, RuleFlag, UnitSpec } from './types.js';

const COLUMNS = ['id', 'kind', 'units', 'triggers', 'needs', 'unless', 'direction', 'flags'] as const;
const DIRECTIONS: ReadonlySet<string> = new Set<DirectionMode>(['none', 'flow', 'reverse', 'imposer']);
const FLAGS: ReadonlySet<string> = new Set<RuleFlag>([
  'per-year',
  'subject',
  'requires-subject',
  'of-subject',
]);

/** Parses a `units` cell, or returns an error message. */
export function parseUnits(cell: string): UnitSpec | string {
  if (cell === 'money' || cell === 'percent' || cell === 'area') return { class: cell };
  const rank = /^rank>(.+)$/.exec(cell);
  if (rank?.[1]) return { class: 'rank', output: rank[1].trim() };
  const noun = /^noun:(.+)$/.exec(cell);
  if (noun?.[1]) {
    const heads = listCell(noun[1]).map((h) => h.toLowerCase());
    if (heads.length > 0) return { class: 'noun', heads: Object.freeze(heads) };
  }
  return `units '${cell}' is not money, percent, area, rank>UNIT or noun:HEAD|HEAD`;
}

export function parseKinds(text: string, file: string): Parsed<readonly FactRule[]> {
  const table = parseTsv(text, file, COLUMNS);
  const errors = [...table.errors];
  const rules: FactRule[] = [];
  const ids = new Set<string>();
  for (const row of table.value) {
    const at = `${file}:${row.line}`;
    const cell = (name: (typeof COLUMNS)[number]): string => row.cells[name] ?? '';
    const id = cell('id');
    const kind = cell('kind');
    if (!/^[a-z_]+\/[a-z_-]+$/.test(id)) errors.push(`${at}: rule id '${id}' is not kind/name`);
    else if (ids.has(id)) errors.push(`${at}: duplicate rule id '${id}'`);
    if (!/^[a-z_]+$/.test(kind)) errors.push(`${at}: kind '${kind}' is not lower_snake_case`);
    const units = parseUnits(cell('units'));
    if (typeof units === 'string') errors.push(`${at}: ${units}`);
    const triggers = listCell(cell('triggers')).map((p) => compilePhrase(p, at));
    if (triggers.length === 0 && (typeof units === 'string' || units.class !== 'noun')) {
      errors.push(`${at}: only noun: rules may go without triggers`);
    }
    const needs = cell('needs');
    if (needs !== '-' && needs !== 'change') errors.push(`${at}: needs '${needs}' is not '-' or 'change'`);
    const direction = cell('direction');
    if (!DIRECTIONS.has(direction))
      errors.push(`${at}: direction '${direction}' is not none, flow, reverse or imposer`);
    const flags =
      cell('flags') === '-'
        ? []
        : cell('flags')
            .split(',')
            .map((f) => f.trim());
    const badFlag = flags.find((f) => !FLAGS.has(f));
    if (badFlag !== undefined) errors.push(`${at}: unknown flag '${badFlag}'`);
    if (errors.some((e) => e.startsWith(`${at}:`)) || typeof units === 'string') continue;
    ids.add(id);
    rules.push(
      Object.freeze({
        id,
        kind,
        units,
        triggers: Object.freeze(triggers),
        needsChange: needs === 'change',
        unless: Object.freeze(listCell(cell('unless')).map((p) => compilePhrase(p, at))),
        direction: direction as DirectionMode,
        flags: Object.freeze(flags as RuleFlag[]),
        entry: at,
        order: rules.length,
      }),
    );
  }
  return { value: Object.freeze(rules), errors: sortedErrors(errors) };
}
