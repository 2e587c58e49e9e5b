/** Precision, recall and F1 from counts. */
import type { LevelScore } from './types.js';

/** P = TP/(TP+FP), R = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN); null where the denominator is 0. */
export function levelScore(tp: number, fp: number, fn: number): LevelScore {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}
