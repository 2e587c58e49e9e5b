/**
 * The CAMEO-manual examples (`cameo-manual/dev.jsonl`, PLOVER gold-standard records).
 * Each sentence has events with source and target lists; `cameo` is the exact code when the
 * sentence is the manual's example for it, null otherwise.
 *
 * - Actors are compared by their first three letters (`prefix`): the gold names
 *   organisations only as IGO / NGO.
 * - An event with no target and two or more sources (`SRC/TAR` in the markup: "A and B
 *   agreed") is reciprocal among its sources.
 * - `cameo: null` events are scored at the root level through their PLOVER label (the
 *   roots that label covers, `ploverRoots`) and not at the full level.
 * - Two country codes that are not ISO 3166 in the gold are corrected (JAP -> JPN,
 *   ITL -> ITA) and the correction noted.
 */
import { z } from 'zod';
import { parseJsonLines } from './json-lines.js';
import type { Parsed } from './json-lines.js';
import { ploverRoots } from './roots.js';
import type { GoldEvent, GoldItem, GoldSet } from './types.js';

const Actor = z.object({ text: z.string(), code: z.string(), sector: z.string() });
const Record = z.object({
  id: z.string().min(1),
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  events: z.array(
    z.object({
      source: z.array(Actor),
      target: z.array(Actor),
      plover: z.string(),
      plover_mode: z.string().optional(),
      cameo: z
        .string()
        .regex(/^\d{3,4}$/, 'cameo must be 3 or 4 digits')
        .nullable(),
      event_text: z.string().optional(),
    }),
  ),
  markup: z.string().optional(),
});

/** Gold country codes that are not ISO 3166 alpha-3, and their ISO code. */
const CODE_CORRECTIONS: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA' };

export function parseCameoManualGold(text: string, file: string): Parsed<GoldSet> {
  const lines = parseJsonLines(text, file, Record);
  const errors = [...lines.errors];
  const notes: string[] = [];
  const items: GoldItem[] = [];
  const seen = new Map<string, number>();
  for (const { line, record } of lines.value) {
    const first = seen.get(record.id);
    if (first !== undefined) {
      errors.push(`${file}:${line}: id ${record.id} repeats line ${first}`);
      continue;
    }
    seen.set(record.id, line);
    const code = (a: z.infer<typeof Actor>): string => {
      const country = a.code.trim().toUpperCase();
      const fixed = CODE_CORRECTIONS[country];
      if (fixed !== undefined) notes.push(`${file}:${line}: actor code ${country} read as ${fixed}`);
      return `${fixed ?? country}${a.sector.trim()}`;
    };
    const category = record.events[0]?.plover ?? 'NONE';
    const events: GoldEvent[] = record.events.map((e, i) => {
      const sources = e.source.map(code);
      let targets = e.target.map(code);
      const mutual = targets.length === 0 && sources.length >= 2;
      if (mutual) targets = sources;
      return {
        id: `${record.id}#${i + 1}`,
        item: record.id,
        category: e.plover,
        sources,
        targets,
        reciprocal: mutual,
        roots: e.cameo === null ? ploverRoots(e.plover) : [e.cameo.slice(0, 2)],
        codes: e.cameo === null ? [] : [e.cameo],
        plover: e.plover,
        date: null,
        must: true,
        evidence: e.event_text ?? null,
      };
    });
    for (const e of events) {
      if (e.roots.length === 0)
        notes.push(
          `${file}:${line}: PLOVER label ${e.plover ?? ''} has no CAMEO root; ${e.id} is not scored`,
        );
    }
    items.push({
      id: record.id,
      category,
      text: record.text,
      date: record.date,
      events,
      expectNoEvents: false,
      noEventEvidence: [],
      evaluate: true,
      skipReason: null,
    });
  }
  return {
    value: {
      name: file,
      format: 'cameo-manual',
      actorMode: 'prefix',
      items,
      facts: [],
      designations: [],
      article: null,
      notes,
    },
    errors,
  };
}
