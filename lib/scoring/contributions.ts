/**
 * Contributions: points of the 0–100 composite that each pillar and indicator brings to a place. Stored as one
 * multiplier column per non-leaf node (see aggregate.ts), so a recompute allocates 6 columns instead of 55; these
 * read them. Children of a node sum to the node's contribution; under arithmetic aggregation a contribution is
 * exactly (effective, re-distributed weight) × score.
 */
import type { Aggregated } from "./aggregate";
import { MEAN_FLOOR } from "./aggregate-node";

/** Under a geometric or harmonic parent a score below the floor counts as the floor (see aggregate-node.ts). */
const floorsChildren = (agg: Aggregated, parent: number) => parent >= 0 && agg.aggregation[parent] !== "arithmetic";

const scoreColumn = (agg: Aggregated, node: number): Float64Array => {
  const tree = agg.normalized.prepared.tree;
  return agg.nodeScores[node] ?? agg.normalized.values[tree.column[node]!]!;
};

/** Node `node`'s contribution at place `p` (0 where the node has no score); NaN for the composite itself. */
export function contributionAt(agg: Aggregated, node: number, p: number): number {
  const tree = agg.normalized.prepared.tree;
  const parent = tree.parent[node]!;
  if (parent < 0) return agg.nodeScores[node]![p]!;
  let v = scoreColumn(agg, node)[p]!;
  if (v < MEAN_FLOOR && floorsChildren(agg, parent)) v = MEAN_FLOOR;
  return v === v ? agg.multipliers[parent]![p]! * agg.weights[node]! * v : 0;
}

/** Node `node`'s contribution for every place (the composite's own column for the root). */
export function contributionColumn(agg: Aggregated, node: number): Float64Array {
  const tree = agg.normalized.prepared.tree;
  const parent = tree.parent[node]!;
  const s = scoreColumn(agg, node);
  if (parent < 0) return s.slice();
  const m = agg.multipliers[parent]!;
  const w = agg.weights[node]!;
  const out = new Float64Array(s.length);
  const floor = floorsChildren(agg, parent) ? MEAN_FLOOR : -Infinity;
  for (let p = 0; p < s.length; p++) {
    const v = s[p]! < floor ? floor : s[p]!;
    out[p] = v === v ? m[p]! * w * v : 0;
  }
  return out;
}
