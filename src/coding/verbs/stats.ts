/** Counts over a verb dictionary, for reports and `dyad` diagnostics. */
import { codesOf } from './code-spec.js';
import type { VerbDictionary } from './types.js';

export interface VerbDictionaryStats {
  readonly blocks: number;
  readonly verbs: number;
  readonly lemmas: number;
  /** Distinct surface forms, and how many of them are multi-word. */
  readonly forms: number;
  readonly multiWordForms: number;
  /** Forms that lead to more than one block. */
  readonly ambiguousForms: number;
  readonly patterns: number;
  readonly nullCodePatterns: number;
  readonly passiveCodePatterns: number;
  readonly synsets: number;
  readonly synsetMembers: number;
  readonly transformations: number;
  readonly warnings: number;
}

export function verbDictionaryStats(dictionary: VerbDictionary): VerbDictionaryStats {
  let verbs = 0;
  let patterns = 0;
  let nullCode = 0;
  let passive = 0;
  for (const block of dictionary.blocks.values()) {
    verbs += block.verbs.length;
    patterns += block.patterns.length;
    for (const p of block.patterns) {
      if (p.code.active === null && p.code.passive === null) nullCode += 1;
      if (p.code.text.includes(':')) passive += 1;
    }
  }
  let multi = 0;
  let ambiguous = 0;
  for (const [text, refs] of dictionary.forms) {
    if (text.includes(' ')) multi += 1;
    if (new Set(refs.map((r) => r.block)).size > 1) ambiguous += 1;
  }
  let members = 0;
  for (const s of dictionary.synsets.values()) members += s.members.length;
  return {
    blocks: dictionary.blocks.size,
    verbs,
    lemmas: dictionary.lemmas.size,
    forms: dictionary.forms.size,
    multiWordForms: multi,
    ambiguousForms: ambiguous,
    patterns,
    nullCodePatterns: nullCode,
    passiveCodePatterns: passive,
    synsets: dictionary.synsets.size,
    synsetMembers: members,
    transformations: dictionary.transformations.length,
    warnings: dictionary.warnings.length,
  };
}

/** Every CAMEO code the dictionary uses, with the ids that use it. */
export function codesUsed(dictionary: VerbDictionary): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  const add = (code: string, id: string): void => {
    const list = out.get(code) ?? [];
    list.push(id);
    out.set(code, list);
  };
  for (const block of dictionary.blocks.values()) {
    for (const c of codesOf(block.code)) add(c, block.id);
    for (const v of block.verbs) if (v.ownCode) for (const c of codesOf(v.code)) add(c, v.id);
    for (const p of block.patterns) for (const c of codesOf(p.code)) add(c, p.id);
  }
  for (const t of dictionary.transformations) if (t.result.code !== null) add(t.result.code, t.id);
  return out;
}
