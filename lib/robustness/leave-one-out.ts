/**
 * Leave one indicator out: each place's rank when one weighted indicator is dropped (its weight set to 0, so its
 * pillar re-distributes the weight over its other indicators, or, if it was the pillar's only one, the pillar's weight
 * goes to the other pillars), all else as the view says.
 */
import type { ScoringOptions } from "@/lib/scoring/options";
import { runStages } from "@/lib/scoring/score";
import type { EngineInput } from "@/lib/scoring/types";

export interface LeaveOneOut {
  /** Indicator ids dropped, in framework order (weighted ones only). */
  indicators: string[];
  /** place id → rank at the view (null = excluded). */
  current: Record<string, number | null>;
  /** place id → per dropped indicator, the rank without it (null = excluded then). */
  without: Record<string, (number | null)[]>;
}

export function leaveOneOut(input: EngineInput, options: Partial<ScoringOptions>): LeaveOneOut {
  const base = runStages(input, options);
  const { tree, places } = base.aggregated.normalized.prepared;
  const rankOf = (r: Int32Array, p: number) => (r[p]! > 0 ? r[p]! : null);
  const current: Record<string, number | null> = {};
  const without: Record<string, (number | null)[]> = {};
  places.forEach((pl, p) => {
    current[pl.id] = rankOf(base.rank, p);
    without[pl.id] = [];
  });
  const indicators: string[] = [];
  for (const leaf of tree.leaves) {
    if (!(base.aggregated.weights[leaf]! > 0)) continue;
    const id = tree.nodes[leaf]!.id;
    indicators.push(id);
    const r = runStages(input, { ...options, weightOverrides: { ...options.weightOverrides, [id]: 0 } }).rank;
    places.forEach((pl, p) => without[pl.id]!.push(rankOf(r, p)));
  }
  return { indicators, current, without };
}
