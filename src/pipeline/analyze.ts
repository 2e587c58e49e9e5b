import type { Coder, SentenceTrace } from '../coding/coder.js';
import { describeError } from '../core/errors.js';
import type { CodedEvent, Designation, Fact, Mention, Sentence } from '../core/types.js';
import type { Dictionaries } from '../dict/index.js';
import {
  createPartnershipScale,
  dominantDyad,
  extractDesignations,
  extractFacts,
  loadDesignationLexicon,
  loadFactTables,
  type DesignationTables,
  type FactTables,
} from '../facts/index.js';
import type { ReadResult, Reader } from '../nlp/read.js';

/**
 * One article through every stage after ingest: read (mentions) -> code (events) ->
 * facts and designations. The stores and the CLI call this; each stage stays a pure
 * function of its inputs.
 */
export interface Analysis {
  readonly reading: ReadResult;
  readonly events: readonly CodedEvent[];
  readonly facts: readonly Fact[];
  readonly designations: readonly Designation[];
  readonly traces: readonly SentenceTrace[];
  readonly skipped: readonly { readonly sentence: number; readonly reason: string }[];
}

/** The parts of an Analysis that are stored with an article (never the reading's tokens). */
export interface StoredAnalysis {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly events: readonly CodedEvent[];
  readonly facts: readonly Fact[];
  readonly designations: readonly Designation[];
}

export function storedParts(analysis: Analysis): StoredAnalysis {
  return {
    sentences: analysis.reading.sentences,
    mentions: analysis.reading.mentions,
    events: analysis.events,
    facts: analysis.facts,
    designations: analysis.designations,
  };
}

/** An article's stored parts, or why it could not be read (one line). */
export type AnalysisOutcome =
  { readonly ok: true; readonly analysis: StoredAnalysis } | { readonly ok: false; readonly message: string };

/** Analyzes one article; a failure is returned as its one-line message, never thrown. */
export function tryAnalyze(
  analyzer: Analyzer,
  input: { readonly text: string; readonly published: string | null },
): AnalysisOutcome {
  try {
    return { ok: true, analysis: storedParts(analyzer.analyze(input)) };
  } catch (error) {
    return { ok: false, message: describeError(error) };
  }
}

export interface Analyzer {
  analyze(input: { readonly text: string; readonly published: string | null }): Analysis;
}

export interface FactsSetup {
  readonly facts: FactTables;
  readonly designations: DesignationTables;
}

/** Loads the facts stage's tables; the partnership scale comes from the dictionaries. */
export function loadFactsSetup(dicts: Dictionaries): FactsSetup {
  const scale = createPartnershipScale(
    dicts.partnerships.scale
      .filter((l) => l.scheme === 'CHN')
      .map((l) => ({ label: l.label, rank: l.rank, aliases: [...l.aliases] })),
  );
  return { facts: loadFactTables(), designations: { scale, lexicon: loadDesignationLexicon() } };
}

export function createAnalyzer(reader: Reader, coder: Coder, setup: FactsSetup): Analyzer {
  return {
    analyze(input) {
      const reading = reader.read(input);
      const coding = coder.code(reading);
      const factInput = {
        text: reading.text,
        sentences: reading.sentences,
        tokens: reading.tokens,
        mentions: reading.mentions,
        published: reading.published,
        dominantDyad: dominantDyad(reading.mentions),
      };
      return {
        reading,
        events: coding.events,
        facts: extractFacts(factInput, setup.facts),
        designations: extractDesignations(factInput, setup.designations),
        traces: coding.traces,
        skipped: coding.skipped,
      };
    },
  };
}
