/**
 * The PETRARCH validation suite (`petr-suite/records.jsonl`): one sentence per line with
 * fictional actors (ARN, GON, DAGGOV...), compared whole. `evaluate: false` and
 * `expect_error` records are kept but not scored; `expect_no_events` means any produced
 * event is a false positive.
 */
import { z } from 'zod';
import { parseJsonLines } from './json-lines.js';
import type { Parsed } from './json-lines.js';
import type { GoldEvent, GoldItem, GoldSet } from './types.js';

const Record = z.object({
  id: z.string().min(1),
  category: z.string(),
  date: z.string().regex(/^\d{8}$/, 'date must be YYYYMMDD'),
  evaluate: z.boolean(),
  text: z.string(),
  expected_events: z.array(
    z.object({
      source: z.string(),
      target: z.string(),
      code: z.string().regex(/^\d{3,4}$/, 'code must be 3 or 4 digits'),
    }),
  ),
  expect_no_events: z.boolean(),
  expect_error: z.boolean().optional(),
});

export function parsePetrSuiteGold(text: string, file: string): Parsed<GoldSet> {
  const lines = parseJsonLines(text, file, Record);
  const errors = [...lines.errors];
  const seen = new Map<string, number>();
  const items: GoldItem[] = [];
  for (const { line, record } of lines.value) {
    const first = seen.get(record.id);
    if (first !== undefined) {
      errors.push(`${file}:${line}: id ${record.id} repeats line ${first}`);
      continue;
    }
    seen.set(record.id, line);
    const events: GoldEvent[] = record.expected_events.map((e, i) => ({
      id: `${record.id}#${i + 1}`,
      item: record.id,
      category: record.category,
      sources: [e.source],
      targets: [e.target],
      reciprocal: false,
      roots: [e.code.slice(0, 2)],
      codes: [e.code],
      plover: null,
      date: null,
      must: true,
      evidence: null,
    }));
    const skipReason = !record.evaluate
      ? 'evaluate: false'
      : record.expect_error === true
        ? 'expect_error: the original suite expected the coder to fail'
        : null;
    const d = record.date;
    items.push({
      id: record.id,
      category: record.category,
      text: record.text,
      date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`,
      events,
      expectNoEvents: record.expect_no_events,
      noEventEvidence: [],
      evaluate: skipReason === null,
      skipReason,
    });
  }
  return {
    value: {
      name: file,
      format: 'petr-suite',
      actorMode: 'whole',
      items,
      facts: [],
      designations: [],
      article: null,
      notes: [],
    },
    errors,
  };
}
