import { createCoder, type Coder } from '../coding/coder.js';
import { loadDefaultVerbDictionary, loadVerbFiles, type VerbDictionary } from '../coding/verbs/index.js';
import type { Dictionaries } from '../dict/index.js';
import { createReader, type Reader } from '../nlp/read.js';
import { createAnalyzer, loadFactsSetup, type Analyzer } from '../pipeline/analyze.js';
import { loadCliDictionaries } from './dictionaries.js';

/** The reading and coding engine the CLI commands share. */
export interface Engine {
  readonly dicts: Dictionaries;
  readonly verbs: VerbDictionary;
  readonly reader: Reader;
  readonly coder: Coder;
  readonly analyzer: Analyzer;
  /** Problems in user dictionaries that were skipped (`file:line: problem`). */
  readonly warnings: readonly string[];
}

export interface EngineOptions {
  /** `--dictionaries DIR`. */
  readonly dictionaries?: string;
  /** Skip bad lines in user verb files instead of failing (the PETRARCH suite has deliberate errors). */
  readonly lenient?: boolean;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const { dicts, folder } = loadCliDictionaries(options.dictionaries);
  const warnings: string[] = [];
  let verbs: VerbDictionary;
  if (folder && folder.verbs.length > 0) {
    const loaded = loadVerbFiles(folder.verbs, { allowErrors: options.lenient === true });
    warnings.push(...loaded.errors.map((e) => `${e.text} (line skipped)`));
    verbs = loaded.dictionary;
  } else {
    verbs = loadDefaultVerbDictionary();
  }
  const reader = createReader(dicts);
  const coder = createCoder(dicts, verbs, { futureAsIntent: !(folder && folder.verbs.length > 0) });
  const analyzer = createAnalyzer(reader, coder, loadFactsSetup(dicts));
  return { dicts, verbs, reader, coder, analyzer, warnings };
}
