/**
 * The seed article's gold (`seed/*.gold.json`): one article read as an analyst would, with
 * events (lists of sources and targets, acceptable roots and codes, a date at its precision
 * or `undated`, must/optional, reciprocal), sentences that carry no event, facts and
 * designations. Its `conventions` block is followed: actors compared by country, IGO codes
 * whole (`country` mode); dates match when the produced date falls inside the gold period.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { describeIssue } from './json-lines.js';
import type { Parsed } from './json-lines.js';
import { parseGoldDate } from './periods.js';
import { rootLabel } from './roots.js';
import type { GoldDate, GoldDesignation, GoldEvent, GoldFact, GoldSet } from './types.js';

const Event = z.object({
  id: z.string().min(1),
  must: z.boolean(),
  source: z.array(z.string()),
  target: z.array(z.string()),
  reciprocal: z.boolean().optional(),
  roots: z.array(z.string().regex(/^\d{2}$/, 'roots are two digits')).min(1),
  codes: z.array(z.string().regex(/^\d{3,4}$/, 'codes are 3 or 4 digits')),
  date: z.string(),
  location: z.string().optional(),
  evidence: z.string().optional(),
});

const Fact = z.object({
  id: z.string().min(1),
  must: z.boolean(),
  kind: z.string().min(1),
  parties: z.array(z.string()).min(1),
  value: z.number(),
  unit: z.string().min(1),
  period: z.string().optional(),
  approx: z.boolean().optional(),
  direction: z.string().optional(),
  qualifier: z.string().optional(),
  subject: z.string().optional(),
  evidence: z.string().optional(),
});

const Designation = z.object({
  id: z.string().min(1),
  must: z.boolean(),
  kind: z.string().min(1),
  parties: z.array(z.string()).min(1),
  label: z.string().min(1),
  date: z.string(),
  evidence: z.string().optional(),
});

const Seed = z.object({
  article: z.string().min(1),
  title: z.string().optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD'),
  published_note: z.string().optional(),
  conventions: z.record(z.string(), z.string()).optional(),
  events: z.array(Event),
  no_events: z.array(z.object({ evidence: z.string().min(1), why: z.string().optional() })),
  facts: z.array(Fact),
  designations: z.array(Designation),
});

/**
 * Parses a seed gold file. `articleText` is the article, when the caller found it (the
 * gold names it relative to the shared folder); without it the item has no text to code.
 */
export function parseSeedGold(
  text: string,
  file: string,
  articleText: string | null = null,
): Parsed<GoldSet> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      value: emptySeed(file),
      errors: [`${file}: not valid JSON (${error instanceof Error ? error.message : 'parse error'})`],
    };
  }
  const parsed = Seed.safeParse(json);
  if (!parsed.success) {
    return {
      value: emptySeed(file),
      errors: parsed.error.issues.map(
        (issue) => `${file}: ${describeIssue({ issues: [issue] } as z.ZodError)}`,
      ),
    };
  }
  const seed = parsed.data;
  const errors: string[] = [];
  const notes: string[] = [];
  const itemId = basename(seed.article).replace(/\.[^.]+$/, '');
  const date = (where: string, value: string | undefined): GoldDate | null => {
    if (value === undefined) return null;
    const d = parseGoldDate(value);
    if (d === null)
      errors.push(`${file}: ${where}: '${value}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD, A/B or undated)`);
    return d;
  };
  const ids = new Set<string>();
  const unique = (id: string): void => {
    if (ids.has(id)) errors.push(`${file}: id ${id} is used twice`);
    ids.add(id);
  };

  const events: GoldEvent[] = seed.events.map((e) => {
    unique(e.id);
    for (const code of e.codes) {
      if (!e.roots.includes(code.slice(0, 2)))
        notes.push(`${file}: ${e.id}: code ${code} is outside its roots ${e.roots.join(', ')}`);
    }
    return {
      id: e.id,
      item: itemId,
      category: rootLabel(e.roots[0] ?? ''),
      sources: e.source,
      targets: e.target,
      reciprocal: e.reciprocal ?? false,
      roots: e.roots,
      codes: e.codes,
      plover: null,
      date: date(`${e.id}.date`, e.date),
      must: e.must,
      evidence: e.evidence ?? null,
    };
  });
  const facts: GoldFact[] = seed.facts.map((f) => {
    unique(f.id);
    return {
      id: f.id,
      must: f.must,
      kind: f.kind,
      parties: f.parties,
      value: f.value,
      unit: f.unit,
      period: date(`${f.id}.period`, f.period),
      direction: f.direction ?? null,
      qualifier: f.qualifier ?? null,
      subject: f.subject ?? null,
      approx: f.approx ?? false,
      evidence: f.evidence ?? null,
    };
  });
  const designations: GoldDesignation[] = seed.designations.map((d) => {
    unique(d.id);
    return {
      id: d.id,
      must: d.must,
      kind: d.kind,
      parties: d.parties,
      label: d.label,
      date: date(`${d.id}.date`, d.date),
      evidence: d.evidence ?? null,
    };
  });
  if (articleText === null)
    notes.push(`${file}: article ${seed.article} not available; the item has no text to code`);
  return {
    value: {
      name: file,
      format: 'seed',
      actorMode: 'country',
      items: [
        {
          id: itemId,
          category: 'article',
          text: articleText,
          date: seed.published,
          events,
          expectNoEvents: false,
          noEventEvidence: seed.no_events.map((n) => n.evidence),
          evaluate: true,
          skipReason: null,
        },
      ],
      facts,
      designations,
      article: seed.article,
      notes,
    },
    errors,
  };
}

function emptySeed(file: string): GoldSet {
  return {
    name: file,
    format: 'seed',
    actorMode: 'country',
    items: [],
    facts: [],
    designations: [],
    article: null,
    notes: [],
  };
}
