import { compareIds } from "@/lib/i18n/collate";
import { effectiveWeights, type WeightNode } from "@/lib/dashboard/effective-weights";
import type { PlaceRow } from "@/lib/dashboard/rows";

export interface H2HLine {
  indicator: string;
  /** Normalized scores (0–100), null when missing. */
  a: number | null;
  b: number | null;
  /** Who leads on this indicator: the better normalized score; null when either is missing or they are level. */
  leader: "a" | "b" | null;
  /** a − b in normalized points; null when either is missing. */
  normGap: number | null;
  /** The indicator's share of the composite gap: contribution(a) − contribution(b), in composite points. */
  gapContribution: number;
  /** Effective (re-distributed) weight of the indicator for each place, 0..1; null without a composite. */
  weightA: number | null;
  weightB: number | null;
}

export interface H2H {
  /** score(a) − score(b); null when either has no composite. */
  gap: number | null;
  leader: "a" | "b" | null;
  /** Which places have no composite (so there is no overall leader, and "level" would be wrong). */
  noComposite: ("a" | "b")[];
  /** Indicators both places have a figure for, by how much they move the composite gap (largest first). */
  lines: H2HLine[];
  /**
   * Indicators only one place has a figure for: not a like-for-like comparison, so listed apart from "what decides
   * the gap" (their contributions still belong to the gap: the other place's weight went to its other indicators).
   */
  oneSided: (H2HLine & { side: "a" | "b" })[];
  /** Indicators neither place has a figure for. */
  neither: string[];
  /** True when re-distribution gives the two places different effective weights for some indicator. */
  weightsDiffer: boolean;
  /** Pillars likewise. */
  pillars: { pillar: string; a: number | null; b: number | null; gapContribution: number }[];
}

const lead = (x: number | null, y: number | null): "a" | "b" | null =>
  x === null || y === null || x === y ? null : x > y ? "a" : "b";

const byGap = (p: { gapContribution: number; id: string }, q: { gapContribution: number; id: string }) =>
  Math.abs(q.gapContribution) - Math.abs(p.gapContribution) || compareIds(p.id, q.id);

/** Effective weights of a place with a composite; null otherwise. */
function weightsOf(row: PlaceRow, nodes: readonly WeightNode[]): Map<string, number> | null {
  if (row.score === null || nodes.length === 0) return null;
  return effectiveWeights(nodes, (id) => (row.norm[id] ? row.norm[id].value !== null : row.pillars[id] != null));
}

/**
 * Indicator by indicator: who leads, by how much, and which indicators decide the composite gap. Under arithmetic
 * aggregation the gap contributions of all indicators (two-sided and one-sided) add up to the composite gap.
 * `nodes` is the framework with the weights in force (the engine's `nodes`), for the effective weights.
 */
export function headToHead(
  a: PlaceRow,
  b: PlaceRow,
  indicatorIds: string[],
  pillarIds: string[],
  nodes: readonly WeightNode[] = [],
): H2H {
  const wa = weightsOf(a, nodes);
  const wb = weightsOf(b, nodes);
  const all = indicatorIds.map((id): H2HLine => {
    const x = a.norm[id]?.value ?? null;
    const y = b.norm[id]?.value ?? null;
    return {
      indicator: id,
      a: x,
      b: y,
      leader: lead(x, y),
      normGap: x === null || y === null ? null : x - y,
      gapContribution: (a.contributions[id] ?? 0) - (b.contributions[id] ?? 0),
      weightA: wa?.get(id) ?? null,
      weightB: wb?.get(id) ?? null,
    };
  });
  const sorted = <T extends H2HLine>(list: T[]) =>
    list
      .map((l) => ({ l, gapContribution: l.gapContribution, id: l.indicator }))
      .sort(byGap)
      .map((x) => x.l);
  const lines = sorted(all.filter((l) => l.a !== null && l.b !== null));
  const oneSided = sorted(
    all
      .filter((l) => (l.a === null) !== (l.b === null))
      .map((l) => ({ ...l, side: l.a !== null ? ("a" as const) : ("b" as const) })),
  );
  const neither = all.filter((l) => l.a === null && l.b === null).map((l) => l.indicator);
  const weightsDiffer =
    wa !== null && wb !== null && all.some((l) => Math.abs((l.weightA ?? 0) - (l.weightB ?? 0)) > 1e-9);
  const pillars = pillarIds
    .map((id) => ({
      pillar: id,
      id,
      a: a.pillars[id] ?? null,
      b: b.pillars[id] ?? null,
      gapContribution: (a.contributions[id] ?? 0) - (b.contributions[id] ?? 0),
    }))
    .sort(byGap)
    .map(({ pillar, a: x, b: y, gapContribution }) => ({ pillar, a: x, b: y, gapContribution }));
  const noComposite = [...(a.score === null ? ["a" as const] : []), ...(b.score === null ? ["b" as const] : [])];
  return {
    gap: a.score === null || b.score === null ? null : a.score - b.score,
    leader: lead(a.score, b.score),
    noComposite,
    lines,
    oneSided,
    neither,
    weightsDiffer,
    pillars,
  };
}
