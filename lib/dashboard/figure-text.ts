/**
 * A reported figure as one line of text, the same in every view, print and export: its kind marked ("≥500", "~300",
 * "6–10", "＞10"), a yes/no designation in words ("yes (2019)"), and "‡" when it rests only on a repost.
 */
import { qualified, SECONDARY_MARK } from "@/lib/dashboard/qualified";
import type { RawCell } from "@/lib/dashboard/rows";

export interface FigureWords {
  yes: string;
  no: string;
  /** "yes ({year})". */
  yesSince: string;
}

export function figureText(
  cell: RawCell,
  words: FigureWords,
  format: (x: number) => string,
  opts: { scaled?: boolean; secondaryMark?: boolean } = {},
): string | null {
  const v = opts.scaled ? cell.scaled : cell.value;
  const p = cell.provenance;
  if (v == null || !p) return null;
  const b = opts.scaled ? cell.scaledBound : cell.bound;
  const text = cell.flag
    ? v === 1
      ? cell.flag.granted !== null
        ? words.yesSince.replace("{year}", String(cell.flag.granted))
        : words.yes
      : words.no
    : qualified(v, p.qualifier, format, { lo: b?.lo ?? null, hi: b?.hi ?? null });
  return opts.secondaryMark && p.secondary ? `${text}${SECONDARY_MARK}` : text;
}
