import type { Coder, CodingResult, SentenceTrace } from '../coding/coder.js';
import { attempt, type Attempt } from '../core/attempt.js';
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

/** What an analyzer is given for one article. */
export interface AnalysisInput {
  readonly text: string;
  readonly published: string | null;
}

/** One article's analysis, or what was thrown while analysing it. */
export type AnalysisResult =
  { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly error: unknown };

/**
 * Analyzes a group of articles (see `analyzeGroup`); each failure is returned as its one-line
 * message, in the article's place, never thrown.
 */
export function tryAnalyzeGroup(analyzer: Analyzer, inputs: readonly AnalysisInput[]): AnalysisOutcome[] {
  return analyzer
    .analyzeGroup(inputs)
    .map((r) =>
      r.ok
        ? { ok: true as const, analysis: storedParts(r.analysis) }
        : { ok: false as const, message: describeError(r.error) },
    );
}

export interface Analyzer {
  analyze(input: AnalysisInput): Analysis;
  /**
   * Analyzes several articles stage by stage: all are read, then all are coded, then their facts
   * and designations are drawn. Each article's analysis is the one `analyze` gives it (the stages
   * are functions of the article alone); an article that fails at a stage is reported in its
   * place and leaves the others alone. The order is for speed: a group of short articles (news
   * briefs, Wikipedia items) ran a quarter to two fifths faster stage by stage than one article
   * at a time, most likely because each stage's code and data then stay in the processor's
   * caches for the whole group instead of being displaced by the other stage's after every
   * article. `ARTICLE_GROUP` (group.ts) bounds a group.
   */
  analyzeGroup(inputs: readonly AnalysisInput[]): AnalysisResult[];
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

/**
 * The first two stages of `Analyzer.analyzeGroup`, which `dyad code --jsonl` also runs: every
 * input read, then every reading coded; an input that fails at either is reported in its place.
 */
export function readAndCodeGroup(
  reader: Reader,
  coder: Coder,
  inputs: readonly AnalysisInput[],
): Attempt<{ readonly reading: ReadResult; readonly coding: CodingResult }>[] {
  const readings = inputs.map((input) => attempt(() => reader.read(input)));
  const codings = readings.map((r) => (r.ok ? attempt(() => coder.code(r.value)) : r));
  return readings.map((r, i) => {
    const c = codings[i]!;
    if (!r.ok) return r;
    if (!c.ok) return c;
    return { ok: true, value: { reading: r.value, coding: c.value } };
  });
}

/** The facts and designations stage, and the analysis it completes. */
function completeAnalysis(reading: ReadResult, coding: CodingResult, setup: FactsSetup): Analysis {
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
}

export function createAnalyzer(reader: Reader, coder: Coder, setup: FactsSetup): Analyzer {
  return {
    analyze(input) {
      const reading = reader.read(input);
      return completeAnalysis(reading, coder.code(reading), setup);
    },
    analyzeGroup(inputs) {
      return readAndCodeGroup(reader, coder, inputs).map((rc): AnalysisResult => {
        if (!rc.ok) return rc;
        const done = attempt(() => completeAnalysis(rc.value.reading, rc.value.coding, setup));
        return done.ok ? { ok: true, analysis: done.value } : done;
      });
    },
  };
}
