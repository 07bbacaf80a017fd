/**
 * One Monte Carlo draw, from the engine's prepared stage: weights, methods and figures drawn, then the composite of
 * every place by the engine's own node aggregation (`aggregateNode`, so every score matches `score()` to the bit), the
 * engine's exclusion rules and competition ranks. What `aggregate()` adds for the page (contribution multipliers,
 * reasons, warnings) is skipped: at 10,000 draws it is most of the time.
 */
import { aggregateNode, type ChildColumn } from "@/lib/scoring/aggregate-node";
import { normalizeColumn } from "@/lib/scoring/methods";
import { impute } from "@/lib/scoring/impute";
import type { Normalized } from "@/lib/scoring/normalize";
import { applyTransform, type Prepared } from "@/lib/scoring/prepare";
import { roundHalfUp, sortDescending } from "@/lib/scoring/rank";
import type { Aggregation, MissingPolicy, Normalization } from "@/lib/scoring/vocabulary";
import { drawFigure, type DrawnColumn } from "./figures";

/** Coverage slack of the engine's exclusion rule (aggregate.ts). */
const COVERAGE_EPS = 1e-9;

export interface DrawSetup {
  prepared: Prepared;
  /** Normalized columns per normalization method in use (figures not drawn). */
  normalized: Map<Normalization, Normalized>;
  missing: MissingPolicy;
  threshold: number;
  rankDecimals: number | null;
  drawn: DrawnColumn[];
  /** Per place: 1 when its coverage at the user's weights is positive (weights drawn from a positive one stay positive,
   * so this cannot change between draws). */
  covered: Uint8Array;
}

