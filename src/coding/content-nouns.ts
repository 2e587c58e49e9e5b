import { mapPacked } from '../core/packed.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../core/types.js';
import { DyadError } from '../core/errors.js';
import { DEFAULT_DATA_DIR } from '../dict/index.js';
import type { Content } from './ontology.js';
import { frameCode } from './ontology.js';
import type { NounGroup } from './parse/structure.js';

/**
 * Content nouns (data/coding/content-nouns.tsv): what an act is about, read from the noun it
 * acts on. A verb that frames another act ("promised to continue military aid", "agreed to
 * share information") takes its CAMEO code from the frame and this content.
 */
export interface ContentNouns {
  readonly byPhrase: ReadonlyMap<string, { readonly content: Content; readonly id: string }>;
}

const CONTENTS = new Set<string>([
  'coop',
  'material',
  'material.econ',
  'material.mil',
  'material.jud',
  'material.intel',
  'diplomatic',
  'aid',
  'aid.econ',
  'aid.mil',
  'aid.hum',
  'aid.peacekeeping',
  'reform',
  'reform.leadership',
  'reform.policy',
  'reform.rights',
  'reform.regime',
  'yield',
  'yield.admin',
  'yield.dissent',
  'yield.release',
  'yield.econsanctions',
  'yield.involvement',
  'yield.deescalate',
  'meet',
  'settle',
  'mediate',
]);

export function parseContentNouns(text: string, file: string): { value: ContentNouns; errors: string[] } {
  const byPhrase = new Map<string, { content: Content; id: string }>();
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#') || line.startsWith('noun\t')) return;
    const [noun, content] = line.split('\t');
    if (!noun || !content || !CONTENTS.has(content)) {
      errors.push(`${file}:${i + 1}: expected "noun<TAB>content" with a known content key`);
      return;
    }
    byPhrase.set(noun.toLowerCase(), { content: content as Content, id: `${file}:${i + 1}` });
  });
  return { value: { byPhrase }, errors };
}

export function loadContentNouns(path = join(DEFAULT_DATA_DIR, 'coding', 'content-nouns.tsv')): ContentNouns {
  const { value, errors } = parseContentNouns(readFileSync(path, 'utf8'), 'content-nouns.tsv');
  if (errors.length > 0) throw new DyadError(path, `${errors.length} bad line(s):\n${errors.join('\n')}`);
  return value;
}

/** The content of a noun group: the longest listed phrase ending at a member's head. */
export function contentOfGroup(
  tokens: readonly Token[],
  group: NounGroup | null,
  table: ContentNouns,
): { content: Content; id: string } | null {
  for (const m of group?.members ?? []) {
    const head = m.np.head;
    for (let start = Math.max(m.np.start, head - 2); start <= head; start++) {
      // the tokenizer splits "cease-fire" into three tokens: the table lists it joined
      const phrase = mapPacked(tokens.slice(start, head + 1), (t) => t.norm)
        .join(' ')
        .replace(/ - /g, '-');
      const found = table.byPhrase.get(phrase);
      if (found) return found;
    }
  }
  return null;
}

/** The code of a framing verb applied to the content of a noun group, when both are known. */
export function framedCode(
  frameOfCode: (code: string) => 'appeal' | 'intend' | 'demand' | 'reject' | null,
  governorCode: string,
  found: { content: Content } | null,
): string | null {
  const frame = frameOfCode(governorCode);
  if (!frame || !found) return null;
  return frameCode(frame, found.content);
}
