/**
 * Synthetic, self-consistent bundles for the store's tests and bench: hand-written
 * sentences about fictional countries (as in the PETRARCH validation suite), with
 * mentions, events, facts and designations whose spans slice back to the text.
 */
import { createHash } from 'node:crypto';
import type {
  ActorMention,
  Article,
  CodedEvent,
  DateMention,
  Designation,
  EventActor,
  Fact,
  Mention,
  PlaceMention,
  QuantityMention,
  Sentence,
} from '../core/types.js';
import type { ArticleBundle } from './types.js';

export const COUNTRIES: readonly (readonly [name: string, code: string])[] = [
  ['Arnor', 'ARN'],
  ['Gondor', 'GON'],
  ['Rohan', 'ROH'],
  ['Mordor', 'MOR'],
  ['Eriador', 'ERI'],
];

export interface FixtureOptions {
  readonly readerVersion?: string;
  /** Sentence groups of four; default 2 (8 sentences, ~22 mentions, 2 events). */
  readonly groups?: number;
  /** Publication date; default a day in 2024 chosen by `n`. */
  readonly published?: string | null;
  readonly source?: string | null;
}

export function fixtureId(n: number): string {
  return createHash('sha256').update(`fixture article ${n}`).digest('hex').slice(0, 32);
}

export function dayOf(n: number): string {
  return new Date(Date.UTC(2024, 0, 1) + (n % 366) * 86_400_000).toISOString().slice(0, 10);
}

