/**
 * What would flip two places, by figure: for each indicator, the smallest change in one reported figure, the
 * trailing place's raised or the leading place's lowered (in the indicator's good or bad direction), after which the
 * trailing place ranks strictly above the leader, all else as the view says. The whole engine is re-run for each
 * trial figure (a new figure can move the minimum or maximum and so every place's score). Searched on a geometric grid
 * of changes, then by bisection to 1e-6 of the change; figures stay in their domain (counts ≥ 0, ranks ≥ 1).
 */
import type { ScoringOptions } from "@/lib/scoring/options";
import { aggregate } from "@/lib/scoring/aggregate";
import { normalize } from "@/lib/scoring/normalize";
import { applyTransform, type Prepared } from "@/lib/scoring/prepare";
import { rank } from "@/lib/scoring/rank";
import { runStages } from "@/lib/scoring/score";
import type { EngineInput } from "@/lib/scoring/types";

export interface RawFlip {
  indicator: string;
  /** The place whose figure changes. */
  place: string;
  from: number;
  to: number;
}

export interface RawFlipResult {
  leader: string;
  trailer: string;
  /** Per indicator with weight: the smaller of the two changes (relative to the figure), or null when none flips. */
  rows: { indicator: string; change: RawFlip | null; reason: "flips" | "no_figure" | "does_not_flip" }[];
}

const GRID = 30;
const BISECT = 40;

/**
 * B strictly above A (competition ranks) when place p's figure in column j is x. Reuses the prepared stage: only
 * that column is transformed again and its statistics redone, then normalize → aggregate → rank.
 */
function aheadWith(
  prepared: Prepared,
  options: Partial<ScoringOptions>,
  j: number,
  p: number,
  x: number,
  A: number,
  B: number,
): boolean {
  const ind = prepared.indicators[j]!;
  const col = Float64Array.from(prepared.values[j]!);
  col[p] = applyTransform(ind.transform, x);
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (const v of col) {
    if (v !== v) continue;
    n++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const values = prepared.values.slice();
  values[j] = col;
  const stats = prepared.stats.slice();
  stats[j] = { n, min: lo, max: hi };
  const r = rank(aggregate(normalize({ ...prepared, values, stats }, options), options), options).rank;
  return r[B]! > 0 && (r[A] === 0 || r[B]! < r[A]!);
}

/** Smallest |t| ≤ |limit| (t has the sign of limit) with flips(t), or null. */
function smallestChange(limit: number, flips: (t: number) => boolean): number | null {
  if (limit === 0 || !flips(limit)) return null;
  let lo = 0;
  let hi = limit;
  for (let j = GRID; j >= 1; j--) {
    const t = limit * 2 ** -j;
    if (flips(t)) {
      hi = t;
      break;
    }
    lo = t;
  }
  for (let i = 0; i < BISECT && Math.abs(hi - lo) > 1e-6 * Math.abs(hi); i++) {
    const mid = (lo + hi) / 2;
    if (flips(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function rawFlips(input: EngineInput, options: Partial<ScoringOptions>, a: string, b: string): RawFlipResult {
  const index = new Map(input.places.map((p, i) => [p.id, i]));
  const base = runStages(input, options);
  let A = index.get(a)!;
  let B = index.get(b)!;
  // A is the leader at the user's view.
  if (base.rank[B]! > 0 && (base.rank[A] === 0 || base.rank[B]! < base.rank[A]!)) [A, B] = [B, A];
  const prepared = base.aggregated.normalized.prepared;
  const { tree } = prepared;
  const rows: RawFlipResult["rows"] = [];
  for (const leaf of tree.leaves) {
    const node = tree.nodes[leaf]!;
    if (!(base.aggregated.weights[leaf]! > 0)) continue;
    const col = input.values[node.id]!;
    const dir = node.direction ?? 1;
    const observed = Array.from(col).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    const lo = Math.min(...observed);
    const hi = Math.max(...observed);
    const range = hi - lo || Math.abs(hi) || 1;
    // Domain: never below 0 for non-negative data (1 for ranks, which count from 1); log transforms need x > 0.
    const isRank = dir === -1 && lo >= 1 && observed.every(Number.isInteger);
    const floor = isRank ? 1 : lo >= 0 ? 0 : -Infinity;
    const positive = node.transform === "ln";
    const candidates: RawFlip[] = [];
    let anyFigure = false;
    for (const [p, sign] of [
      [B, dir],
      [A, -dir],
    ] as const) {
      const x = col[p];
      if (typeof x !== "number" || !Number.isFinite(x)) continue;
      anyFigure = true;
      let limit = sign > 0 ? hi + 10 * range - x : Math.max(floor, lo - 10 * range) - x;
      if (positive && x + limit <= 0) limit = x * 1e-6 - x;
      const j = tree.column[leaf]!;
      const t = smallestChange(limit, (t) => aheadWith(prepared, options, j, p, x + t, A, B));
      if (t !== null) candidates.push({ indicator: node.id, place: input.places[p]!.id, from: x, to: x + t });
    }
    const rel = (c: RawFlip) => Math.abs(c.to - c.from) / (Math.abs(c.from) || range);
    candidates.sort((x, y) => rel(x) - rel(y));
    rows.push({
      indicator: node.id,
      change: candidates[0] ?? null,
      reason: candidates[0] ? "flips" : anyFigure ? "does_not_flip" : "no_figure",
    });
  }
  return { leader: input.places[A]!.id, trailer: input.places[B]!.id, rows };
}