/** Normalized columns for one draw: the cached ones, with the columns holding drawn figures redone. */
export function drawColumns(
  setup: DrawSetup,
  base: Normalized,
  rnd: () => number,
  scratch: Map<number, Float64Array>,
): Float64Array[] {
  if (setup.drawn.length === 0) return base.values;
  const { prepared } = setup;
  const values = base.values.slice();
  for (const d of setup.drawn) {
    const j = d.column;
    const ind = prepared.indicators[j]!;
    let x = scratch.get(j);
    if (!x) scratch.set(j, (x = new Float64Array(prepared.values[j]!.length)));
    x.set(prepared.values[j]!);
    for (let i = 0; i < d.places.length; i++) {
      const v = drawFigure(d.bounds[i]!, d.values[i]!, rnd());
      const t = applyTransform(ind.transform, v);
      if (Number.isFinite(t)) x[d.places[i]!] = t;
    }
    let lo = Infinity;
    let hi = -Infinity;
    let n = 0;
    for (let p = 0; p < x.length; p++) {
      const v = x[p]!;
      if (v !== v) continue;
      n++;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const out = new Float64Array(x.length);
    normalizeColumn(x, base.methods[j]!, ind, { n, min: lo, max: hi }, out, []);
    if (setup.missing !== "redistribute") {
      // As the engine does: an imputed value stays within the cell's known bound (issue 11).
      const known = prepared.known[j]!;
      const stats = { n, min: lo, max: hi };
      const bounds = known.size > 0 ? { intervals: known, method: base.methods[j]!, ind, stats, raw: x } : undefined;
      impute(out, setup.missing, bounds);
    }
    values[j] = out;
  }
  return values;
}

/**
 * Composite of every place (NaN when the engine would exclude it) for node weights `w` (per node index) and one
 * aggregation per non-leaf node.
 */
export function compositeOf(
  setup: DrawSetup,
  values: Float64Array[],
  w: Float64Array,
  aggregation: (Aggregation | null)[],
  out: Float64Array,
): Float64Array {
  const { tree, places, missing } = setup.prepared;
  const P = places.length;
  if (tree.postOrder.every((k) => (aggregation[k] ?? "arithmetic") === "arithmetic"))
    return arithmeticComposite(setup, values, w, out);
  const count = tree.nodes.length;
  const scores: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const covs: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const placeId = (p: number) => places[p]!.id;
  for (const k of tree.postOrder) {
    const kids = tree.children[k]!;
    let total = 0;
    for (const c of kids) total += w[c]!;
    const children = kids.map((c): ChildColumn => {
      const col = tree.column[c]!;
      return {
        id: tree.nodes[c]!.id,
        weight: w[c]!,
        share: total > 0 ? w[c]! / total : 0,
        score: scores[c] ?? values[col]!,
        missing: col >= 0 ? missing[col]! : null,
        coverage: covs[c] ?? null,
      };
    });
    const r = aggregateNode(tree.nodes[k]!.id, aggregation[k] ?? "arithmetic", children, P, placeId);
    scores[k] = r.score;
    covs[k] = r.coverage;
  }
  const s = scores[tree.root]!;
  const c = covs[tree.root]!;
  const t = setup.threshold;
  for (let p = 0; p < P; p++) {
    const cp = c[p]! > 1 - COVERAGE_EPS ? 1 : c[p]!;
    const ok = setup.covered[p] === 1 && cp > 0 && s[p] === s[p] && !(cp < t - COVERAGE_EPS);
    out[p] = ok ? (setup.rankDecimals === null ? s[p]! : roundHalfUp(s[p]!, setup.rankDecimals)) : NaN;
  }
  return out;
}

/** Competition ranks (1 + places strictly above; 0 = excluded) of `key` into `rank`. */
export function competitionRanks(key: Float64Array, ids: Int32Array, rank: Int32Array): void {
  let n = 0;
  for (let p = 0; p < key.length; p++) if (key[p] === key[p]) ids[n++] = p;
  const order = sortDescending(key, ids.subarray(0, n));
  rank.fill(0);
  for (let i = 0; i < n; i++) {
    const p = order[i]!;
    rank[p] = i > 0 && key[order[i - 1]!] === key[p] ? rank[order[i - 1]!]! : i + 1;
  }
}

/**
 * The all-arithmetic case (the default view), about four times faster than going through `aggregateNode`: no
 * allocation, and coverage only when a threshold needs it (positive coverage cannot change between draws). The sums are
 * taken in the same order as `aggregateNode`'s (Σ w over observed leaves, less the weights of missing cells, then each
 * child in turn), so every composite and coverage equals the engine's to the bit.
 */
function arithmeticComposite(
  setup: DrawSetup,
  values: Float64Array[],
  w: Float64Array,
  out: Float64Array,
): Float64Array {
  const { tree, places, missing } = setup.prepared;
  const P = places.length;
  const buf = arithmeticBuffers(setup);
  const withCoverage = setup.threshold > 0;
  for (const k of tree.postOrder) {
    const kids = tree.children[k]!;
    const num = buf.num;
    const den = buf.den;
    const cnt = buf.count;
    let leafWeight = 0;
    let leafCount = 0;
    for (const c of kids)
      if (tree.column[c]! >= 0 && w[c]! > 0) {
        leafWeight += w[c]!;
        leafCount++;
      }
    num.fill(0);
    den.fill(leafWeight);
    cnt.fill(leafCount);
    const cov = withCoverage ? buf.coverage[k]! : null;
    let total = 0;
    if (cov) {
      for (const c of kids) total += w[c]!;
      let leafShare = 0;
      for (const c of kids) if (tree.column[c]! >= 0) leafShare += total > 0 ? w[c]! / total : 0;
      cov.fill(leafShare);
    }
    for (const c of kids) {
      const wc = w[c]!;
      const col = tree.column[c]!;
      const s = col >= 0 ? values[col]! : buf.scores[c]!;
      const share = cov && total > 0 ? wc / total : 0;
      if (col >= 0) {
        const miss = missing[col]!;
        if (cov) for (let i = 0; i < miss.length; i++) cov[miss[i]!] = cov[miss[i]!]! - share;
        if (wc > 0)
          for (let i = 0; i < miss.length; i++) {
            const p = miss[i]!;
            if (s[p] !== s[p]) {
              den[p] = den[p]! - wc;
              cnt[p] = cnt[p]! - 1;
            }
          }
      } else {
        if (cov) {
          const cc = buf.coverage[c]!;
          for (let p = 0; p < P; p++) cov[p] = cov[p]! + share * cc[p]!;
        }
        if (wc > 0)
          for (let p = 0; p < P; p++)
            if (s[p] === s[p]) {
              den[p] = den[p]! + wc;
              cnt[p] = cnt[p]! + 1;
            }
      }
      if (!(wc > 0)) continue;
      for (let p = 0; p < P; p++) {
        const v = s[p]!;
        if (v === v) num[p] = num[p]! + wc * v;
      }
    }
    const score = buf.scores[k]!;
    for (let p = 0; p < P; p++) score[p] = cnt[p]! > 0 ? num[p]! / den[p]! : NaN;
    if (cov)
      for (let p = 0; p < P; p++) {
        const c = cov[p]!;
        if (c < 1e-12) cov[p] = 0;
        else if (c > 1 - 1e-12) cov[p] = 1;
      }
  }
  const s = buf.scores[tree.root]!;
  const rootCov = withCoverage ? buf.coverage[tree.root]! : null;
  const t = setup.threshold;
  for (let p = 0; p < P; p++) {
    let ok = setup.covered[p] === 1 && s[p] === s[p];
    if (ok && rootCov) {
      const cp = rootCov[p]! > 1 - COVERAGE_EPS ? 1 : rootCov[p]!;
      ok = cp > 0 && !(cp < t - COVERAGE_EPS);
    }
    out[p] = ok ? (setup.rankDecimals === null ? s[p]! : roundHalfUp(s[p]!, setup.rankDecimals)) : NaN;
  }
  return out;
}

interface ArithmeticBuffers {
  num: Float64Array;
  den: Float64Array;
  count: Int32Array;
  /** Per non-leaf node index: its scores in the current draw. */
  scores: (Float64Array | null)[];
  /** Per non-leaf node index: its coverage in the current draw (filled only under a coverage threshold). */
  coverage: (Float64Array | null)[];
}
const buffers = new WeakMap<DrawSetup, ArithmeticBuffers>();

function arithmeticBuffers(setup: DrawSetup): ArithmeticBuffers {
  let b = buffers.get(setup);
  if (!b) {
    const { tree, places } = setup.prepared;
    const P = places.length;
    b = {
      num: new Float64Array(P),
      den: new Float64Array(P),
      count: new Int32Array(P),
      scores: tree.nodes.map((_, i) => (tree.column[i]! < 0 ? new Float64Array(P) : null)),
      coverage: tree.nodes.map((_, i) => (tree.column[i]! < 0 ? new Float64Array(P) : null)),
    };
    buffers.set(setup, b);
  }
  return b;
}