/** The n-th synthetic bundle; the same n always gives the same bundle. */
export function makeBundle(n: number, options: FixtureOptions = {}): ArticleBundle {
  const groups = options.groups ?? 2;
  const published = options.published === undefined ? dayOf(n) : options.published;
  const builder = new TextBuilder();
  const mentions: Mention[] = [];
  const events: CodedEvent[] = [];
  const facts: Fact[] = [];
  const designations: Designation[] = [];
  for (let g = 0; g < groups; g += 1) {
    const [aName, aCode] = COUNTRIES[(n + g) % COUNTRIES.length]!;
    const [bName, bCode] = COUNTRIES[(n + g + 1 + (n % 3)) % COUNTRIES.length]!;
    const day = dayOf(n + g);
    const [year, month, date] = day.split('-');
    const monthName = new Date(`${day}T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const written = `${Number(date)} ${monthName} ${year}`;

    // 1: a meeting (reciprocal event) with two actors, a place and a date.
    let s = builder.sentence([
      `Ministers of `,
      { actor: aName, code: `${aCode}GOV`, country: aCode },
      ` and `,
      { actor: bName, code: `${bCode}GOV`, country: bCode },
      ` met in Minas Tirith on `,
      { date: written, value: day, month: month! },
      `.`,
    ]);
    mentions.push(...s.mentions);
    const [a1, b1] = s.actors;
    events.push(
      event(s, '043', '04', 1, 2.8, { type: 'CONSULT', mode: 'visit' }, [a1!], [b1!], true, day, 'asserted'),
    );

    // 2: a promise of aid (future modality) with a quantity.
    s = builder.sentence([
      { actor: bName, code: bCode, country: bCode },
      ` promised to send `,
      { quantity: '5,000 tonnes', value: 5000, unit: 'tonnes' },
      ` of grain to `,
      { actor: aName, code: aCode, country: aCode },
      `.`,
    ]);
    mentions.push(...s.mentions);
    const [b2, a2] = s.actors;
    events.push(
      event(s, '0332', '03', 1, 5.2, { type: 'AID', mode: null }, [b2!], [a2!], false, day, 'future'),
    );

    // 3: a designation.
    s = builder.sentence([`The two sides described their ties as a comprehensive strategic partnership.`]);
    designations.push({
      kind: 'partnership',
      parties: [aCode, bCode].sort(),
      label: 'comprehensive strategic partnership',
      level: 'comprehensive strategic',
      rank: 3,
      date: { value: day, precision: 'day' },
      evidence: s.evidence,
      sentence: s.index,
      rule: { id: 'designations/label' },
    });

    // 4: a figure, closing a paragraph.
    s = builder.sentence(
      [
        `Trade between `,
        { actor: aName, code: aCode, country: aCode },
        ` and `,
        { actor: bName, code: bCode, country: bCode },
        ` grew by `,
        { quantity: '12 percent', value: 12, unit: 'percent' },
        ` in `,
        { date: year!, value: year!, year: true },
        `.`,
      ],
      true,
    );
    mentions.push(...s.mentions);
    facts.push({
      kind: 'trade_growth',
      value: 12,
      unit: 'percent',
      parties: [aCode, bCode],
      direction: null,
      period: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', value: year! },
      qualifier: null,
      subject: 'trade',
      evidence: s.evidence,
      sentence: s.index,
      rule: { id: 'facts/trade-growth', partiesFrom: 'sentence' },
    });
  }
  const text = builder.text;
  const article: Article = {
    id: fixtureId(n),
    title: `Fixture ${n}`,
    source: options.source === undefined ? `Source ${n % 4}` : options.source,
    url: `https://example.org/fixture/${n}`,
    published,
    publishedSource: published === null ? 'missing' : 'file',
    language: 'en',
    text,
    origin: { path: 'fixtures.jsonl', line: n + 1 },
  };
  return {
    article,
    readerVersion: options.readerVersion ?? 'reader-1',
    sentences: builder.sentences,
    mentions,
    events,
    facts,
    designations,
  };
}

type Piece =
  | string
  | { actor: string; code: string; country: string }
  | { date: string; value: string; month?: string; year?: boolean }
  | { quantity: string; value: number; unit: string };

interface BuiltSentence {
  readonly index: number;
  readonly mentions: Mention[];
  readonly actors: EventActor[];
  readonly evidence: { text: string; start: number; end: number };
}

class TextBuilder {
  text = '';
  sentences: Sentence[] = [];
  private paragraph = 0;
  private tokens = 0;
  private pendingBreak = false;

  sentence(pieces: readonly Piece[], endParagraph = false): BuiltSentence {
    if (this.text.length > 0) this.text += this.pendingBreak ? '\n\n' : ' ';
    if (this.pendingBreak) this.paragraph += 1;
    this.pendingBreak = endParagraph;
    const index = this.sentences.length;
    const start = this.text.length;
    const mentions: Mention[] = [];
    const actors: EventActor[] = [];
    for (const piece of pieces) {
      const at = this.text.length;
      if (typeof piece === 'string') {
        this.text += piece;
        continue;
      }
      if ('actor' in piece) {
        this.text += piece.actor;
        const ref = {
          code: piece.code,
          country: piece.country,
          sector: piece.code.slice(3) || null,
          name: piece.actor.toUpperCase(),
        };
        const m: ActorMention = {
          kind: 'actor',
          start: at,
          end: this.text.length,
          text: piece.actor,
          sentence: index,
          rule: 'actors/dictionary',
          entry: `fixtures.actors:${COUNTRIES.findIndex(([name]) => name === piece.actor) + 1}`,
          actor: ref,
          form: 'country',
        };
        mentions.push(m);
        actors.push({ ...ref, text: piece.actor, start: at, end: this.text.length });
      } else if ('date' in piece) {
        this.text += piece.date;
        const m: DateMention = {
          kind: 'date',
          start: at,
          end: this.text.length,
          text: piece.date,
          sentence: index,
          rule: piece.year ? 'dates/bare-year' : 'dates/day-month-year',
          reason: 'fixture',
          date: piece.year
            ? {
                value: piece.value,
                precision: 'year',
                start: `${piece.value}-01-01`,
                end: `${piece.value}-12-31`,
                stated: ['year'],
                implied: [],
              }
            : {
                value: piece.value,
                precision: 'day',
                start: piece.value,
                end: piece.value,
                stated: ['day', 'month', 'year'],
                implied: [],
              },
        };
        mentions.push(m);
      } else {
        this.text += piece.quantity;
        const m: QuantityMention = {
          kind: 'quantity',
          start: at,
          end: this.text.length,
          text: piece.quantity,
          sentence: index,
          rule: 'quantities/number-unit',
          quantity: { value: piece.value, unit: piece.unit },
        };
        mentions.push(m);
      }
    }
    const end = this.text.length;
    const sentenceText = this.text.slice(start, end);
    const place = sentenceText.indexOf('Minas Tirith');
    if (place >= 0) {
      const m: PlaceMention = {
        kind: 'place',
        start: start + place,
        end: start + place + 'Minas Tirith'.length,
        text: 'Minas Tirith',
        sentence: index,
        rule: 'places/gazetteer',
        place: {
          name: 'Minas Tirith',
          country: 'GON',
          lat: 44.5,
          lon: 21.25,
          geonameId: 9000001,
          featureClass: 'P',
        },
      };
      mentions.push(m);
    }
    const tokenCount = sentenceText.split(/\s+/).length + 1;
    this.sentences.push({
      index,
      start,
      end,
      text: sentenceText,
      paragraph: this.paragraph,
      tokenStart: this.tokens,
      tokenEnd: this.tokens + tokenCount,
    });
    this.tokens += tokenCount;
    mentions.sort((a, b) => a.start - b.start);
    return { index, mentions, actors, evidence: { text: sentenceText, start, end } };
  }
}

function event(
  s: BuiltSentence,
  code: string,
  root: string,
  quad: 1 | 2 | 3 | 4,
  goldstein: number,
  plover: { type: string; mode: string | null },
  sources: EventActor[],
  targets: EventActor[],
  reciprocal: boolean,
  day: string,
  modality: CodedEvent['modality'],
): CodedEvent {
  return {
    code,
    root,
    quad,
    goldstein,
    plover,
    sources,
    targets,
    reciprocal,
    modality,
    date: { value: day, precision: 'day', start: day, end: day },
    location: reciprocal ? { name: 'Minas Tirith', country: 'GON', lat: 44.5, lon: 21.25 } : null,
    evidence: s.evidence,
    ...verbAfter(s, sources[0]),
    sentence: s.index,
    rule: { id: `verbs/${code}`, dictionary: 'fixtures-1' },
  };
}

/** The fixture's verb: the first word after the first source actor. */
function verbAfter(s: BuiltSentence, source: EventActor | undefined): Pick<CodedEvent, 'verb'> {
  if (!source) return {};
  const from = source.end - s.evidence.start;
  const word = /[A-Za-z]+/.exec(s.evidence.text.slice(from));
  if (!word) return {};
  const start = s.evidence.start + from + word.index;
  return { verb: { text: word[0], start, end: start + word[0].length } };
}
