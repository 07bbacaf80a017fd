import type { ValueKind } from "@/lib/scoring/types";

/**
 * A reported figure as text with its kind visible: "≥500" a lower bound (超/以上), "~300" approximate (约/近),
 * "6–10" a published range, "＞10" beyond a published top-10 list, the number alone when exact. `format` writes
 * one number (the caller's locale and precision).
 */
export function qualified(
  value: number,
  kind: ValueKind,
  format: (x: number) => string,
  bounds: { lo: number | null; hi: number | null } = { lo: null, hi: null },
): string {
  switch (kind) {
    case "lower_bound":
      return `≥${format(value)}`;
    case "approximate":
      return `~${format(value)}`;
    case "range":
      return bounds.lo !== null && bounds.hi !== null ? `${format(bounds.lo)}–${format(bounds.hi)}` : format(value);
    case "beyond_list":
      // Beyond a list of N: the cell's lower bound is N + 1, so the list's length is lo − 1.
      return `＞${format((bounds.lo ?? value) - 1)}`;
    default:
      return format(value);
  }
}

/** The mark beside a figure that rests only on a repost (a secondary source), wherever it is shown. */
export const SECONDARY_MARK = "‡";
