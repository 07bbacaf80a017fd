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

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Stable sort of `ids` by `key[id]`, largest first. This runs on every weight change, and a comparator sort of 1,000
 * places costs about as much as the whole min-max stage, so: an LSD radix sort (4 passes of one byte) on the high 32
 * bits of each key's order-preserving IEEE-754 image, then an insertion pass that orders runs sharing those bits by the
 * low 32 bits (such runs are ties or near-ties, hence short).
 */
export function sortDescending(key: Float64Array, ids: Int32Array): Int32Array {
  const n = ids.length;
  let perm = new Int32Array(n);
  let hiOf = new Uint32Array(n); // kept in step with perm, so the passes read sequentially
  const lo = new Uint32Array(n); // by original position
  const [L, H] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  for (let j = 0; j < n; j++) {
    const k = key[ids[j]!]!;
    F64[0] = k === 0 ? 0 : k; // −0 ties with 0
    let h = U32[H]!;
    let l = U32[L]!;
    // Order-preserving map to unsigned, inverted for descending order.
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else h |= 0x80000000;
    perm[j] = j;
    hiOf[j] = ~h >>> 0;
    lo[j] = ~l >>> 0;
  }
  let perm2 = new Int32Array(n);
  let hi2 = new Uint32Array(n);
  const counts = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(hiOf[i]! >>> shift) & 255]!++;
    if (counts.includes(n)) continue;
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const t = counts[b]!;
      counts[b] = sum;
      sum += t;
    }
    for (let i = 0; i < n; i++) {
      const h = hiOf[i]!;
      const at = counts[(h >>> shift) & 255]!++;
      perm2[at] = perm[i]!;
      hi2[at] = h;
    }
    const tp = perm;
    perm = perm2;
    perm2 = tp;
    const th = hiOf;
    hiOf = hi2;
    hi2 = th;
  }
  // Insertion sort by the low word within runs of equal high words (stable: only strictly smaller moves up).
  for (let i = 1; i < n; i++) {
    const h = hiOf[i]!;
    if (h !== hiOf[i - 1]) continue;
    const j0 = perm[i]!;
    const l = lo[j0]!;
    let at = i;
    while (at > 0 && hiOf[at - 1] === h && lo[perm[at - 1]!]! > l) {
      perm[at] = perm[at - 1]!;
      at--;
    }
    perm[at] = j0;
  }
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = ids[perm[i]!]!;
  return out;
}

export function rank(aggregated: Aggregated, options?: Partial<ScoringOptions>): Ranked {
  const { rankDecimals } = withDefaults(options);
  if (rankDecimals !== null && !(Number.isInteger(rankDecimals) && rankDecimals >= 0 && rankDecimals <= 10))
    throw new EngineError([
      { node: "rankDecimals", problem: `${String(rankDecimals)} is not a whole number of decimals from 0 to 10` },
    ]);
  const { score } = aggregated;
  const { byName } = aggregated.normalized.prepared;
  const P = score.length;
  const key = new Float64Array(P);
  let n = 0;
  for (let p = 0; p < P; p++) {
    const s = score[p]!;
    key[p] = s !== s ? NaN : rankDecimals === null ? s : roundHalfUp(s, rankDecimals);
    if (s === s) n++;
  }
  // Places with a key, in name order, then a stable sort by key (descending): ties stay in name order.
  const candidates = new Int32Array(n);
  const order = new Int32Array(P);
  let c = 0;
  let e = n;
  for (let i = 0; i < P; i++) {
    const p = byName[i]!;
    if (key[p] === key[p]) candidates[c++] = p;
    else order[e++] = p;
  }
  order.set(sortDescending(key, candidates), 0);
  const rank = new Int32Array(P);
  for (let i = 0; i < n; i++) {
    const p = order[i]!;
    rank[p] = i > 0 && key[order[i - 1]!] === key[p] ? rank[order[i - 1]!]! : i + 1;
  }
  return { aggregated, rank, order };
}
