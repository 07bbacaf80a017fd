/**
 * The normalization methods, one column at a time. Input: transformed values (NaN = missing); output: scores where
 * higher is better (direction applied), NaN where missing. Formulas are stated in ./README.md.
 */
import type { Normalization } from "./vocabulary";
import { EngineError, type EngineProblem } from "./errors";
import type { ColumnStats, PreparedIndicator } from "./prepare";

/** Score given to every place when an indicator does not vary (max = min, or sd = 0). */
export const CONSTANT_SCORE = 50;

/**
 * 100·(x − lo)/(hi − lo), or 100·(hi − x)/(hi − lo) for direction −1; values capped to [lo, hi] when `cap`. Written
 * 100 · ((x − lo) / range): the quotient of two rounded numbers with x − lo ≤ range is ≤ 1, so the result never
 * leaves [0, 100] and the leader gets exactly 100 (multiplying by 100/range can give 100.00000000000001).
 */
function linear(x: Float64Array, out: Float64Array, lo: number, hi: number, dir: number, cap: boolean): void {
  const range = hi - lo;
  const n = x.length;
  if (cap) {
    for (let p = 0; p < n; p++) {
      const v = x[p]!;
      const c = v < lo ? lo : v > hi ? hi : v;
      out[p] = 100 * ((dir > 0 ? c - lo : hi - c) / range);
    }
  } else if (dir > 0) for (let p = 0; p < n; p++) out[p] = 100 * ((x[p]! - lo) / range);
  else for (let p = 0; p < n; p++) out[p] = 100 * ((hi - x[p]!) / range);
}

function fill(x: Float64Array, out: Float64Array, value: number): void {
  for (let p = 0; p < x.length; p++) out[p] = x[p]! !== x[p]! ? NaN : value;
}

/** Observed place indices sorted by direction-adjusted value, best first. */
function bestFirst(x: Float64Array, dir: number): number[] {
  const idx: number[] = [];
  for (let p = 0; p < x.length; p++) if (x[p] === x[p]) idx.push(p);
  return idx.sort((a, b) => dir * (x[b]! - x[a]!));
}

/**
 * Values that differ only by floating-point rounding (a few ulps of their magnitude) count as equal: otherwise
 * rescaling an indicator (×3) could turn a "constant" column into a 0-vs-100 split or back.
 */
const nearlyEqual = (a: number, b: number) =>
  Math.abs(b - a) <= 8 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b));

export function normalizeColumn(
  x: Float64Array,
  method: Normalization,
  ind: PreparedIndicator,
  s: ColumnStats,
  out: Float64Array,
  warnings: EngineProblem[],
): void {
  const dir = ind.direction;
  if (s.n === 0) return fill(x, out, NaN);
  switch (method) {
    case "minmax":
      return nearlyEqual(s.min, s.max) ? fill(x, out, CONSTANT_SCORE) : linear(x, out, s.min, s.max, dir, false);
    case "goalposts": {
      if (ind.goalposts) return linear(x, out, ind.goalposts.min, ind.goalposts.max, dir, true);
      warnings.push({
        node: ind.id,
        problem: "no goalposts: normalized with the observed minimum and maximum",
        code: "no_goalposts",
      });
      return normalizeColumn(x, "minmax", ind, s, out, warnings);
    }
    case "zscore": {
      let sum = 0;
      for (let p = 0; p < x.length; p++) if (x[p] === x[p]) sum += x[p]!;
      const mean = sum / s.n;
      let ss = 0;
      for (let p = 0; p < x.length; p++) if (x[p] === x[p]) ss += (x[p]! - mean) ** 2;
      const sd = s.n > 1 ? Math.sqrt(ss / (s.n - 1)) : 0;
      if (!(sd > 0) || nearlyEqual(s.min, s.max)) return fill(x, out, CONSTANT_SCORE);
      for (let p = 0; p < x.length; p++) out[p] = 50 + (10 * dir * (x[p]! - mean)) / sd;
      return;
    }
    case "rank":
    case "percentile": {
      out.fill(NaN);
      const order = bestFirst(x, dir);
      const n = order.length;
      for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && x[order[j + 1]!] === x[order[i]!]) j++;
        // Places i..j tie. Competition rank r = i + 1; below = places strictly worse = n − 1 − j; equal = j − i + 1.
        const v =
          method === "rank"
            ? n === 1
              ? 100
              : (100 * (n - 1 - i)) / (n - 1)
            : (100 * (n - 1 - j + 0.5 * (j - i + 1))) / n;
        for (let k = i; k <= j; k++) out[order[k]!] = v;
        i = j + 1;
      }
      return;
    }
    case "ratio": {
      if (dir > 0) {
        if (s.min < 0 || s.max <= 0) throw ratioError(ind, x, "x / max needs values ≥ 0 and a positive maximum");
        for (let p = 0; p < x.length; p++) out[p] = (100 * x[p]!) / s.max;
      } else {
        if (s.min <= 0) throw ratioError(ind, x, "min / x (lower is better) needs every value > 0");
        for (let p = 0; p < x.length; p++) out[p] = (100 * s.min) / x[p]!;
      }
      return;
    }
    case "target": {
      let t = ind.target ?? (ind.goalposts ? (dir > 0 ? ind.goalposts.max : ind.goalposts.min) : null);
      if (t === null) {
        warnings.push({
          node: ind.id,
          problem: "no target or goalposts: the target is the best observed value",
          code: "no_target",
        });
        t = dir > 0 ? s.max : s.min;
      }
      const worst = dir > 0 ? s.min : s.max;
      for (let p = 0; p < x.length; p++) {
        const v = x[p]!;
        const reached = dir > 0 ? v >= t : v <= t;
        out[p] = v !== v ? NaN : reached ? 100 : (100 * (v - worst)) / (t - worst);
      }
      return;
    }
    case "none":
      for (let p = 0; p < x.length; p++) out[p] = dir > 0 ? x[p]! : 100 - x[p]!;
      return;
  }
}

function ratioError(ind: PreparedIndicator, x: Float64Array, why: string): EngineError {
  let worst = Infinity;
  for (let p = 0; p < x.length; p++) if (x[p]! < worst) worst = x[p]!;
  return new EngineError([
    {
      node: ind.id,
      problem: `ratio to the leader: ${why} (lowest value ${worst})`,
      code: "ratio_domain",
      args: { lowest: worst },
    },
  ]);
}
