/**
 * extractFacts: the figures an article states about a relationship (trade, investment, financing,
 * aid, ranks, counts...), each with what it measures, between whom, when, and the evidence.
 * A figure becomes a fact only when a rule of data/facts/kinds.tsv says what it measures and the
 * text says between whom (see parties.ts).
 */
import type { Fact } from '../core/types.js';
import { directionOf } from './direction.js';
import { figuresOf, type Figure } from './figures.js';
import { governingDate, periodOf, type GoverningDate } from './period.js';
import { chooseParties } from './parties.js';
import { comparable, findPhrases } from './phrases.js';
import { chooseRule, indexTriggers, type RuleChoice } from './rule-choice.js';
import { clauseAt, sentenceViews, type SentenceView } from './sentence-view.js';
import { namedSubject, ofSubject } from './subject.js';
import type { FactInput, FactTables, WordSets } from './types.js';

/** The normalised qualifier ("around" → "about"), null for none or for ones that are not bounds. */
export function normaliseQualifier(written: string | null, words: WordSets): string | null {
  if (written === null) return null;
  const form = comparable(written).replace(/\s+/g, ' ').trim();
  if (form.length === 0) return null;
  const known = words.qualifier.find((p) => p.words.join(' ') === form);
  return known ? known.value : form;
}

type Range = { start: number; end: number };

/**
 * A growth rate is per year when its clause says so ("annual", "a year", "per annum") or when it is
 * an average ("an average of 19.7%") over a period of several years.
 */
function isPerYear(view: SentenceView, figure: Figure, date: GoverningDate | null, words: WordSets): boolean {
  const clause = clauseAt(view, figure.tokenStart);
  const annual = findPhrases(words.annual, view.tokens, view.first, view.last);
  if (annual.some((m) => clauseAt(view, m.start) === clause)) return true;
  const qualifier = figure.qualifier === null ? '' : comparable(figure.qualifier).replace(/\s+/g, ' ').trim();
  const averaged =
    words.average.some((p) => p.words.join(' ') === qualifier) ||
    findPhrases(words.average, view.tokens, Math.max(view.first, figure.tokenStart - 4), figure.tokenStart)
      .length > 0;
  return averaged && date !== null && date.start.slice(0, 4) < date.end.slice(0, 4);
}

function widen(range: Range, other: Range | null): Range {
  return other ? { start: Math.min(range.start, other.start), end: Math.max(range.end, other.end) } : range;
}

function factFrom(
  input: FactInput,
  views: readonly SentenceView[],
  index: number,
  figure: Figure,
  choice: RuleChoice,
  tables: FactTables,
): Fact | null {
  const view = views[index];
  if (!view) return null;
  const { rule } = choice;
  const { words } = tables;
  const figureRange = { start: figure.tokenStart, end: figure.tokenEnd };
  const subject =
    rule.flags.includes('subject') || rule.flags.includes('requires-subject')
      ? namedSubject(views, index, input.text, words)
      : rule.flags.includes('of-subject')
        ? ofSubject(view, figure.tokenEnd, input.text, rule.triggers)
        : null;
  if (!subject && rule.flags.includes('requires-subject')) return null;
  const subjectActors = subject
    ? subject.view.actors.filter((a) => a.start < subject.tokenEnd && subject.tokenStart < a.end)
    : [];
  const anchor = widen(figureRange, choice.trigger);
  const choiceOfParties = chooseParties(view, anchor, figureRange, input.dominantDyad, words, subjectActors);
  if (!choiceOfParties) return null;
  let parties = choiceOfParties.parties;
  let direction: string | null = null;
  if (choiceOfParties.from === 'sentence') {
    const flow = directionOf(view, parties, choiceOfParties.mentions, choice.trigger, rule.direction, words);
    if (flow) {
      direction = flow.direction;
      parties = flow.parties;
    }
  }
  const date = governingDate(view, figureRange);
  let unit = choice.unit;
  if (unit === 'percent' && rule.flags.includes('per-year') && isPerYear(view, figure, date, words)) {
    unit = 'percent per year';
  }
  const sign = choice.change?.phrase.value === '-1' ? -1 : 1;
  const clause = clauseAt(view, figure.tokenStart);
  let span = widen(figureRange, choice.trigger);
  if (choice.change) span = widen(span, choice.change);
  for (const m of choiceOfParties.mentions) {
    if (clauseAt(view, m.start) === clause && m.start >= view.first && m.end <= view.last)
      span = widen(span, m);
  }
  if (date && clauseAt(view, date.tokenStart) === clause)
    span = widen(span, { start: date.tokenStart, end: date.tokenEnd });
  const start = Math.min(view.tokens[span.start]?.start ?? figure.start, figure.start);
  const end = Math.max(view.tokens[span.end - 1]?.end ?? figure.end, figure.end);
  return {
    kind: rule.kind,
    value: sign * figure.value,
    ...(figure.valueEnd !== null ? { valueEnd: sign * figure.valueEnd } : {}),
    unit,
    parties,
    direction,
    period: periodOf(date),
    qualifier: normaliseQualifier(figure.qualifier, words),
    subject: subject?.text ?? null,
    evidence: { text: input.text.slice(start, end), start, end },
    sentence: view.sentence.index,
    rule: { id: rule.id, partiesFrom: choiceOfParties.from },
  };
}

/** Every fact the article states, in text order. Never throws on well-formed input. */
export function extractFacts(input: FactInput, tables: FactTables): Fact[] {
  const views = sentenceViews(input.text, input.sentences, input.tokens, input.mentions, tables.words);
  const facts: Fact[] = [];
  views.forEach((view, index) => {
    const figures = figuresOf(view, tables.words);
    if (figures.length === 0) return;
    const triggers = indexTriggers(view, tables);
    for (const figure of figures) {
      const choice = chooseRule(figure, view, tables, triggers);
      if (!choice) continue;
      const fact = factFrom(input, views, index, figure, choice, tables);
      if (fact) facts.push(fact);
    }
  });
  return facts;
}
