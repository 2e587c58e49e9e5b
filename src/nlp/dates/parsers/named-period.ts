/**
 * dates/named-period — periods known by name rather than by date: "at the very beginning of the
 * pandemic" (2020-01..2020-03). The phrases live in data/dates/named-periods.tsv, each with the
 * first publication day from which it may be read (so "the pandemic" in an older story is not
 * taken for COVID-19). Only with a known publication date.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Trigger } from '../triggers.js';
import type { DateCandidate, DateContext, DateParser } from '../types.js';
import { monthValue, rangeValue } from '../values.js';
import type { DateComponent } from '../values.js';

const RULE = 'dates/named-period';
const TABLE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'data',
  'dates',
  'named-periods.tsv',
);

interface NamedPeriod {
  readonly phrase: string;
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  readonly validFrom: string;
}

/** Parses the table; a malformed line throws naming `file:line` (it is Dyad's own data). */
export function parseNamedPeriods(text: string, file: string): NamedPeriod[] {
  const out: NamedPeriod[] = [];
  const bad: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#') || line.startsWith('phrase\t')) return;
    const [phrase, from, to, validFrom] = line.split('\t');
    const month = /^(\d{4})-(\d{2})$/;
    const f = month.exec(from ?? '');
    const t = month.exec(to ?? '');
    if (!phrase || !f || !t || !/^\d{4}-\d{2}-\d{2}$/.test(validFrom ?? '')) {
      bad.push(`${file}:${i + 1}: expected "phrase<TAB>YYYY-MM<TAB>YYYY-MM<TAB>YYYY-MM-DD"`);
      return;
    }
    out.push({
      phrase: phrase.toLowerCase(),
      from: [Number(f[1]), Number(f[2])],
      to: [Number(t[1]), Number(t[2])],
      validFrom: validFrom!,
    });
  });
  if (bad.length > 0) throw new Error(bad.join('\n'));
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

const PERIODS = parseNamedPeriods(readFileSync(TABLE, 'utf8'), 'named-periods.tsv');

export const namedPeriodParser: DateParser = Object.freeze({
  id: RULE,
  triggers: Trigger.NAMED,
  parse(context: DateContext): readonly DateCandidate[] {
    if (!context.referenceKnown) return [];
    const lower = context.text.toLowerCase();
    const found: DateCandidate[] = [];
    const taken: [number, number][] = [];
    for (const p of PERIODS) {
      if (context.referenceIso < p.validFrom) continue;
      for (let at = lower.indexOf(p.phrase); at >= 0; at = lower.indexOf(p.phrase, at + 1)) {
        const end = at + p.phrase.length;
        if (/\w/.test(lower[at - 1] ?? '') || /\w/.test(lower[end] ?? '')) continue;
        if (taken.some(([a, b]) => at < b && end > a)) continue;
        // "the beginning of the pandemic in 1918": a year written with it names another period
        if (/^\s+(?:in|of)\s+\d{4}/.test(lower.slice(end, end + 12))) continue;
        const parts = { stated: [] as DateComponent[], implied: ['year', 'month'] as DateComponent[] };
        const date = rangeValue(
          monthValue(p.from[0], p.from[1], parts),
          monthValue(p.to[0], p.to[1], parts),
          parts,
        );
        if (!date) continue;
        taken.push([at, end]);
        found.push({
          start: at,
          end,
          rule: RULE,
          date,
          reason: `named period "${p.phrase}" (data/dates/named-periods.tsv)`,
        });
      }
    }
    return found;
  },
});
