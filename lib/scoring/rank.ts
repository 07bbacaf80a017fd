/**
 * Stage 4, aggregated → ranked: competition ranking ("1, 2, 2, 4") of the places that have a composite, optionally on
 * scores rounded to N decimals (as published indices rank), and one deterministic display order.
 */
import { EngineError } from "./errors";
import type { Aggregated } from "./aggregate";
import type { ScoringOptions } from "./options";
import { withDefaults } from "./options-check";

export interface Ranked {
  aggregated: Aggregated;
  /** Per place: competition rank (1 = best), 0 when excluded. */
  rank: Int32Array;
  /** Place indices in display order: by rank, ties by name then id; then excluded places by name then id. */
  order: Int32Array;
}

/**
 * Half-up rounding to `decimals` places, robust to binary noise: 94.25 stored as 94.2499999999 still rounds to 94.3.
 * (A value within 1e-7 units of the last kept decimal below a half is treated as the half.)
 */
export function roundHalfUp(x: number, decimals: number): number {
  const k = 10 ** decimals;
  const y = x * k;
  return Math.floor(y + 0.5 + 1e-7) / k;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function rank(aggregated: Aggregated, options?: Partial<ScoringOptions>): Ranked {
  const { rankDecimals } = withDefaults(options);
  if (rankDecimals !== null && !(Number.isInteger(rankDecimals) && rankDecimals >= 0 && rankDecimals <= 10))
    throw new EngineError([
      { node: "rankDecimals", problem: `${String(rankDecimals)} is not a whole number of decimals from 0 to 10` },
    ]);
  const { score } = aggregated;
  const places = aggregated.normalized.prepared.places;
  const P = score.length;
  const key = new Float64Array(P);
  const ranked: number[] = [];
  const excluded: number[] = [];
  for (let p = 0; p < P; p++) {
    const s = score[p]!;
    if (s !== s) {
      excluded.push(p);
      continue;
    }
    key[p] = rankDecimals === null ? s : roundHalfUp(s, rankDecimals);
    ranked.push(p);
  }
  const byName = (a: number, b: number) =>
    byText(places[a]!.name, places[b]!.name) || byText(places[a]!.id, places[b]!.id);
  ranked.sort((a, b) => key[b]! - key[a]! || byName(a, b));
  excluded.sort(byName);

  const rank = new Int32Array(P);
  for (let i = 0; i < ranked.length; i++) {
    const p = ranked[i]!;
    const prev = i > 0 ? ranked[i - 1]! : -1;
    rank[p] = prev >= 0 && key[prev] === key[p] ? rank[prev]! : i + 1;
  }
  const order = new Int32Array(P);
  ranked.forEach((p, i) => (order[i] = p));
  excluded.forEach((p, i) => (order[ranked.length + i] = p));
  return { aggregated, rank, order };
}
