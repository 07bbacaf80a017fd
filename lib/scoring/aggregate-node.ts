/**
 * One non-leaf node's score for every place, from its children's scores (the inner loop of `aggregate`). Missing
 * children (NaN) are skipped, so their weight is re-distributed over the available siblings. Indicator children are
 * handled sparsely where they are missing (most cells are observed), the rest in one dense pass per child.
 */
import type { Aggregation } from "./vocabulary";
import { EngineError } from "./errors";

/**
 * Geometric and harmonic means are 0 as soon as one component is 0, and min-max (like rank, percentile and target)
 * gives the lowest observed value exactly 0: one indicator on which a place is last would wipe out its composite. So
 * under those means a component below MEAN_FLOOR (points on the 0–100 scale) counts as MEAN_FLOOR. Scores at or above
 * it are untouched (the HDI's components, 20–100, reproduce exactly). Negative scores (z-score, none) stay an error.
 */
export const MEAN_FLOOR = 1;

export interface ChildColumn {
  id: string;
  weight: number;
  share: number;
  /** Normalized score (indicator) or node score, NaN = missing. */
  score: Float64Array;
  /** Indicators: place indices of the missing (not observed) cells; null for non-leaf children. */
  missing: Int32Array | null;
  /** Non-leaf children: their coverage; null for indicators. */
  coverage: Float64Array | null;
}

export interface NodeColumns {
  score: Float64Array;
  /** Σ w·s over available children. */
  num: Float64Array;
  /** Σ w over available children. */
  den: Float64Array;
  /** Share of the node's weight backed by observed data. */
  coverage: Float64Array;
}

export function aggregateNode(
  node: string,
  method: Aggregation,
  children: ChildColumn[],
  P: number,
  placeId: (p: number) => string,
): NodeColumns {
  const num = new Float64Array(P);
  const den = new Float64Array(P);
  const cov = new Float64Array(P);
  const count = new Int32Array(P); // available children with weight > 0
  const acc = method === "arithmetic" ? null : new Float64Array(P); // Σ w·ln s or Σ w/s, on the floored scale

  // Indicator children start as available and observed everywhere; their missing cells are taken off below.
  let leafShare = 0;
  let leafWeight = 0;
  let leafCount = 0;
  for (const c of children)
    if (c.missing) {
      leafShare += c.share;
      if (c.weight > 0) {
        leafWeight += c.weight;
        leafCount++;
      }
    }
  if (leafShare !== 0) cov.fill(leafShare);
  if (leafWeight !== 0) den.fill(leafWeight);
  if (leafCount !== 0) count.fill(leafCount);

  for (const c of children) {
    const { weight: w, score: s, missing } = c;
    if (missing) {
      for (let i = 0; i < missing.length; i++) {
        const p = missing[i]!;
        cov[p] = cov[p]! - c.share;
        if (w > 0 && s[p] !== s[p]) {
          den[p] = den[p]! - w;
          count[p] = count[p]! - 1;
        }
      }
    } else {
      const cc = c.coverage!;
      for (let p = 0; p < P; p++) cov[p] = cov[p]! + c.share * cc[p]!;
      if (w > 0)
        for (let p = 0; p < P; p++)
          if (s[p] === s[p]) {
            den[p] = den[p]! + w;
            count[p] = count[p]! + 1;
          }
    }
    if (!(w > 0)) continue;
    if (!acc) {
      for (let p = 0; p < P; p++) {
        const v = s[p]!;
        if (v === v) num[p] = num[p]! + w * v;
      }
      continue;
    }
    for (let p = 0; p < P; p++) {
      const v = s[p]!;
      if (v !== v) continue;
      if (v < 0)
        throw new EngineError([
          {
            node,
            problem: `${method} mean needs scores ≥ 0, but "${c.id}" scores ${v} for "${placeId(p)}" (use arithmetic aggregation or a 0–100 normalization)`,
            code: "negative_component",
            args: { method, child: c.id, place: placeId(p), value: v },
          },
        ]);
      // Contributions share the node's points in proportion to w·s on the same floored scale, so they still add up.
      const f = v < MEAN_FLOOR ? MEAN_FLOOR : v;
      num[p] = num[p]! + w * f;
      acc[p] = acc[p]! + (method === "geometric" ? w * Math.log(f) : w / f);
    }
  }

  const out = new Float64Array(P);
  if (!acc) for (let p = 0; p < P; p++) out[p] = count[p]! > 0 ? num[p]! / den[p]! : NaN;
  else
    for (let p = 0; p < P; p++) {
      const d = den[p]!;
      if (count[p]! === 0) out[p] = NaN;
      else out[p] = method === "geometric" ? Math.exp(acc[p]! / d) : d / acc[p]!;
    }
  // Sums built by subtraction may hold rounding residue: no available child → den exactly 0; coverage snapped to
  // exactly 0 or 1 within 1e-12 (a place with no observed data must read 0, never 1e-17).
  for (let p = 0; p < P; p++) {
    if (count[p] === 0) den[p] = 0;
    const c = cov[p]!;
    if (c < 1e-12) cov[p] = 0;
    else if (c > 1 - 1e-12) cov[p] = 1;
  }
  return { score: out, num, den, coverage: cov };
}
