/**
 * The index chart as inline SVG (no script, no network): the index per period as a line,
 * events per period as grey bars, flagged changes as red marks. Prints in greys and one red.
 */
import type { IndexPoint } from '../analysis/index.js';

export interface ChartOptions {
  readonly width?: number;
  readonly height?: number;
  /** Periods flagged by change detection. */
  readonly changes?: readonly string[];
  readonly title?: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

export function indexChart(points: readonly IndexPoint[], options: ChartOptions = {}): string {
  const width = options.width ?? 720;
  const height = options.height ?? 260;
  const m = { top: 16, right: 16, bottom: 28, left: 40 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const title = esc(options.title ?? 'Relationship index per period');
  if (points.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${width} 40" width="${width}" height="40"><text x="0" y="24" font-size="13">No dated events in this range.</text></svg>`;
  }
  const values = points.map((p) => p.index);
  const lo = Math.min(0, Math.floor(Math.min(...values) / 20) * 20);
  const hi = Math.max(20, Math.ceil(Math.max(...values) / 20) * 20);
  const maxEvents = Math.max(1, ...points.map((p) => p.components.events));
  const step = w / points.length;
  const x = (i: number) => m.left + step * (i + 0.5);
  const y = (v: number) => m.top + h - ((v - lo) / (hi - lo)) * h;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${title}</title>`,
  );
  // Event bars (bottom third of the plot).
  points.forEach((p, i) => {
    if (p.components.events === 0) return;
    const bh = (p.components.events / maxEvents) * (h / 3);
    parts.push(
      `<rect x="${r1(x(i) - Math.max(1, step * 0.35))}" y="${r1(m.top + h - bh)}" width="${r1(Math.max(2, step * 0.7))}" height="${r1(bh)}" fill="#d0d0d0"><title>${esc(p.period)}: ${p.components.events} events</title></rect>`,
    );
  });
  // Grid and y labels.
  for (let v = lo; v <= hi; v += 20) {
    parts.push(
      `<line x1="${m.left}" x2="${m.left + w}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="${v === 0 ? '#555' : '#e4e4e4'}" stroke-width="${v === 0 ? 1 : 0.6}"/>`,
      `<text x="${m.left - 6}" y="${r1(y(v) + 4)}" text-anchor="end" fill="#444">${v}</text>`,
    );
  }
  // x labels: at most about 10.
  const every = Math.max(1, Math.ceil(points.length / 10));
  points.forEach((p, i) => {
    if (i % every !== 0) return;
    const label =
      points.length > 24 && p.period.endsWith('-01-01') ? p.period.slice(0, 4) : p.period.slice(0, 7);
    parts.push(
      `<text x="${r1(x(i))}" y="${height - 8}" text-anchor="middle" fill="#444">${esc(label)}</text>`,
    );
  });
  // Change marks.
  const flagged = new Set(options.changes ?? []);
  points.forEach((p, i) => {
    if (!flagged.has(p.period)) return;
    parts.push(
      `<line x1="${r1(x(i))}" x2="${r1(x(i))}" y1="${m.top}" y2="${m.top + h}" stroke="#c0392b" stroke-dasharray="3 3" stroke-width="1"/>`,
    );
  });
  // The index line.
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(x(i))},${r1(y(p.index))}`).join(' ');
  parts.push(`<path d="${path}" fill="none" stroke="#1f3b5a" stroke-width="1.8"/>`);
  points.forEach((p, i) => {
    if (p.components.events === 0 && points.length > 40) return;
    parts.push(
      `<circle cx="${r1(x(i))}" cy="${r1(y(p.index))}" r="${flagged.has(p.period) ? 3.5 : 2}" fill="${flagged.has(p.period) ? '#c0392b' : '#1f3b5a'}"><title>${esc(p.period)}: index ${p.index.toFixed(1)}, ${p.components.events} events</title></circle>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

const BARS = '▁▂▃▄▅▆▇█';

/** A one-line text sparkline of the index, for Markdown. */
export function sparkline(points: readonly IndexPoint[]): string {
  if (points.length === 0) return '';
  const values = points.map((p) => p.index);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => BARS[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * 7)]).join('');
}
