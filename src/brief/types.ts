/** The brief as data: what `dyad brief` and GET /api/dyads/{a}/{b}/brief render as Markdown or HTML. */
import type { ChangePoint, IndexPoint } from '../analysis/index.js';
import type { ArticleRef, SeriesInterval } from '../store/types.js';

/** Where a claim comes from: an article's sentence, a dataset row, or Dyad's reference table. */
export interface Evidence {
  /** Footnote number, 1.. in order of first use. */
  readonly n: number;
  readonly article: ArticleRef | null;
  /** Sentence index in the article. */
  readonly sentence: number | null;
  readonly sentenceText: string | null;
  /** The words that carry the claim. */
  readonly quote: string;
  /** For events not read from an article: the dataset's source URL or the reference row. */
  readonly source: string | null;
  /** For imported events: the dataset row, story and publisher, offsets in the document. */
  readonly note?: string | null;
}

export interface Headline {
  readonly events: number;
  readonly directed: { readonly ab: number; readonly ba: number };
  readonly articles: number;
  readonly cooperativeShare: number | null;
  readonly meanGoldstein: number | null;
  /** First and last periods with events, as text ("2021", "Mar 2023"). */
  readonly firstPeriod: string | null;
  readonly lastPeriod: string | null;
  readonly figures: number;
  readonly designations: number;
  readonly level: {
    readonly label: string;
    readonly rank: number;
    readonly since: string;
    readonly evidence: Evidence;
  } | null;
  readonly index: {
    readonly latest: IndexPoint;
    readonly periodText: string;
    /** The mean index of the periods before the latest active one, for comparison. */
    readonly before: number | null;
  } | null;
}

export interface DesignationLine {
  readonly day: string | null;
  readonly dateText: string;
  readonly kind: 'partnership' | 'membership' | 'initiative';
  readonly text: string;
  /** For partnerships: established, upgrade, reaffirmed, or downgrade relative to the one before. */
  readonly change: 'established' | 'upgrade' | 'reaffirmed' | 'downgrade' | null;
  /** Other articles that state the same. */
  readonly alsoIn: number;
  readonly evidence: Evidence;
}

export interface EventLine {
  readonly day: string | null;
  readonly dateText: string;
  readonly text: string;
  /** The event's own words (the footnote holds the whole sentence). */
  readonly quote: string;
  readonly code: string | null;
  readonly goldstein: number | null;
  readonly mentions: number;
  /** Rows of an imported dataset stating the same thing, shown as this one line (1 when alone). */
  readonly repeats: number;
  readonly evidence: Evidence;
}

export interface EventSection {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly EventLine[];
  /** Events of the category left out of the brief (only the most reported are shown). */
  readonly more: number;
  /** True when `more` is a lower bound (the brief read only the most reported events). */
  readonly moreAtLeast: boolean;
}

export interface FigureLine {
  readonly kind: string;
  readonly text: string;
  readonly periodText: string;
  readonly evidence: Evidence;
}

export interface FigureSection {
  readonly kind: string;
  readonly title: string;
  readonly lines: readonly FigureLine[];
}

export interface ChangeLine {
  readonly period: string;
  readonly periodText: string;
  readonly signals: ChangePoint['signals'];
  readonly drivers: readonly EventLine[];
}

export interface Brief {
  readonly dyad: readonly [string, string];
  readonly names: readonly [string, string];
  readonly from: string | null;
  readonly to: string | null;
  readonly interval: SeriesInterval;
  /** Latest publication date among the stored articles the brief draws on. */
  readonly asOf: string | null;
  readonly headline: Headline;
  readonly designations: readonly DesignationLine[];
  readonly events: readonly EventSection[];
  readonly figures: readonly FigureSection[];
  readonly index: readonly IndexPoint[];
  readonly changes: readonly ChangeLine[];
  readonly evidence: readonly Evidence[];
  readonly formula: string;
  readonly method: string;
}
