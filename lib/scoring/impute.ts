/**
 * Imputation (missing policies mean / median / min), after normalization: a missing cell gets the statistic of the
 * observed normalized scores of its indicator. A cell whose truth is partly known (`EngineInput.bounds`: "beyond a
 * top-10 list", a band) is kept inside what is known: the statistic is clamped to the normalized image of the bound, so
 * a city absent from a complete top-10 list is never imputed above the list's 10th.
 */
import type { MissingPolicy, Normalization } from "./vocabulary";
import { CONSTANT_SCORE } from "./methods";
import type { ColumnStats, PreparedIndicator } from "./prepare";

/** A missing cell's known interval, in the indicator's transformed units (lo ≤ hi; ±Infinity = open). */
export interface KnownInterval {
  lo: number;
  hi: number;
}

export interface Imputation {
  mask: Uint8Array;
  /** e.g. "imputed: median of 7 observed places". */
  note: string;
  /** Place indices whose imputed value was moved into its known bound. */
  clamped: number[];
}

/** Methods whose scores lie on 0–100 by construction (z-score and none do not). */
const BOUNDED_0_100 = new Set<Normalization>(["minmax", "goalposts", "rank", "percentile", "ratio", "target"]);

/**
 * The score `method` would give a hypothetical value x of this indicator, with the observed column `col` (NaN =
 * missing) as the reference: the same formulas as `normalizeColumn`, for one value that is not part of the column.
 * Monotone in x in the indicator's direction, so an interval's image is the interval between its ends' scores.
 */
export function scoreOfValue(
  x: number,
  method: Normalization,
  ind: PreparedIndicator,
  s: ColumnStats,
  col: Float64Array,
): number {
  const dir = ind.direction;
  const linear = (lo: number, hi: number) => {
    if (!(hi > lo)) return x === lo ? CONSTANT_SCORE : dir * (x - lo) > 0 ? 100 : 0;
    return 100 * ((dir > 0 ? x - lo : hi - x) / (hi - lo));
  };
  switch (method) {
    case "minmax":
      return linear(s.min, s.max);
    case "goalposts":
      return ind.goalposts ? linear(ind.goalposts.min, ind.goalposts.max) : linear(s.min, s.max);
    case "zscore": {
      let sum = 0;
      for (const v of col) if (v === v) sum += v;
      const mean = sum / s.n;
      let ss = 0;
      for (const v of col) if (v === v) ss += (v - mean) ** 2;
      const sd = s.n > 1 ? Math.sqrt(ss / (s.n - 1)) : 0;
      if (!(sd > 0)) return linear(s.min, s.max);
      return 50 + (10 * dir * (x - mean)) / sd;
    }
    case "rank":
    case "percentile": {
      let better = 0;
      let worse = 0;
      let equal = 0;
      for (const v of col) {
        if (v !== v) continue;
        const d = dir * (v - x);
        if (d > 0) better++;
        else if (d < 0) worse++;
        else equal++;
      }
      const n = s.n;
      if (method === "percentile") return (100 * (worse + 0.5 * equal)) / n;
      // Competition rank among the observed places: 1 + the places strictly better.
      return n === 1 ? (better === 0 ? 100 : 0) : (100 * (n - 1 - better)) / (n - 1);
    }
    case "ratio":
      return dir > 0 ? (100 * x) / s.max : x > 0 ? (100 * s.min) / x : Infinity;
    case "target": {
      const t =
        ind.target ?? (ind.goalposts ? (dir > 0 ? ind.goalposts.max : ind.goalposts.min) : dir > 0 ? s.max : s.min);
      const worst = dir > 0 ? s.min : s.max;
      return (dir > 0 ? x >= t : x <= t) ? 100 : (100 * (x - worst)) / (t - worst);
    }
    case "none":
      return dir > 0 ? x : 100 - x;
  }
}

/** The normalized interval a bounded missing cell must stay in. */
function scoreInterval(
  k: KnownInterval,
  method: Normalization,
  ind: PreparedIndicator,
  s: ColumnStats,
  col: Float64Array,
): [number, number] {
  const a = scoreOfValue(k.lo, method, ind, s, col);
  const b = scoreOfValue(k.hi, method, ind, s, col);
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  if (lo !== lo) lo = -Infinity;
  if (hi !== hi) hi = Infinity;
  if (BOUNDED_0_100.has(method)) {
    lo = Math.min(100, Math.max(0, lo));
    hi = Math.min(100, Math.max(0, hi));
  }
  return [lo, hi];
}

/**
 * Fills NaN cells of the normalized column `out` with the mean, median or minimum of its observed cells, clamped into
 * each cell's known interval (`known`, transformed units). Nothing to fill from → left missing (null).
 */
export function impute(
  out: Float64Array,
  policy: Exclude<MissingPolicy, "redistribute">,
  known?: {
    intervals: Map<number, KnownInterval>;
    method: Normalization;
    ind: PreparedIndicator;
    stats: ColumnStats;
    raw: Float64Array;
  },
): Imputation | null {
  const seen: number[] = [];
  for (let p = 0; p < out.length; p++) if (out[p] === out[p]) seen.push(out[p]!);
  if (seen.length === 0 || seen.length === out.length) return null;
  let fillValue: number;
  if (policy === "mean") fillValue = seen.reduce((a, b) => a + b, 0) / seen.length;
  else if (policy === "min") fillValue = seen.reduce((a, b) => (b < a ? b : a), Infinity);
  else {
    seen.sort((a, b) => a - b);
    const m = seen.length >> 1;
    fillValue = seen.length % 2 ? seen[m]! : (seen[m - 1]! + seen[m]!) / 2;
  }
  const mask = new Uint8Array(out.length);
  const clamped: number[] = [];
  for (let p = 0; p < out.length; p++) {
    if (out[p] === out[p]) continue;
    let v = fillValue;
    const k = known?.intervals.get(p);
    if (k) {
      const [lo, hi] = scoreInterval(k, known!.method, known!.ind, known!.stats, known!.raw);
      const c = v < lo ? lo : v > hi ? hi : v;
      if (c !== v) clamped.push(p);
      v = c;
    }
    out[p] = v;
    mask[p] = 1;
  }
  const what = policy === "min" ? "lowest score" : policy;
  return {
    mask,
    note: `imputed: ${what} of ${seen.length} observed place${seen.length === 1 ? "" : "s"}`,
    clamped,
  };
}
