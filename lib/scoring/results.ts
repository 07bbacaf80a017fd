/** The typed-array stages turned into plain, serializable results (per place, per node). */
import { contributionAt } from "./contributions";
import type { Ranked } from "./rank";
import type { NodeInfo, NormCell, PlaceResult, ScoreResult } from "./types";

const num = (x: number | undefined) => (x === undefined || x !== x ? null : x);

/** One place's result (index `p` in the input's places). */
export function placeResult(ranked: Ranked, p: number): PlaceResult {
  const agg = ranked.aggregated;
  const { normalized } = agg;
  const { tree, places, values: observed, reasons } = normalized.prepared;
  const excluded = agg.reason[p] !== null;
  const nodes: Record<string, number | null> = {};
  for (const k of tree.nonLeaves) nodes[tree.nodes[k]!.id] = num(agg.nodeScores[k]![p]);
  const norm: Record<string, NormCell> = {};
  normalized.prepared.indicators.forEach((ind, j) => {
    const v = num(normalized.values[j]![p]);
    const isImputed = normalized.imputed[j]?.[p] === 1;
    const isMissing = observed[j]![p] !== observed[j]![p];
    const why = isMissing ? (reasons[j]!.get(p) ?? "not reported") : null;
    norm[ind.id] = {
      value: v,
      imputed: isImputed,
      reason: isImputed
        ? `${why}; ${normalized.imputeNote[j]}${normalized.clamped[j]?.has(p) ? "; kept within the known bound" : ""}`
        : why,
    };
  });
  const contributions: Record<string, number> = {};
  if (!excluded)
    for (let i = 0; i < tree.nodes.length; i++)
      if (i !== tree.root) contributions[tree.nodes[i]!.id] = contributionAt(agg, i, p);
  const place = places[p]!;
  return {
    id: place.id,
    name: place.name,
    score: num(agg.score[p]),
    coverage: agg.coverage[p]!,
    status: excluded ? "excluded" : "ranked",
    reason: agg.reason[p] ?? null,
    rank: ranked.rank[p]! > 0 ? ranked.rank[p]! : null,
    nodes,
    norm,
    contributions,
  };
}

/** The framework as used: weights after overrides, sibling shares, methods. */
export function nodeInfo(ranked: Ranked): NodeInfo[] {
  const agg = ranked.aggregated;
  const { tree, indicators } = agg.normalized.prepared;
  const methods = agg.normalized.methods;
  return tree.nodes.map((n, i): NodeInfo => {
    const col = tree.column[i]!;
    const ind = col >= 0 ? indicators[col]! : null;
    return {
      id: n.id,
      name: n.name,
      parent: i === tree.root ? null : (n.parent ?? null),
      kind: i === tree.root ? "composite" : ind ? "indicator" : "pillar",
      weight: agg.weights[i]!,
      share: agg.shares[i]!,
      aggregation: agg.aggregation[i] ?? null,
      normalization: ind ? methods[col]! : null,
      transform: ind ? ind.transform : null,
      direction: ind ? ind.direction : null,
      unit: n.unit ?? "",
    };
  });
}

/** Every place in display order, the framework as used and the warnings. */
export function toScoreResult(ranked: Ranked): ScoreResult {
  return {
    places: Array.from(ranked.order, (p) => placeResult(ranked, p)),
    nodes: nodeInfo(ranked),
    warnings: ranked.aggregated.warnings,
  };
}
