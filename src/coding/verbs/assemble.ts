/**
 * Second pass: builds one frozen `VerbDictionary` from the drafts of one or more files.
 * Files are given lowest precedence first (CAMEO.2.0.txt, then Dyad.verbs.txt).
 *
 * Precedence, as documented in data/verbs/README.md:
 * - Blocks with the same name are one block (PETRARCH-2 files patterns by block name);
 *   a later file's verbs and patterns are added to it.
 * - Patterns are kept in precedence order: the later file's first, then file order. Two
 *   patterns of a block with the same elements: within one file the later line wins (as
 *   in PETRARCH-2, whose pattern tree overwrites); across files the later file's wins.
 *   The survivor lists the ids it replaced in `overrides`.
 * - A pattern naming an undefined synset is skipped with a warning (PETRARCH's rule).
 * - Surface forms lead to every block that lists them, ordered: later file first, then
 *   listed forms (base, `{...}`) before generated ones, then file order. Within one block
 *   the first definition of a form wins (PETRARCH-2 keeps the first).
 */
import { createHash } from 'node:crypto';
import { frozenMap, deepFreeze } from './frozen.js';
import { pluralNoun } from './inflect.js';
import type { DraftSynset, FileDraft } from './read-file.js';
import { issue } from './read-file.js';
import type {
  FormRef,
  PrepElement,
  Synset,
  SynsetMember,
  Transformation,
  TransformEvent,
  TransformSlot,
  VerbBlock,
  VerbDictionary,
  VerbEntry,
  VerbIssue,
  VerbPattern,
  VerbSource,
} from './types.js';
import { verbLineForms } from './verb-line.js';

interface Ordered {
  /** Index of the file (higher = higher precedence). */
  readonly fileIndex: number;
  readonly line: number;
}

/** Sort key: later file first, then file order. */
function byPrecedence(a: Ordered, b: Ordered): number {
  return b.fileIndex - a.fileIndex || a.line - b.line;
}

interface SynsetAccumulator {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly noPlurals: boolean;
  readonly members: SynsetMember[];
  readonly seen: Map<string, string>;
}

