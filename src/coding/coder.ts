import { mapPacked } from '../core/packed.js';
import type { CodedEvent, DateMention, Mention, Sentence, Token } from '../core/types.js';
import type { Dictionaries } from '../dict/index.js';
import type { ReadResult } from '../nlp/read.js';
import { initialSalience, type Salience } from './actors.js';
import type { FrameTrace } from './candidate.js';
import { dominantPair, isTimePhrase, onlyCountry } from './clause-rules.js';
import { combineFrames } from './combine-stage.js';
import { loadCopular, type CopularTable } from './constructions.js';
import { loadContentNouns, type ContentNouns } from './content-nouns.js';
import { findDiscards } from './discard-scan.js';
import { toEvents, type DatingContext } from './event-stage.js';
import { anchorDay, type EventDate } from './event-time.js';
import { codeFrames } from './frame-stage.js';
import { carriedDate, nextSalience } from './next-salience.js';
import { findOccasions, referencedOccasion } from './occasions.js';
import { isQuestion } from './question.js';
import { refineCandidates } from './refine-stage.js';
import { relocateActors } from './relocate.js';
import { retagVerbs } from './retag.js';
import { createScope, type CoderSetup } from './scope.js';
import type { VerbDictionary } from './verbs/index.js';

export type { FrameTrace } from './candidate.js';

/**
 * The event coder: for every sentence of a reading, find the verbs of the verb dictionary,
 * match their patterns over a sparse parse (TABARI-style), and turn each coded verb into an
 * event with its source and target actor lists, CAMEO and PLOVER codes, modality, date,
 * location, evidence and the rule that fired. See ARCHITECTURE.md for the stages.
 */

export interface CoderOptions {
  /** Record why each verb was coded (for `dyad explain`); off by default, it costs time. */
  readonly trace?: boolean;
  /** Sentences with more tokens are skipped (reported), bounding time per sentence. */
  readonly maxTokens?: number;
  /** At most this many events per sentence (the rest are reported). */
  readonly maxEvents?: number;
}

export interface SentenceTrace {
  readonly sentence: number;
  readonly text: string;
  readonly chunks: string;
  readonly frames: readonly FrameTrace[];
  readonly skipped: string | null;
  /** How an event without a date of its own was dated, when not by the publication date. */
  readonly dating?: string;
}

export interface CodingResult {
  readonly events: readonly CodedEvent[];
  readonly traces: readonly SentenceTrace[];
  readonly skipped: readonly { readonly sentence: number; readonly reason: string }[];
}

export interface Coder {
  readonly verbs: VerbDictionary;
  code(reading: ReadResult, options?: CoderOptions): CodingResult;
}

const DEFAULT_MAX_TOKENS = 200;
const DEFAULT_MAX_EVENTS = 24;

/**
 * How statements about the future are coded. The CAMEO manual codes a promised act as intent
 * (03x: "X will visit Y" -> 036) and an announced hostile act as a threat (13x); Dyad's own
 * verb dictionary relies on the coder for that (`futureAsIntent: true`). A PETRARCH verb
 * dictionary encodes future readings in its own patterns (e.g. `- WILL * [036]`), so with
 * a user's verb file the coder leaves future codes as the dictionary gives them.
 */
export interface CodingConventions {
  readonly futureAsIntent: boolean;
}

/**
 * One sentence through the coder's stages (see ARCHITECTURE.md): its scope (scope.ts), each
 * verb frame on its own (frame-stage.ts), candidates refined by the frames around them
 * (refine-stage.ts), framing verbs combined with the verbs they govern (combine-stage.ts), the
 * events (event-stage.ts), and what the next sentence may refer to (next-salience.ts).
 */
function codeSentence(
  setup: CoderSetup,
  reading: ReadResult,
  tokens: readonly Token[],
  sentence: Sentence,
  mentions: readonly Mention[],
  words: readonly string[],
  salience: Salience,
  home: string | null,
  dating: DatingContext,
  options: Required<CoderOptions>,
): { events: CodedEvent[]; trace: SentenceTrace; salience: Salience; lastDate: EventDate | null } {
  const s = createScope(
    reading.text,
    reading.published,
    tokens,
    sentence,
    mentions,
    words,
    salience,
    home,
    setup.verbs,
    options.trace,
  );
  const state = codeFrames(s, setup);
  refineCandidates(s, setup, state);
  const finals = combineFrames(s, state);
  const { events, lastDate } = toEvents(s, setup, finals, dating, options.maxEvents);
  const text = reading.text;
  const occasion = dating.occasion;
  const chunks = !options.trace
    ? ''
    : mapPacked(
        s.structure.chunks,
        (c) => `${c.kind}[${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}]`,
      ).join(' ');
  const trace: SentenceTrace = occasion
    ? {
        sentence: sentence.index,
        text: sentence.text,
        chunks,
        frames: state.traces,
        skipped: null,
        dating: `undated events take ${occasion.date.value}, the date of the ${occasion.kind} sentence ${occasion.sentence} dates (occasions.ts)`,
      }
    : { sentence: sentence.index, text: sentence.text, chunks, frames: state.traces, skipped: null };
  return { events, trace, salience: nextSalience(s), lastDate: carriedDate(s, lastDate, dating.inherited) };
}

