/**
 * The relationship index: a bounded score per period from the Goldstein-weighted events
 * (weighted by how often they were reported) and the partnership level. See README.md.
 */
import type { Level } from './level.js';
import type { DyadPeriod } from './series.js';

export interface IndexParams {
  /** Evidence weight at which confidence reaches one half. */
  readonly k: number;
  /** Weights of the event score and the level; they sum to 1. */
  readonly eventWeight: number;
  readonly levelWeight: number;
}

export const INDEX_PARAMS: IndexParams = Object.freeze({ k: 3, eventWeight: 0.8, levelWeight: 0.2 });

export const INDEX_FORMULA =
  'I = 100 · (0.8 · E + 0.2 · L); E = C · mean(T, B); T = Σw·g / (10 · Σw) (tone); ' +
  'B = (w₁ + w₂ − w₃ − w₄) / Σw (cooperation balance, wq = Σw of quad class q); C = W / (W + 3) ' +
  '(confidence); w = 1 + ln(mentions) per event; L = (10 − rank) / 9 on the partnership ladder, 0 without one. ' +
  'Range −80..100.';

export interface IndexComponents {
  readonly events: number;
  /** W: Σ w over the period's events. */
  readonly weight: number;
  /** T in −1..1, null without a Goldstein score. */
  readonly tone: number | null;
  /** B in −1..1, null without events. */
  readonly balance: number | null;
  /** C in 0..1. */
  readonly confidence: number;
  /** E in −1..1. */
  readonly eventScore: number;
  readonly level: Level;
}

export interface IndexPoint {
  readonly period: string;
  readonly end: string;
  /** −100..100 (in fact −80..100: the level only adds). */
  readonly index: number;
  readonly components: IndexComponents;
}

export function indexComponents(
  p: DyadPeriod,
  level: Level,
  params: IndexParams = INDEX_PARAMS,
): IndexComponents {
  const W = p.weight;
  const tone =
    p.weightedGoldstein.weight > 0
      ? clamp(p.weightedGoldstein.sum / (10 * p.weightedGoldstein.weight))
      : null;
  const [w1, w2, w3, w4] = p.weightedQuads;
  const balance = W > 0 ? clamp((w1 + w2 - w3 - w4) / W) : null;
  const confidence = W > 0 ? W / (W + params.k) : 0;
  const parts = [tone, balance].filter((x): x is number => x !== null);
  const eventScore = parts.length === 0 ? 0 : (confidence * parts.reduce((s, x) => s + x, 0)) / parts.length;
  return { events: p.events, weight: W, tone, balance, confidence, eventScore, level };
}

export function indexPoint(p: DyadPeriod, level: Level, params: IndexParams = INDEX_PARAMS): IndexPoint {
  const components = indexComponents(p, level, params);
  const index = 100 * (params.eventWeight * components.eventScore + params.levelWeight * level.score);
  return { period: p.period, end: p.end, index: Math.max(-100, Math.min(100, index)), components };
}

/** The index of each period, with the level in force at the period's last day. */
export function relationshipIndex(
  periods: readonly DyadPeriod[],
  levelOn: (day: string) => Level,
  params: IndexParams = INDEX_PARAMS,
): IndexPoint[] {
  return periods.map((p) => indexPoint(p, levelOn(p.end), params));
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}
