/**
 * "What changed" between two as-of years: which places moved, and which indicators moved them. A place's composite
 * is the sum of its indicators' contributions (points of the 0–100 composite, `PlaceResult.contributions`), so the
 * change in its score splits exactly into the change of each indicator's contribution; an indicator not in use in a
 * year contributes 0 that year. The drivers are those changes, largest first. A place ranked in only one of the two
 * years has no drivers: its status changed, and the reason is given instead.
 */
import type { PlaceResult, ScoreResult } from "@/lib/scoring/types";

export interface Standing {
  rank: number | null;
  score: number | null;
  /** Why there is no rank (excluded, or not scored that year); null when ranked. */
  reason: string | null;
}

export interface Driver {
  /** Indicator id. */
  node: string;
  /** Contribution after − before, in points of the composite. */
  delta: number;
  before: number;
  after: number;
}

export interface PlaceChange {
  id: string;
  name: string;
  before: Standing;
  after: Standing;
  /** Places gained (before − after; positive = moved up); null unless ranked in both years. */
  rankChange: number | null;
  /** after − before; null unless scored in both years. */
  scoreChange: number | null;
  /** Indicators whose contribution changed, by |delta| (largest first), then by id. Empty unless ranked in both. */
  drivers: Driver[];
}

/** Contribution changes below this are rounding noise (points of a 0–100 scale). */
export const DRIVER_EPSILON = 1e-9;

const standing = (p: PlaceResult | undefined, note: string): Standing =>
  p && p.rank !== null
    ? { rank: p.rank, score: p.score, reason: null }
    : { rank: null, score: null, reason: p?.reason ?? note };

function indicatorIds(r: ScoreResult): Set<string> {
  return new Set(r.nodes.filter((n) => n.kind === "indicator").map((n) => n.id));
}

/**
 * Every place of `after` (then any only in `before`), with its standing in both years and the indicators that moved
 * it. Order: largest rank change first (up or down), then the `after` ranking, then places unranked in `after`.
 * `before`/`after` null: nothing was scored that year (every place then has that year's `note` as its reason).
 */
export function whatChanged(
  before: ScoreResult | null,
  after: ScoreResult | null,
  notes: { before: string; after: string } = { before: "not scored", after: "not scored" },
): PlaceChange[] {
  const b = new Map((before?.places ?? []).map((p) => [p.id, p]));
  const a = new Map((after?.places ?? []).map((p) => [p.id, p]));
  const ids = [...a.keys(), ...[...b.keys()].filter((id) => !a.has(id))];
  const inds = [...new Set([...(before ? indicatorIds(before) : []), ...(after ? indicatorIds(after) : [])])];
  const order = new Map(ids.map((id, i) => [id, i]));

  const changes = ids.map((id): PlaceChange => {
    const pb = b.get(id);
    const pa = a.get(id);
    const sb = standing(pb, notes.before);
    const sa = standing(pa, notes.after);
    const both = sb.rank !== null && sa.rank !== null;
    const drivers: Driver[] = [];
    if (both) {
      for (const node of inds) {
        const x = pb?.contributions[node] ?? 0;
        const y = pa?.contributions[node] ?? 0;
        if (Math.abs(y - x) > DRIVER_EPSILON) drivers.push({ node, delta: y - x, before: x, after: y });
      }
      drivers.sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta) || (p.node < q.node ? -1 : p.node > q.node ? 1 : 0));
    }
    return {
      id,
      name: pa?.name ?? pb?.name ?? id,
      before: sb,
      after: sa,
      rankChange: both ? sb.rank! - sa.rank! : null,
      scoreChange: both ? sa.score! - sb.score! : null,
      drivers,
    };
  });

  return changes.sort((x, y) => {
    const mx = Math.abs(x.rankChange ?? 0);
    const my = Math.abs(y.rankChange ?? 0);
    if (mx !== my) return my - mx;
    const rx = x.after.rank ?? Infinity;
    const ry = y.after.rank ?? Infinity;
    return rx - ry || order.get(x.id)! - order.get(y.id)!;
  });
}