/** Creates a coder over loaded dictionaries and a verb dictionary. */
export function createCoder(
  dicts: Dictionaries,
  verbs: VerbDictionary,
  conventions: CodingConventions = { futureAsIntent: true },
  copular: CopularTable = loadCopular(),
  contentNouns: ContentNouns = loadContentNouns(),
): Coder {
  const setup: CoderSetup = {
    dicts,
    verbs,
    futureAsIntent: conventions.futureAsIntent,
    copular,
    contentNouns,
  };
  return {
    verbs,
    code(reading: ReadResult, options: CoderOptions = {}): CodingResult {
      const opts: Required<CoderOptions> = {
        maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
        maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS,
        trace: options.trace ?? false,
      };
      const events: CodedEvent[] = [];
      const traces: SentenceTrace[] = [];
      const skipped: { sentence: number; reason: string }[] = [];
      const discards = findDiscards(dicts, reading.norms).filter((d) => !isTimePhrase(d.entry.phrase));
      const story = discards.find((d) => d.entry.scope === 'story');
      // (worked out once: the loop below reads no field of a discard it has not met before)
      const storySkip = story ? `story discarded: "${story.entry.phrase}" (${story.entry.id})` : null;
      const tokens = retagVerbs(reading.tokens, reading.mentions, verbs);
      const words = mapPacked(tokens, (t) => t.norm.toUpperCase());
      const bySentence: Mention[][] = mapPacked(reading.sentences, () => []);
      // article-level country corrections (shared city names, ethnic groups): relocate.ts
      const mentions = relocateActors(reading.text, reading.mentions, dicts);
      for (const m of mentions) bySentence[m.sentence]?.push(m);
      let salience: Salience = initialSalience(dominantPair(mentions));
      const home = onlyCountry(mentions);
      const dateMentions = reading.mentions.filter((m): m is DateMention => m.kind === 'date');
      const anchor = anchorDay(dateMentions, reading.sentences, reading.published);
      const occasions = findOccasions(tokens, reading.sentences, dateMentions);
      let inherited: EventDate | null = null;
      let paragraph = -1;
      for (const sentence of reading.sentences) {
        if (sentence.paragraph !== paragraph) {
          paragraph = sentence.paragraph;
          inherited = null;
        }
        const skip = (reason: string): void => {
          skipped.push({ sentence: sentence.index, reason });
          traces.push({
            sentence: sentence.index,
            text: sentence.text,
            chunks: '',
            frames: [],
            skipped: reason,
          });
        };
        if (storySkip !== null) {
          skip(storySkip);
          continue;
        }
        const discard = discards.find((d) => d.start >= sentence.tokenStart && d.start < sentence.tokenEnd);
        if (discard) {
          skip(`discarded: "${discard.entry.phrase}" (${discard.entry.id})`);
          continue;
        }
        if (isQuestion(sentence.text)) {
          skip('a question asserts no event (question.ts)');
          continue;
        }
        if (sentence.tokenEnd - sentence.tokenStart > opts.maxTokens) {
          skip(`too long: ${sentence.tokenEnd - sentence.tokenStart} tokens (limit ${opts.maxTokens})`);
          continue;
        }
        const out = codeSentence(
          setup,
          reading,
          tokens,
          sentence,
          bySentence[sentence.index] ?? [],
          words,
          salience,
          home,
          { inherited, anchor, occasion: referencedOccasion(tokens, sentence, occasions) },
          opts,
        );
        if (out.events.length >= opts.maxEvents)
          skipped.push({ sentence: sentence.index, reason: `event cap ${opts.maxEvents} reached` });
        events.push(...out.events);
        traces.push(out.trace);
        salience = out.salience;
        inherited = out.lastDate;
      }
      return { events, traces, skipped };
    },
  };
}
