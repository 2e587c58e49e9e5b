import type { DateRefiner } from './types.js';

/** A frozen DateRefiner. */
export function refiner(id: string, refine: DateRefiner['refine']): DateRefiner {
  return Object.freeze({ id, refine });
}
