/** Display formats shared by the views (pure). */

export const QUAD_NAMES: Readonly<Record<number, string>> = Object.freeze({
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
});

export const MODALITIES = ['asserted', 'negated', 'future', 'hypothetical'] as const;

/** 25700000000 → "25.7 billion"; 1234 → "1,234". */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [scale, word] of scales) {
    if (abs >= scale) return `${trim(value / scale)} ${word}`;
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function trim(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A fact's amount: "USD 25.7 billion", "5–6 billion USD" as "USD 5 billion – 6 billion", "12 %". */
export function amount(value: number, valueEnd: number | null, unit: string): string {
  const v = valueEnd === null ? compactNumber(value) : `${compactNumber(value)} – ${compactNumber(valueEnd)}`;
  if (unit === '' || unit === 'count') return v;
  if (unit === '%' || unit === 'percent') return `${v} %`;
  if (/^[A-Z]{3}$/.test(unit)) return `${unit} ${v}`;
  return `${v} ${unit}`;
}

/** "trade_volume" → "Trade volume". */
export function humanKind(kind: string): string {
  const s = kind.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A period as stated ("2000/2019" → "2000–2019"). */
export function periodText(value: string): string {
  return value === '' ? 'undated' : value.replace('/', '–');
}

/** Goldstein score with its sign: "+3.5", "−10", "0". */
export function signed(value: number | null): string {
  if (value === null) return '—';
  const s = Math.abs(value).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return value > 0 ? `+${s}` : value < 0 ? `−${s}` : '0';
}

/** The dictionary version (a sha256) shortened for display. */
export function shortHash(hash: string): string {
  return /^[0-9a-f]{16,}$/.test(hash) ? hash.slice(0, 12) : hash;
}

/** "CAMEO.2.0.txt:5741" → "CAMEO.2.0.txt, line 5741". */
export function ruleText(id: string): string {
  const m = /^(.+):(\d+)$/.exec(id);
  return m ? `${m[1]}, line ${m[2]}` : id;
}

/** A period's label for charts: day for day/week, "2023-12" for months, "2023 Q4", "2023". */
export function periodLabel(period: string, interval: string): string {
  const [y, m] = period.split('-');
  if (interval === 'year') return y ?? period;
  if (interval === 'quarter') return `${y} Q${Math.floor((Number(m) - 1) / 3) + 1}`;
  if (interval === 'month') return `${y}-${m}`;
  return period;
}
