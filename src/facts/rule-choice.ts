/**
 * Which rule a figure falls under: among the rules whose unit class accepts it, the one whose trigger
 * is nearest to it in the same clause (within WINDOW tokens); a `needs change` rule also needs a change
 * word nearby, and an `unless` phrase nearby vetoes a rule. A figure that modifies a noun ("a $1
 * trillion program") is measured only by a rule whose trigger (or change word) that noun is ("a $2
 * billion loan", "a 10% increase"). Ties go to the earlier row of kinds.tsv.
 */
import { findPhrases, tokenGap, type PhraseMatch } from './phrases.js';
import { clauseAt, type SentenceView } from './sentence-view.js';
import { isMoney, type Figure } from './figures.js';
import type { FactRule, FactTables, Phrase } from './types.js';

/** How far (in tokens) a trigger, change word or marker may be from the figure. */
export const WINDOW = 12;

const AREA_UNITS: ReadonlySet<string> = new Set(['km2', 'mi2', 'm2', 'ha', 'acre', 'ft2']);

export interface RuleChoice {
  readonly rule: FactRule;
  /** The trigger's token range (the figure's own range for trigger-less noun rules). */
  readonly trigger: { readonly start: number; readonly end: number };
  readonly change: PhraseMatch | null;
  readonly distance: number;
  /** The fact's unit. */
  readonly unit: string;
}

/** The fact unit for a figure under a rule, or null when the rule does not take that unit. */
export function acceptedUnit(rule: FactRule, figure: Figure): string | null {
  const spec = rule.units;
  const money = isMoney(figure);
  switch (spec.class) {
    case 'money':
      return money && figure.source === 'quantity' ? (figure.currency ?? figure.unit) : null;
    case 'percent':
      return figure.unit === 'percent' && figure.source === 'quantity' ? 'percent' : null;
    case 'area':
      return AREA_UNITS.has(figure.unit) && figure.source === 'quantity' ? figure.unit : null;
    case 'rank':
      return figure.source === 'rank' ? spec.output : null;
    case 'noun': {
      if (figure.source !== 'quantity' || money || figure.unit === 'percent') return null;
      const unit = figure.unit.toLowerCase();
      const fits = spec.heads.some((h) => unit === h || unit.endsWith(` ${h}`) || unit.endsWith(`-${h}`));
      return fits ? unit : null;
    }
  }
}

/**
 * Trigger occurrences of every rule in a sentence, outside actor mentions ("World Trade
 * Organization" is no trade). Where two rules' triggers overlap ("trade" and "trade deficit"), both
 * stay: the nearer one wins, and on a tie the earlier row (kinds.tsv lists the narrower kinds first).
 */
export interface TriggerIndex {
  readonly byRule: ReadonlyMap<FactRule, readonly PhraseMatch[]>;
}

export function indexTriggers(view: SentenceView, tables: FactTables): TriggerIndex {
  const inActor = (m: PhraseMatch): boolean => view.actors.some((a) => a.start < m.end && m.start < a.end);
  const byRule = new Map<FactRule, PhraseMatch[]>();
  for (const rule of tables.rules) {
    const found = findPhrases(rule.triggers, view.tokens, view.first, view.last).filter((m) => !inActor(m));
    if (found.length > 0) byRule.set(rule, found);
  }
  return { byRule };
}

function nearest(
  matches: readonly PhraseMatch[],
  figure: Figure,
  view: SentenceView,
): { match: PhraseMatch; distance: number } | null {
  const clause = clauseAt(view, figure.tokenStart);
  let best: { match: PhraseMatch; distance: number } | null = null;
  const range = { start: figure.tokenStart, end: figure.tokenEnd };
  for (const match of matches) {
    if (match.start < range.end && range.start < match.end) continue;
    if (clauseAt(view, match.start) !== clause) continue;
    const distance = tokenGap(match, range);
    if (distance <= WINDOW && (!best || distance < best.distance)) best = { match, distance };
  }
  return best;
}

/** The nearest occurrence of any of `phrases` to the figure, in its clause and window. */
export function nearestPhrase(
  phrases: readonly Phrase[],
  figure: Figure,
  view: SentenceView,
): { match: PhraseMatch; distance: number } | null {
  return nearest(findPhrases(phrases, view.tokens, view.first, view.last), figure, view);
}

const TIME_NOUNS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'month',
  'months',
  'quarter',
  'week',
  'day',
  'period',
  'time',
]);

/**
 * The noun a quantity figure modifies ("a $1 trillion program" → program), skipping adjectives and
 * hyphens; null when a preposition, verb, name or punctuation follows the figure.
 */
function modifiedNoun(figure: Figure, view: SentenceView): number | null {
  if (figure.source !== 'quantity') return null;
  for (let i = figure.tokenEnd; i < Math.min(view.last, figure.tokenEnd + 4); i++) {
    const token = view.tokens[i];
    if (!token) return null;
    if (token.pos === 'NOUN') {
      const dated = view.dates.some((d) => d.start <= i && i < d.end);
      return dated || TIME_NOUNS.has(token.norm) ? null : i;
    }
    if (token.pos !== 'ADJ' && token.norm !== '-') return null;
  }
  return null;
}

/** Whether a rule may measure a figure that modifies the noun at `noun`: the noun must be its trigger or change word. */
function acceptsModifiedNoun(
  rule: FactRule,
  noun: number | null,
  view: SentenceView,
  tables: FactTables,
): boolean {
  if (noun === null || rule.units.class === 'noun') return true;
  const starts = (phrases: readonly Phrase[]): boolean =>
    findPhrases(phrases, view.tokens, noun, Math.min(view.last, noun + 4)).some((m) => m.start === noun);
  return starts(rule.triggers) || (rule.needsChange && starts(tables.words.change));
}

export function chooseRule(
  figure: Figure,
  view: SentenceView,
  tables: FactTables,
  triggers: TriggerIndex,
): RuleChoice | null {
  let best: RuleChoice | null = null;
  const change = nearestPhrase(tables.words.change, figure, view);
  const noun = modifiedNoun(figure, view);
  for (const rule of tables.rules) {
    const unit = acceptedUnit(rule, figure);
    if (unit === null || !acceptsModifiedNoun(rule, noun, view, tables)) continue;
    let trigger: { start: number; end: number };
    let distance: number;
    if (rule.triggers.length === 0) {
      trigger = { start: figure.tokenStart, end: figure.tokenEnd };
      distance = 0;
    } else {
      const found = nearest(triggers.byRule.get(rule) ?? [], figure, view);
      if (!found) continue;
      trigger = found.match;
      distance = found.distance;
    }
    if (rule.needsChange && !change) continue;
    if (rule.unless.length > 0 && nearestPhrase(rule.unless, figure, view)) continue;
    if (!best || distance < best.distance) {
      best = { rule, trigger, change: rule.needsChange && change ? change.match : null, distance, unit };
    }
  }
  return best;
}
