import type { TimeView } from "@/lib/view/types";

/**
 * The time settings with another as-of year. "What changed" must compare with an earlier year, so a `since` at or
 * after the new year is dropped (back to its default), keeping the view one a link can carry.
 */
export function withAsOf(time: TimeView, asOf: number | null): TimeView {
  const since = asOf !== null && time.since !== null && time.since >= asOf ? null : time.since;
  return { ...time, asOf, since };
}
