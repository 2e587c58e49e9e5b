/**
 * Change detection: periods whose index, event mix or volume departs from the periods
 * just before them (a trailing rolling baseline). See README.md for the method.
 */
import type { IndexPoint } from './index-score.js';
import type { DyadPeriod } from './series.js';

export interface ChangeParams {
  /** Baseline length in periods (the periods just before the one tested). */
  readonly window: number;
  /** |z| at or above which the index or the volume is flagged. */
  readonly threshold: number;
  /** Floor on the baseline's standard deviation of the index (index points). */
  readonly minIndexSigma: number;
  /** Floor on the baseline's standard deviation of ln(1 + events). */
  readonly minVolumeSigma: number;
  /** The mix is flagged when its total variation distance is at least mixScale · threshold. */
  readonly mixScale: number;
  /** Events needed in the period and in the baseline to compare mixes. */
  readonly minMixEvents: number;
  /** Periods of baseline needed before any period is tested. */
  readonly minBaseline: number;
}

export const CHANGE_PARAMS: ChangeParams = Object.freeze({
  window: 6,
  threshold: 2,
  minIndexSigma: 10,
  minVolumeSigma: 0.5,
  mixScale: 0.15,
  minMixEvents: 3,
  minBaseline: 3,
});

export const CHANGE_METHOD =
  'Rolling baseline of the previous periods (window, at least 3). Index: z = (I − mean) / max(sd, 10), ' +
  'flagged when |z| ≥ threshold and the period has events. Volume: the same on ln(1 + events) with sd ≥ 0.5. ' +
  'Mix: total variation distance between the period’s quad-class shares and the pooled baseline’s, flagged ' +
  'at ≥ 0.15 · threshold when both have at least 3 events.';

export interface Signal {
  readonly kind: 'index' | 'mix' | 'volume';
  /** index: higher/lower; mix: more/less cooperative; volume: more/fewer events. */
  readonly direction: 'up' | 'down';
  readonly value: number;
  readonly baseline: number;
  /** z-score (index, volume) or total variation distance (mix). */
  readonly score: number;
  readonly detail: string;
}

export interface ChangePoint {
  readonly period: string;
  readonly end: string;
  readonly signals: readonly Signal[];
  /** How to rank the events that drive the change (the store's top-events order). */
  readonly driverOrder: 'salience' | 'cooperative' | 'conflictual';
}

function meanSd(values: readonly number[]): [number, number] {
  const mean = values.reduce((s, x) => s + x, 0) / values.length;
  const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length;
  return [mean, Math.sqrt(variance)];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Flags the periods that depart from their baseline. `points[i]` is the index of `periods[i]`. */
export function detectChanges(
  periods: readonly DyadPeriod[],
  points: readonly IndexPoint[],
  params: ChangeParams = CHANGE_PARAMS,
): ChangePoint[] {
  const out: ChangePoint[] = [];
  for (let i = params.minBaseline; i < periods.length; i += 1) {
    const lo = Math.max(0, i - params.window);
    const p = periods[i]!;
    const base = periods.slice(lo, i);
    const signals: Signal[] = [];

    const [mu, sd] = meanSd(points.slice(lo, i).map((x) => x.index));
    const value = points[i]!.index;
    const z = (value - mu) / Math.max(sd, params.minIndexSigma);
    if (p.events > 0 && Math.abs(z) >= params.threshold) {
      signals.push({
        kind: 'index',
        direction: z > 0 ? 'up' : 'down',
        value,
        baseline: mu,
        score: z,
        detail: `index ${value.toFixed(1)} against a baseline of ${mu.toFixed(1)} (z = ${z.toFixed(1)})`,
      });
    }

    const volumes = base.map((x) => Math.log1p(x.events));
    const [vMu, vSd] = meanSd(volumes);
    const vz = (Math.log1p(p.events) - vMu) / Math.max(vSd, params.minVolumeSigma);
    if (Math.abs(vz) >= params.threshold) {
      const perPeriod = base.reduce((s, x) => s + x.events, 0) / base.length;
      signals.push({
        kind: 'volume',
        direction: vz > 0 ? 'up' : 'down',
        value: p.events,
        baseline: perPeriod,
        score: vz,
        detail: `${p.events} events against ${perPeriod.toFixed(1)} per period before (z = ${vz.toFixed(1)})`,
      });
    }

    const baseEvents = base.reduce((s, x) => s + x.events, 0);
    if (p.events >= params.minMixEvents && baseEvents >= params.minMixEvents) {
      const pooled = [0, 1, 2, 3].map((q) => base.reduce((s, x) => s + x.quads[q]!, 0) / baseEvents);
      const now = p.quads.map((n) => n / p.events);
      const tv = 0.5 * now.reduce((s, x, q) => s + Math.abs(x - pooled[q]!), 0);
      if (tv >= params.mixScale * params.threshold) {
        const coopNow = now[0]! + now[1]!;
        const coopBefore = pooled[0]! + pooled[1]!;
        signals.push({
          kind: 'mix',
          direction: coopNow >= coopBefore ? 'up' : 'down',
          value: coopNow,
          baseline: coopBefore,
          score: tv,
          detail: `cooperative share ${pct(coopNow)} against ${pct(coopBefore)} before (distance ${tv.toFixed(2)})`,
        });
      }
    }

    if (signals.length === 0) continue;
    const strength = (s: Signal) =>
      s.kind === 'mix'
        ? s.score / (params.mixScale * params.threshold)
        : Math.abs(s.score) / params.threshold;
    const strongest = signals.reduce((a, b) => (strength(b) > strength(a) ? b : a));
    out.push({
      period: p.period,
      end: p.end,
      signals,
      driverOrder:
        strongest.kind === 'volume'
          ? 'salience'
          : strongest.direction === 'up'
            ? 'cooperative'
            : 'conflictual',
    });
  }
  return out;
}
