/** Plain-text tables for an `EvalReport`, as `dyad eval` prints them. */
import { dyadText } from './dyads.js';
import type { EvalReport, LevelScore, RecordScore } from './types.js';

export interface FormatOptions {
  /** Rows of misses, false positives and violations to list (default 20). */
  readonly maxRows?: number;
}

function num(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[],
): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

function scoreCells(s: LevelScore): string[] {
  return [String(s.tp), String(s.fp), String(s.fn), num(s.precision), num(s.recall), num(s.f1)];
}

function listed<T>(title: string, items: readonly T[], max: number, render: (x: T) => string): string[] {
  if (items.length === 0) return [];
  const head =
    items.length > max ? `${title} (first ${max} of ${items.length})` : `${title} (${items.length})`;
  return ['', head, ...items.slice(0, max).map((x) => `  ${render(x)}`)];
}

function records(title: string, score: RecordScore | null, max: number): string[] {
  if (score === null) return [];
  return [
    '',
    `${title}: TP ${score.tp}  FP ${score.fp}  FN ${score.fn}  P ${num(score.precision)}  R ${num(score.recall)}  F1 ${num(score.f1)}`,
    ...score.misses.slice(0, max).map((m) => `  missed ${m.id}: ${m.reason}`),
    ...score.falsePositives.slice(0, max).map((f) => `  extra ${f.description}`),
  ];
}

export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const max = options.maxRows ?? 20;
  const g = report.gold;
  const out: string[] = [
    `Gold: ${g.name} (${g.format}, actors compared: ${g.actorMode})`,
    `Items: ${g.scored} scored of ${g.items}; expected dyads: ${g.expected} must, ${g.optional} optional`,
    '',
    ...table(
      ['level', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
      [
        ['root', ...scoreCells(report.levels.root)],
        ['full', ...scoreCells(report.levels.full)],
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  ];
  if (g.optional > 0) {
    const e = report.events;
    const share = e.must > 0 ? ((100 * e.mustFound) / e.must).toFixed(1) : '—';
    out.push(
      '',
      `Must events found (root level, any of their dyads): ${e.mustFound} of ${e.must} (${share}%)` +
        (e.mustMissed.length > 0 ? `; missed ${e.mustMissed.map((m) => m.split(':').pop()).join(', ')}` : ''),
    );
  }
  if (report.perCategory.length > 1) {
    out.push(
      '',
      ...table(
        ['category', 'root TP', 'FP', 'FN', 'P', 'R', 'F1', 'full TP', 'FP', 'FN', 'P', 'R', 'F1'],
        report.perCategory.map((row) => [row.category, ...scoreCells(row.root), ...scoreCells(row.full)]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }
  out.push(...records('Facts', report.facts, max), ...records('Designations', report.designations, max));
  out.push(
    ...listed('Misses', report.misses, max, (m) => {
      const codes = m.level === 'full' ? m.codes.join('|') : m.roots.join('|');
      return `${m.item} ${m.event} ${dyadText(m.source, m.target, m.undirected)} ${m.level} ${codes}: ${m.reason}`;
    }),
    ...listed('False positives', report.falsePositives, max, (f) => {
      const rule = f.rule === null ? '' : ` [${f.rule}]`;
      return `${f.item} ${dyadText(f.source, f.target, f.undirected)} ${f.code} ${f.level}${rule}: ${f.reason}`;
    }),
    ...listed('Events where none belong', report.noEventViolations, max, (v) => {
      const where = v.evidence === null ? 'item expects no events' : `"${v.evidence}"`;
      return `${v.item} ${v.code}${v.rule === null ? '' : ` [${v.rule}]`}: ${where}`;
    }),
    ...listed('Skipped', report.skipped, max, (s) => `${s.item}: ${s.reason}`),
    ...listed('Notes', report.gold.notes, max, (n) => n),
  );
  return `${out.join('\n')}\n`;
}