function buildSynsets(drafts: readonly FileDraft[], warnings: VerbIssue[]): ReadonlyMap<string, Synset> {
  const acc = new Map<string, SynsetAccumulator & { readonly file: string }>();
  const add = (draft: FileDraft, synset: DraftSynset): void => {
    let entry = acc.get(synset.name);
    if (entry === undefined) {
      entry = {
        id: synset.id,
        name: synset.name,
        label: synset.label,
        noPlurals: synset.noPlurals,
        members: [],
        seen: new Map(),
        file: draft.file,
      };
      acc.set(synset.name, entry);
    } else if (entry.file === draft.file) {
      warnings.push(
        issue(
          draft.file,
          synset.line,
          'warning',
          `synset ${synset.label} defined again (first at ${entry.id}); members merged`,
        ),
      );
    }
    if (synset.members.length === 0) {
      warnings.push(issue(draft.file, synset.line, 'warning', `synset ${synset.label} has no '+' members`));
    }
    for (const member of synset.members) {
      const p = member.parsed;
      const previous = entry.seen.get(p.text);
      if (previous !== undefined) {
        warnings.push(
          issue(draft.file, member.line, 'warning', `synset member '${p.text}' repeats ${previous}`),
        );
        continue;
      }
      entry.seen.set(p.text, member.id);
      if (p.kind === 'words') {
        const noPlural = synset.noPlurals || p.noPlural;
        const last = p.words[p.words.length - 1] ?? '';
        const plural = noPlural ? null : pluralNoun(last);
        entry.members.push({
          id: member.id,
          kind: 'words',
          text: p.text,
          words: p.words,
          plural: plural === null ? null : [...p.words.slice(0, -1), plural],
        });
      } else if (p.kind === 'prep') {
        entry.members.push({ id: member.id, kind: 'prep', text: p.text, prep: p.prep });
      } else {
        entry.members.push({ id: member.id, kind: 'synset', text: p.text, ref: p.ref });
      }
    }
  };
  drafts.forEach((draft) => draft.synsets.forEach((s) => add(draft, s)));

  // Expand nested synsets, detecting cycles and undefined references.
  const expanded = new Map<string, { phrases: (readonly string[])[]; preps: PrepElement[] }>();
  const expand = (
    name: string,
    stack: readonly string[],
  ): { phrases: (readonly string[])[]; preps: PrepElement[] } => {
    const done = expanded.get(name);
    if (done !== undefined) return done;
    const entry = acc.get(name);
    const phrases: (readonly string[])[] = [];
    const preps: PrepElement[] = [];
    if (entry === undefined) return { phrases, preps };
    for (const member of entry.members) {
      if (member.kind === 'words' && member.words !== undefined) {
        phrases.push(member.words);
        if (member.plural) phrases.push(member.plural);
      } else if (member.kind === 'prep' && member.prep !== undefined) {
        preps.push(member.prep);
      } else if (member.ref !== undefined) {
        const [file, line] = splitId(member.id);
        if (stack.includes(member.ref) || member.ref === name) {
          warnings.push(
            issue(file, line, 'warning', `synset &${member.ref} includes itself; the cycle is cut here`),
          );
        } else if (!acc.has(member.ref)) {
          warnings.push(issue(file, line, 'warning', `synset &${member.ref} is not defined; member skipped`));
        } else {
          const inner = expand(member.ref, [...stack, name]);
          phrases.push(...inner.phrases);
          preps.push(...inner.preps);
        }
      }
    }
    const seen = new Set<string>();
    const unique = phrases.filter((p) => {
      const key = p.join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const result = { phrases: unique, preps };
    expanded.set(name, result);
    return result;
  };

  const out: [string, Synset][] = [];
  for (const entry of acc.values()) {
    const { phrases, preps } = expand(entry.name, []);
    out.push([
      entry.name,
      {
        id: entry.id,
        name: entry.name,
        label: entry.label,
        noPlurals: entry.noPlurals,
        members: entry.members,
        phrases,
        preps,
      },
    ]);
  }
  return frozenMap(out);
}

function splitId(id: string): [string, number] {
  const at = id.lastIndexOf(':');
  return [id.slice(0, at), Number(id.slice(at + 1))];
}

interface BlockAccumulator {
  readonly id: string;
  readonly name: string;
  readonly code: VerbBlock['code'];
  readonly headers: string[];
  readonly verbs: VerbEntry[];
  readonly patterns: (VerbPattern & Ordered & { file: string })[];
  readonly headerCodes: Map<string, { readonly id: string; readonly text: string }>;
}

function transformVerbs(e: TransformEvent | TransformSlot, into: (readonly string[])[]): void {
  if (!('verb' in e)) return;
  if (e.verb !== null) into.push(e.verb);
  transformVerbs(e.target, into);
}

/** Builds the dictionary from drafts (lowest precedence first) and returns assembly warnings. */
export function assembleDictionary(drafts: readonly FileDraft[]): {
  value: VerbDictionary;
  warnings: VerbIssue[];
} {
  const warnings: VerbIssue[] = [];
  const synsets = buildSynsets(drafts, warnings);

  const blocks = new Map<string, BlockAccumulator>();
  const order = new Map<VerbEntry, Ordered>();
  const lemmaBlocks = new Map<string, { block: string; id: string; file: string }>();

  drafts.forEach((draft, fileIndex) => {
    for (const header of draft.headers) {
      let block = blocks.get(header.name);
      if (block === undefined) {
        block = {
          id: header.id,
          name: header.name,
          code: header.code,
          headers: [],
          verbs: [],
          patterns: [],
          headerCodes: new Map(),
        };
        blocks.set(header.name, block);
      }
      block.headers.push(header.id);
      const sameFile = block.headerCodes.get(draft.file);
      if (sameFile === undefined)
        block.headerCodes.set(draft.file, { id: header.id, text: header.code.text });
      else if (sameFile.text !== header.code.text) {
        warnings.push(
          issue(
            draft.file,
            header.line,
            'warning',
            `block ${header.name} appears again with code [${header.code.text}] (first at ${sameFile.id} with [${sameFile.text}]); its verbs keep their own header's code`,
          ),
        );
      }
    }

    for (const verb of draft.verbs) {
      const block = blocks.get(verb.header.name) as BlockAccumulator;
      const forms = verbLineForms(verb.parsed);
      const lemma = forms[0]?.text ?? '';
      const entry: VerbEntry = {
        id: verb.id,
        block: block.id,
        lemma,
        words: verb.parsed.phrase.words,
        verbIndex: verb.parsed.phrase.verbIndex,
        code: verb.parsed.code ?? verb.header.code,
        ownCode: verb.parsed.code !== null,
        forms,
      };
      order.set(entry, { fileIndex, line: verb.line });
      const earlier = lemmaBlocks.get(`${draft.file}\u0000${lemma}`);
      if (earlier !== undefined) {
        const where = earlier.block === block.id ? 'in the same block' : `in block ${earlier.block}`;
        warnings.push(
          issue(
            draft.file,
            verb.line,
            'warning',
            `verb ${lemma} is already listed ${where} (${earlier.id}); the earlier line takes precedence`,
          ),
        );
      } else {
        lemmaBlocks.set(`${draft.file}\u0000${lemma}`, { block: block.id, id: verb.id, file: draft.file });
      }
      block.verbs.push(entry);
    }

    for (const pattern of draft.patterns) {
      const block = blocks.get(pattern.header.name) as BlockAccumulator;
      const missing = pattern.parsed.synsets.filter((name) => !synsets.has(name));
      if (missing.length > 0) {
        const names = missing.map((m) => `&${m}`).join(', ');
        warnings.push(
          issue(draft.file, pattern.line, 'warning', `synset ${names} is not defined; pattern skipped`),
        );
        continue;
      }
      block.patterns.push({
        id: pattern.id,
        block: block.id,
        pre: pattern.parsed.pre,
        post: pattern.parsed.post,
        code: pattern.parsed.code,
        comment: pattern.comment,
        key: pattern.parsed.key,
        synsets: pattern.parsed.synsets,
        overrides: [],
        fileIndex,
        line: pattern.line,
        file: draft.file,
      });
    }
  });

  // Resolve patterns with equal keys inside each block.
  const builtBlocks: VerbBlock[] = [];
  for (const block of blocks.values()) {
    const chosen = new Map<string, VerbPattern & Ordered & { file: string }>();
    const inFileOrder = [...block.patterns].sort((a, b) => a.fileIndex - b.fileIndex || a.line - b.line);
    for (const p of inFileOrder) {
      const previous = chosen.get(p.key);
      if (previous === undefined) {
        chosen.set(p.key, p);
        continue;
      }
      if (previous.file === p.file) {
        const message =
          previous.code.text === p.code.text
            ? `pattern '${p.key}' [${p.code.text}] repeats ${previous.id}`
            : `pattern '${p.key}' [${p.code.text}] replaces the same pattern at ${previous.id} [${previous.code.text}] (the later line wins, as in PETRARCH-2)`;
        warnings.push(issue(p.file, p.line, 'warning', message));
      }
      chosen.set(p.key, { ...p, overrides: [...previous.overrides, previous.id] });
    }
    const patterns: VerbPattern[] = [...chosen.values()].sort(byPrecedence).map((p) => ({
      id: p.id,
      block: p.block,
      pre: p.pre,
      post: p.post,
      code: p.code,
      comment: p.comment,
      key: p.key,
      synsets: p.synsets,
      overrides: p.overrides,
    }));
    const at = (v: VerbEntry): Ordered => order.get(v) as Ordered;
    const verbs = [...block.verbs].sort((a, b) => byPrecedence(at(a), at(b)));
    builtBlocks.push({
      id: block.id,
      name: block.name,
      code: block.code,
      headers: block.headers,
      verbs,
      patterns,
    });
  }

  // Forms and lemmas. Sort key: later file first, listed forms before generated, file order.
  const refs: FormRef[] = [];
  const keys: number[] = [];
  const lastFile = drafts.length - 1;
  for (const block of builtBlocks) {
    for (const entry of block.verbs) {
      const at = order.get(entry) as Ordered;
      for (const form of entry.forms) {
        refs.push({ form, entry, block: block.id, blockName: block.name, code: entry.code });
        keys.push((lastFile - at.fileIndex) * 2e8 + (form.kind === 'regular' ? 1e8 : 0) + at.line);
      }
    }
  }
  const sorted = refs.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));

  const forms = new Map<string, FormRef[]>();
  const byVerbWord = new Map<string, FormRef[]>();
  const lemmas = new Map<string, string[]>();
  const placed = new Set<string>();
  for (const i of sorted) {
    const ref = refs[i] as FormRef;
    const key = `${ref.form.text}\u0000${ref.block}`;
    if (placed.has(key)) continue;
    placed.add(key);
    pushTo(forms, ref.form.text, ref);
    pushTo(byVerbWord, ref.form.words[ref.form.verbIndex] ?? '', ref);
  }
  for (const list of byVerbWord.values()) {
    // Stable sort: longest forms first, precedence order otherwise.
    list.sort((a, b) => b.form.words.length - a.form.words.length);
  }
  const entriesByPrecedence = [...order.entries()].sort((a, b) => byPrecedence(a[1], b[1]));
  for (const [entry] of entriesByPrecedence) {
    const list = lemmas.get(entry.lemma) ?? [];
    if (!list.includes(entry.block)) list.push(entry.block);
    lemmas.set(entry.lemma, list);
  }

  // Transformations: check that their verbs are in the dictionary.
  const transformations: Transformation[] = [];
  for (const draft of drafts) {
    for (const t of draft.transformations) {
      const used: (readonly string[])[] = [];
      transformVerbs(t.pattern, used);
      for (const words of used) {
        const unknown = words.filter((w) => !byVerbWord.has(w));
        if (unknown.length > 0) {
          const [file, line] = splitId(t.id);
          warnings.push(
            issue(
              file,
              line,
              'warning',
              `transformation verb ${unknown.join(', ')} is not a verb of the dictionary`,
            ),
          );
        }
      }
      transformations.push(t);
    }
  }

  const sources: VerbSource[] = drafts.map((d) => ({ file: d.file, sha256: d.sha256, lines: d.lines }));
  const allWarnings = [...drafts.flatMap((d) => d.warnings), ...warnings].sort(
    (a, b) =>
      drafts.findIndex((d) => d.file === a.file) - drafts.findIndex((d) => d.file === b.file) ||
      a.line - b.line,
  );
  const patternsById: [string, VerbPattern][] = [];
  for (const block of builtBlocks) for (const p of block.patterns) patternsById.push([p.id, p]);

  const version =
    sources.length === 1
      ? (sources[0]?.sha256 ?? '')
      : createHash('sha256')
          .update(sources.map((s) => `${s.file} ${s.sha256}\n`).join(''))
          .digest('hex');
  const value: VerbDictionary = Object.freeze({
    sources: deepFreeze(sources),
    version,
    blocks: frozenMap(builtBlocks.map((b) => [b.id, deepFreeze(b)] as const)),
    blockNames: frozenMap(builtBlocks.map((b) => [b.name, b.id] as const)),
    lemmas: frozenMap([...lemmas.entries()].map(([k, v]) => [k, Object.freeze(v)] as const)),
    forms: frozenMap([...forms.entries()].map(([k, v]) => [k, deepFreeze(v)] as const)),
    formsByVerbWord: frozenMap([...byVerbWord.entries()].map(([k, v]) => [k, deepFreeze(v)] as const)),
    patterns: frozenMap(patternsById),
    synsets: frozenMap([...synsets.entries()].map(([k, v]) => [k, deepFreeze(v)] as const)),
    transformations: deepFreeze(transformations),
    warnings: deepFreeze(allWarnings),
  });
  return { value, warnings };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
