/**
 * Stage 3, normalized → aggregated: weights (framework defaults or view overrides, relative among siblings), one
 * aggregation per non-leaf node, bottom-up; missing children are skipped and their weight re-distributed over the
 * available siblings. Then coverage, the exclusion rule and each node's contribution to the composite.
 */
import { AGGREGATIONS, type Aggregation } from "./vocabulary";
import { aggregateNode, MEAN_FLOOR, type ChildColumn } from "./aggregate-node";
import { EngineError, throwIfAny, type EngineProblem } from "./errors";
import type { Normalized } from "./normalize";
import type { ScoringOptions } from "./options";
import { checkChoice, checkOverrides, own, withDefaults } from "./options-check";

export interface Aggregated {
  normalized: Normalized;
  /** Per node index: the weight used (override or framework default). */
  weights: Float64Array;
  /** Per node index: weight ÷ sum of sibling weights (0 when all siblings weigh 0; 1 for the composite). */
  shares: Float64Array;
  /** Per node index: the aggregation used; null on indicators. */
  aggregation: (Aggregation | null)[];
  /** Per node index: scores of non-leaf nodes (NaN = no data); null on indicators. */
  nodeScores: (Float64Array | null)[];
  /** Per place: share of the composite's weight backed by observed (not imputed) data, 0..1. */
  coverage: Float64Array;
  /**
   * Per non-leaf node index: per place, the share of that node's weight backed by observed data (null on indicators).
   * Robustness analysis reads the composite's children's coverage from it to know who is excluded at other weights.
   */
  nodeCoverage: (Float64Array | null)[];
  /** Per place: the composite, NaN when the place is excluded. */
  score: Float64Array;
  /** Per place: why it is excluded, null when it is ranked. */
  reason: (string | null)[];
  /**
   * Per non-leaf node index: per place, the factor m such that a child c contributes m · weight(c) · score(c) points
   * of the composite (null on indicators). Read contributions with `contributionColumn` / `contributionAt`.
   */
  multipliers: (Float64Array | null)[];
  warnings: EngineProblem[];
}

/** Coverage is compared with the threshold with this much slack, so 0.9999999999 counts as complete. */
const COVERAGE_EPS = 1e-9;

const pct = (share: number, floor: boolean) => {
  const x = floor ? Math.floor(share * 1000 + 1e-6) / 10 : Math.round(share * 1000) / 10;
  return `${Number.isInteger(x) ? x : x.toFixed(1)}%`;
};

