import { compareIds } from "@/lib/i18n/collate";
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
}

export interface H2H {
  /** score(a) − score(b); null when either has no composite. */
  gap: number | null;
  leader: "a" | "b" | null;
  /** Indicators ordered by how much they move the composite gap (largest absolute contribution first). */
  lines: H2HLine[];
  /** Pillars likewise. */
  pillars: { pillar: string; a: number | null; b: number | null; gapContribution: number }[];
}

const lead = (x: number | null, y: number | null): "a" | "b" | null =>
  x === null || y === null || x === y ? null : x > y ? "a" : "b";

/**
 * Indicator by indicator: who leads, by how much, and which indicators decide the composite gap. Under arithmetic
 * aggregation the gap contributions add up to the composite gap (contributions sum to each composite).
 */
export function headToHead(a: PlaceRow, b: PlaceRow, indicatorIds: string[], pillarIds: string[]): H2H {
  const lines = indicatorIds.map((id): H2HLine => {
    const x = a.norm[id]?.value ?? null;
    const y = b.norm[id]?.value ?? null;
    return {
      indicator: id,
      a: x,
      b: y,
      leader: lead(x, y),
      normGap: x === null || y === null ? null : x - y,
      gapContribution: (a.contributions[id] ?? 0) - (b.contributions[id] ?? 0),
    };
  });
  lines.sort(
    (p, q) => Math.abs(q.gapContribution) - Math.abs(p.gapContribution) || compareIds(p.indicator, q.indicator),
  );
  const pillars = pillarIds
    .map((id) => ({
      pillar: id,
      a: a.pillars[id] ?? null,
      b: b.pillars[id] ?? null,
      gapContribution: (a.contributions[id] ?? 0) - (b.contributions[id] ?? 0),
    }))
    .sort((p, q) => Math.abs(q.gapContribution) - Math.abs(p.gapContribution) || compareIds(p.pillar, q.pillar));
  return {
    gap: a.score === null || b.score === null ? null : a.score - b.score,
    leader: lead(a.score, b.score),
    lines,
    pillars,
  };
}
