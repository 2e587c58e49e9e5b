/** Numbers, amounts, periods and names as a brief writes them. */
import type { Period } from '../core/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 6450000000 → "6.45 billion"; 5000000 → "5 million"; 83.6 → "83.6". */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  const scaled = (n: number, word: string) => `${trim(value / n)} ${word}`;
  if (abs >= 1e12) return scaled(1e12, 'trillion');
  if (abs >= 1e9) return scaled(1e9, 'billion');
  if (abs >= 1e6) return scaled(1e6, 'million');
  if (abs >= 1e4) return Math.round(value).toLocaleString('en');
  return trim(value);
}

function trim(n: number): string {
  return String(Number(n.toFixed(2)));
}

const CURRENCIES: Record<string, string> = {
  USD: 'US$',
  EUR: '€',
  CNY: 'CNY ',
  RUB: 'RUB ',
  GBP: '£',
  BYN: 'BYN ',
};

/** An amount with its unit: "US$6.45 billion", "83.6%", "5 million doses". */
export function formatAmount(value: number, unit: string, valueEnd?: number | null): string {
  const number = valueEnd != null ? `${formatNumber(value)}–${formatNumber(valueEnd)}` : formatNumber(value);
  if (/^[A-Z]{3}$/.test(unit)) return `${CURRENCIES[unit] ?? `${unit} `}${number}`;
  if (unit === 'percent') return `${number}%`;
  if (unit.startsWith('percent')) return `${number}%${unit.slice('percent'.length)}`;
  if (unit === 'rank') return `no. ${number}`;
  if (unit.startsWith('rank ')) return `no. ${number} ${unit.slice(5)}`;
  return `${number} ${unit}`;
}

/** A day or partial date as words: 2023-12-04 → "4 Dec 2023", 2022-09 → "Sep 2022", 2023-Q1 → "Q1 2023". */
export function formatDate(value: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return `Q${m[2]} ${m[1]}`;
  m = /^(\d{4})-(spring|summer|autumn|fall|winter)$/i.exec(value);
  if (m) return `${m[2]!.toLowerCase()} ${m[1]}`;
  if (value.includes('/')) {
    const [a, b] = value.split('/');
    return `${formatDate(a!)} – ${formatDate(b!)}`;
  }
  return value;
}

/** A fact's period: "in 2021", "Jan 2023 – Sep 2023", or "" when undated. */
export function formatPeriod(p: Period): string {
  if (p.precision === 'undated' || p.start === null) return '';
  if (
    p.precision === 'year' ||
    p.precision === 'month' ||
    p.precision === 'day' ||
    p.precision === 'quarter'
  ) {
    return formatDate(p.value);
  }
  if (p.start && p.end) {
    const s = p.start;
    const e = p.end;
    if (s.endsWith('-01-01') && e.endsWith('-12-31')) {
      return s.slice(0, 4) === e.slice(0, 4) ? s.slice(0, 4) : `${s.slice(0, 4)}–${e.slice(0, 4)}`;
    }
    if (s.endsWith('-01') && isMonthEnd(e))
      return `${formatDate(s.slice(0, 7))} – ${formatDate(e.slice(0, 7))}`;
    return `${formatDate(s)} – ${formatDate(e)}`;
  }
  return formatDate(p.value);
}

function isMonthEnd(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(d.getTime() + 86_400_000).getUTCDate() === 1;
}

/** "XI JINPING" → "Xi Jinping". */
/** Words kept in lower case inside a name ("Ministry of Finance"). */
const SMALL_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'at',
  'to',
  'by',
  'a',
  'an',
  'de',
  'la',
  'du',
]);
/** Initials kept in capitals ("THE US" -> "The US", not "The Us"). */
const INITIALS = new Set([
  'US',
  'USA',
  'UK',
  'EU',
  'UN',
  'AU',
  'UAE',
  'DR',
  'NATO',
  'IMF',
  'ICC',
  'IAEA',
  'OPEC',
  'ASEAN',
  'SCO',
  'BRICS',
  'OSCE',
  'CSTO',
  'EAEU',
  'WTO',
  'OAS',
  'G7',
  'G20',
]);

/**
 * A dictionary's upper-case name for display: "MINISTRY OF FINANCE" -> "Ministry of Finance",
 * "THE US" -> "The US" (known initials stay), "INDUSTRY (UNITED STATES)" ->
 * "Industry (United States)".
 */
export function titleCase(name: string): string {
  let first = true;
  return name
    .split(/([\s-]+)/)
    .map((word) => {
      if (/^[\s-]*$/.test(word)) return word;
      const lower = word.toLowerCase();
      const isFirst = first;
      first = false;
      if (INITIALS.has(word.replace(/[^\p{L}\d]/gu, ''))) return word;
      if (!isFirst && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/\p{L}/u, (c) => c.toUpperCase());
    })
    .join('');
}

export function signed(n: number, digits = 1): string {
  const s = n.toFixed(digits);
  return n > 0 ? `+${s}` : s;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