export function aggregate(normalized: Normalized, options?: Partial<ScoringOptions>): Aggregated {
  const o = withDefaults(options);
  const { tree, places, missing: missingCells, indicators } = normalized.prepared;
  const nodes = tree.nodes;
  const count = nodes.length;
  const P = places.length;
  const problems: EngineProblem[] = [];
  if (o.aggregation !== null) checkChoice(AGGREGATIONS, o.aggregation, "aggregation", "aggregation", problems);
  checkOverrides(tree, o.aggregationOverrides, AGGREGATIONS, "aggregation", "nonLeaf", problems);
  const threshold = o.coverageThreshold;
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1))
    problems.push({ node: "coverageThreshold", problem: `${String(threshold)} is not a share between 0 and 1` });

  const weights = new Float64Array(count);
  for (let i = 0; i < count; i++) weights[i] = nodes[i]!.weight;
  for (const [id, w] of Object.entries(o.weightOverrides ?? {})) {
    const i = tree.index.get(id);
    if (i === undefined) problems.push({ node: id, problem: "weight override names no node of the framework" });
    else if (typeof w !== "number" || !Number.isFinite(w) || w < 0)
      problems.push({ node: id, problem: `weight ${String(w)} is not a finite number ≥ 0` });
    else weights[i] = w;
  }
  throwIfAny(problems);

  const warnings: EngineProblem[] = [];
  const shares = new Float64Array(count);
  shares[tree.root] = 1;
  weights[tree.root] = 1;
  const aggregation: (Aggregation | null)[] = new Array<Aggregation | null>(count).fill(null);
  const totals = new Float64Array(count);
  for (const k of tree.nonLeaves) {
    const kids = tree.children[k]!;
    let total = 0;
    for (const c of kids) total += weights[c]!;
    totals[k] = total;
    for (const c of kids) shares[c] = total > 0 ? weights[c]! / total : 0;
    if (total === 0)
      warnings.push({
        node: nodes[k]!.id,
        problem: "all children weigh 0: this node has no score",
        code: "all_weights_zero",
      });
    aggregation[k] = own(o.aggregationOverrides, nodes[k]!.id) ?? o.aggregation ?? tree.aggregation[k] ?? "arithmetic";
  }

  // Bottom-up scores. num = Σ w·s and den = Σ w over available children (for contributions); cov = Σ share·cov.
  const nodeScores: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const nums: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const dens: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const covs: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const scoreOf = (c: number) => nodeScores[c] ?? normalized.values[tree.column[c]!]!;
  const placeId = (p: number) => places[p]!.id;
  for (const k of tree.postOrder) {
    const children = tree.children[k]!.map((c): ChildColumn => ({
      id: nodes[c]!.id,
      weight: weights[c]!,
      share: shares[c]!,
      score: scoreOf(c),
      missing: tree.column[c]! >= 0 ? missingCells[tree.column[c]!]! : null,
      coverage: covs[c] ?? null,
    }));
    const r = aggregateNode(nodes[k]!.id, aggregation[k]!, children, P, placeId);
    nodeScores[k] = r.score;
    nums[k] = r.num;
    dens[k] = r.den;
    covs[k] = r.coverage;
  }

  const root = tree.root;
  const composite = nodeScores[root]!;
  const coverage = covs[root]!;
  const score = new Float64Array(P);
  const reason: (string | null)[] = new Array<string | null>(P).fill(null);
  const weightless = indicators.every((ind) => effectiveShare(ind.node, tree.parent, shares) === 0);
  for (let p = 0; p < P; p++) {
    if (coverage[p]! > 1 - COVERAGE_EPS) coverage[p] = 1;
    const c = coverage[p]!;
    const s = composite[p]!;
    let why: string | null = null;
    if (weightless) why = "all weights are zero";
    else if (normalized.prepared.excluded[p] !== null) why = normalized.prepared.excluded[p]!;
    else if (!(c > 0)) why = "no observed data on any weighted indicator";
    else if (s !== s) why = "no score: no weighted indicator has data";
    else if (c < threshold - COVERAGE_EPS) why = `coverage ${pct(c, true)} below threshold ${pct(threshold, false)}`;
    else if (!Number.isFinite(s))
      throw new EngineError([{ node: nodes[root]!.id, problem: `non-finite composite for "${places[p]!.id}"` }]);
    reason[p] = why;
    score[p] = why === null ? s : NaN;
  }

  // Top-down contribution multipliers. The contribution of child c of node k is m_k · w_c · s_c, where m_k = 1/den at an
  // arithmetic root, m_parent · w_k / den_k at an arithmetic node (the exact effective weight), and
  // contribution_k / Σ w·s at a geometric or harmonic node. Only m is stored: columns are read with contributions.ts.
  const multipliers: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  for (let idx = tree.postOrder.length - 1; idx >= 0; idx--) {
    const k = tree.postOrder[idx]!;
    const num = nums[k]!;
    const den = dens[k]!;
    const m = new Float64Array(P);
    const parentM = k === root ? null : multipliers[tree.parent[k]!]!;
    const wk = weights[k]!;
    const sk = nodeScores[k]!;
    // Under a geometric or harmonic parent, k's points are computed on the floored scale (MEAN_FLOOR).
    const floored = k !== root && aggregation[tree.parent[k]!] !== "arithmetic";
    if (aggregation[k] === "arithmetic") {
      for (let p = 0; p < P; p++) m[p] = den[p]! > 0 ? (parentM ? parentM[p]! * wk : 1) / den[p]! : 0;
      if (floored)
        for (let p = 0; p < P; p++)
          if (sk[p]! < MEAN_FLOOR && num[p]! > 0) m[p] = (parentM![p]! * wk * MEAN_FLOOR) / num[p]!;
    } else
      for (let p = 0; p < P; p++) {
        const s = floored && sk[p]! < MEAN_FLOOR ? MEAN_FLOOR : sk[p]!;
        const contribution = parentM ? parentM[p]! * wk * s : s;
        m[p] = num[p] !== 0 && contribution === contribution ? contribution / num[p]! : 0;
      }
    multipliers[k] = m;
  }

  return {
    normalized,
    weights,
    shares,
    aggregation,
    nodeScores,
    coverage,
    nodeCoverage: covs,
    score,
    reason,
    multipliers,
    warnings: [...normalized.warnings, ...warnings],
  };
}

function effectiveShare(node: number, parent: Int32Array, shares: Float64Array): number {
  let s = 1;
  for (let i = node; i >= 0; i = parent[i]!) s *= shares[i]!;
  return s;
}
