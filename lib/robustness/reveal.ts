/**
 * How many rows of a long result list to show next. Mounting a few hundred rows at once (the rank-interval chart
 * after a Monte Carlo run over 300 places) is one main-thread task of about 100 ms: creating the DOM, then style and
 * layout for all of it. Revealing the rows in slices keeps each task short; the first slice is what the eye lands on.
 */
export const REVEAL_STEP = 40;

/** The number of rows to show after `shown`, given `total`: one slice more, never past the end. */
export function nextReveal(shown: number, total: number, step: number = REVEAL_STEP): number {
  if (!(step >= 1)) throw new RangeError(`step must be at least 1, got ${step}`);
  return Math.max(0, Math.min(total, Math.max(0, shown) + Math.floor(step)));
}
