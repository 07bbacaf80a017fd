/**
 * Drawing a figure within what is known of it (`EngineInput.bounds`). Every draw is uniform on an interval:
 *
 * | kind          | drawn from                                                   |
 * | ------------- | ------------------------------------------------------------ |
 * | `exact`       | not drawn                                                    |
 * | `lower_bound` | [value, value + 25 % of |value|]  ("超500亿": 500 to 625亿)   |
 * | `approximate` | [value − 5 %, value + 5 %]        ("约120": 114 to 126)       |
 * | `range`       | [lo, hi] as published             ("6–10": 6 to 10)           |
 * | `beyond_list` | a whole number from N + 1 to the number of places scored    |
 *
 * The two spreads are this analysis' assumptions, not facts about the figures (a lower bound has no published upper
 * end); they are stated on the page and in ./README.md. Bounds are in raw units; the input's value may be scaled (per
 * capita, per GDP), so a draw is scaled by value ÷ the bound's point value.
 */
import type { CellBound } from "@/lib/scoring/types";

/** A lower bound is drawn up to this share above its value. */
export const LOWER_BOUND_SPREAD = 0.25;
/** An approximate figure is drawn within this share of its value either way. */
export const APPROXIMATE_SPREAD = 0.05;

/** The point value the input carries for a bound (what scoring uses). */
function pointOf(b: CellBound): number {
  if (b.kind === "range") return (b.lo + b.hi) / 2;
  return b.lo;
}

/** The raw interval a bound's draws come from (integers for beyond_list), or null when nothing is drawn. */
export function drawInterval(b: CellBound): { lo: number; hi: number; integer: boolean } | null {
  const lo = b.lo;
  switch (b.kind) {
    case "lower_bound":
      return { lo, hi: lo + LOWER_BOUND_SPREAD * Math.abs(lo), integer: false };
    case "approximate":
      return { lo: lo - APPROXIMATE_SPREAD * Math.abs(lo), hi: lo + APPROXIMATE_SPREAD * Math.abs(lo), integer: false };
    case "range":
      return b.hi > b.lo ? { lo: b.lo, hi: b.hi, integer: false } : null;
    case "beyond_list":
      return Number.isFinite(b.hi) && b.hi > b.lo ? { lo: Math.ceil(b.lo), hi: Math.floor(b.hi), integer: true } : null;
    default:
      return null;
  }
}

/** One draw for a cell whose input value is `value`, from a uniform `u` in [0, 1). */
export function drawFigure(b: CellBound, value: number, u: number): number {
  const iv = drawInterval(b);
  if (!iv) return value;
  const raw = iv.integer
    ? iv.lo + Math.min(Math.floor(u * (iv.hi - iv.lo + 1)), iv.hi - iv.lo)
    : iv.lo + u * (iv.hi - iv.lo);
  const point = pointOf(b);
  return point !== 0 ? value * (raw / point) : value + (raw - point);
}

export interface DrawnColumn {
  /** Column of the prepared stage. */
  column: number;
  places: Int32Array;
  bounds: CellBound[];
  /** The input's (untransformed) value of each drawn cell. */
  values: Float64Array;
}

/** The cells that are drawn: per indicator column, the observed cells with a bound other than exact. */
export function drawnCells(
  bounds: Record<string, ArrayLike<CellBound | null>> | undefined,
  columns: string[],
  values: Record<string, ArrayLike<number | null>>,
): DrawnColumn[] {
  if (!bounds) return [];
  const out: DrawnColumn[] = [];
  columns.forEach((id, j) => {
    const col = Object.hasOwn(bounds, id) ? bounds[id] : undefined;
    const raw = values[id];
    if (!col || !raw) return;
    const places: number[] = [];
    const bs: CellBound[] = [];
    const vs: number[] = [];
    for (let p = 0; p < col.length; p++) {
      const b = col[p];
      const v = raw[p];
      if (b && b.kind !== "exact" && drawInterval(b) && typeof v === "number" && Number.isFinite(v)) {
        places.push(p);
        bs.push(b);
        vs.push(v);
      }
    }
    if (places.length)
      out.push({ column: j, places: Int32Array.from(places), bounds: bs, values: Float64Array.from(vs) });
  });
  return out;
}
