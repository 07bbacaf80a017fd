/**
 * Stage 3, normalized → aggregated: weights (framework defaults or view overrides, relative among siblings), one
 * aggregation per non-leaf node, bottom-up; missing children are skipped and their weight re-distributed over the
 * available siblings. Then coverage, the exclusion rule and each node's contribution to the composite.
 */
import { AGGREGATIONS, type Aggregation } from "@/lib/view/options";
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
  /** Per place: the composite, NaN when the place is excluded. */
  score: Float64Array;
  /** Per place: why it is excluded, null when it is ranked. */
  reason: (string | null)[];
  /** Per node index: points of the composite contributed per place; null on the composite. */
  contributions: (Float64Array | null)[];
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
  const { tree, places, values: observedCols, indicators } = normalized.prepared;
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
    if (total === 0) warnings.push({ node: nodes[k]!.id, problem: "all children weigh 0: this node has no score" });
    aggregation[k] = own(o.aggregationOverrides, nodes[k]!.id) ?? o.aggregation ?? tree.aggregation[k] ?? "arithmetic";
  }

  // Bottom-up scores. num = Σ w·s and den = Σ w over available children (for contributions); cov = Σ share·cov.
  const nodeScores: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const nums: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const dens: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const covs: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const scoreOf = (c: number) => nodeScores[c] ?? normalized.values[tree.column[c]!]!;
  for (const k of tree.postOrder) {
    const method = aggregation[k]!;
    const num = new Float64Array(P);
    const den = new Float64Array(P);
    const acc = method === "arithmetic" ? num : new Float64Array(P); // Σ w·ln s (geometric) or Σ w/s (harmonic)
    const zero = method === "arithmetic" ? null : new Uint8Array(P);
    const cov = new Float64Array(P);
    for (const c of tree.children[k]!) {
      const w = weights[c]!;
      const sh = shares[c]!;
      const s = scoreOf(c);
      const col = tree.column[c]!;
      const childCov = col >= 0 ? null : covs[c]!;
      const observed = col >= 0 ? observedCols[col]! : null;
      if (childCov) for (let p = 0; p < P; p++) cov[p] = cov[p]! + sh * childCov[p]!;
      else for (let p = 0; p < P; p++) if (observed![p] === observed![p]) cov[p] = cov[p]! + sh;
      if (w === 0) continue;
      if (method === "arithmetic") {
        for (let p = 0; p < P; p++) {
          const v = s[p]!;
          if (v !== v) continue;
          den[p] = den[p]! + w;
          num[p] = num[p]! + w * v;
        }
        continue;
      }
      for (let p = 0; p < P; p++) {
        const v = s[p]!;
        if (v !== v) continue;
        if (v < 0) throw negativeError(nodes[k]!.id, method, nodes[c]!.id, places[p]!.id, v);
        den[p] = den[p]! + w;
        num[p] = num[p]! + w * v;
        if (v === 0) zero![p] = 1;
        else acc[p] = acc[p]! + (method === "geometric" ? w * Math.log(v) : w / v);
      }
    }
    const out = new Float64Array(P);
    for (let p = 0; p < P; p++) {
      const d = den[p]!;
      if (!(d > 0)) out[p] = NaN;
      else if (method === "arithmetic") out[p] = num[p]! / d;
      else if (zero![p]) out[p] = 0;
      else out[p] = method === "geometric" ? Math.exp(acc[p]! / d) : d / acc[p]!;
    }
    nodeScores[k] = out;
    nums[k] = num;
    dens[k] = den;
    covs[k] = cov;
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
    else if (!(c > 0)) why = "no observed data on any weighted indicator";
    else if (s !== s) why = "no score: no weighted indicator has data";
    else if (c < threshold - COVERAGE_EPS) why = `coverage ${pct(c, true)} below threshold ${pct(threshold, false)}`;
    else if (!Number.isFinite(s))
      throw new EngineError([{ node: nodes[root]!.id, problem: `non-finite composite for "${places[p]!.id}"` }]);
    reason[p] = why;
    score[p] = why === null ? s : NaN;
  }

  // Top-down contributions. For children c of k: contribution = m_k · w_c · s_c, where m_k = 1/den at an arithmetic
  // root, m_parent · w_k / den_k at an arithmetic node (exact effective weight), contribution_k / Σ w·s otherwise.
  const contributions: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  const mult: (Float64Array | null)[] = new Array<Float64Array | null>(count).fill(null);
  for (let idx = tree.postOrder.length - 1; idx >= 0; idx--) {
    const k = tree.postOrder[idx]!;
    const num = nums[k]!;
    const den = dens[k]!;
    const m = new Float64Array(P);
    const own = k === root ? composite : contributions[k]!;
    const parentM = k === root ? null : mult[tree.parent[k]!]!;
    const wk = weights[k]!;
    for (let p = 0; p < P; p++) {
      if (aggregation[k] === "arithmetic") m[p] = den[p]! > 0 ? (parentM ? parentM[p]! * wk : 1) / den[p]! : 0;
      else m[p] = num[p] !== 0 && own[p] === own[p] ? own[p]! / num[p]! : 0;
    }
    mult[k] = m;
    for (const c of tree.children[k]!) {
      const w = weights[c]!;
      const s = scoreOf(c);
      const out = new Float64Array(P);
      for (let p = 0; p < P; p++) {
        const v = s[p]!;
        out[p] = v === v ? m[p]! * w * v : 0;
      }
      contributions[c] = out;
    }
  }

  return {
    normalized,
    weights,
    shares,
    aggregation,
    nodeScores,
    coverage,
    score,
    reason,
    contributions,
    warnings: [...normalized.warnings, ...warnings],
  };
}

function effectiveShare(node: number, parent: Int32Array, shares: Float64Array): number {
  let s = 1;
  for (let i = node; i >= 0; i = parent[i]!) s *= shares[i]!;
  return s;
}

function negativeError(node: string, method: string, child: string, place: string, v: number): EngineError {
  return new EngineError([
    {
      node,
      problem: `${method} mean needs scores ≥ 0, but "${child}" scores ${v} for "${place}" (use arithmetic aggregation or a 0–100 normalization)`,
    },
  ]);
}
