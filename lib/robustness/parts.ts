/**
 * The composite as a function of its children's shares. With every deeper weight fixed as the user set it, each
 * child of the composite (each pillar; in a flat framework, each indicator) has a fixed score per place, and the
 * composite at shares s is
 *
 *   arithmetic: Σ_{c∈A} s_c·S_c / Σ_{c∈A} s_c          (A = the children the place has a score for: redistribution)
 *   geometric:  exp(Σ_{c∈A} s_c·ln S_c / Σ_{c∈A} s_c)
 *   harmonic:   Σ_{c∈A} s_c / Σ_{c∈A} s_c/S_c
 *
 * so the order of two places is the order of their "keys" a·s / b·s, with a_c = S_c, ln S_c or −1/S_c and b the 0/1
 * availability vector: one ratio of linear forms per place, whatever the aggregation. Everything in this folder works
 * on these keys.
 */
import { MEAN_FLOOR } from "@/lib/scoring/aggregate-node";
import type { Aggregated } from "@/lib/scoring/aggregate";
import type { Aggregation } from "@/lib/scoring/vocabulary";

export interface CompositeChild {
  id: string;
  name: string;
  /** The share the user's weights give it, 0..1. */
  share: number;
}

export interface CompositeParts {
  children: CompositeChild[];
  places: { id: string; name: string }[];
  aggregation: Aggregation;
  /**
   * Row-major P × K: the key coefficient of each place and child, 0 where the child is unavailable. For a place in
   * `zero`, every available child holds `bottom`, so its key is `bottom` at any shares (see `keyAt` for the face where
   * the zero child's share is exactly 0).
   */
  a: Float64Array;
  /** A key below every other place's key: the composite 0. */
  bottom: number;
  /** Row-major P × K: 1 where the child scores 0 under a geometric or harmonic composite. */
  zeroChild: Uint8Array;
  /** Row-major P × K: the true coefficients of places in `zero` (used only where every zero child has share 0). */
  aZero: Float64Array;
  /** Row-major P × K: 1 where the place has a score for the child. */
  b: Uint8Array;
  /** Row-major P × K: the child's coverage for the place (share of its weight backed by observed data). */
  cov: Float64Array;
  /** Per place: 1 when a child scores 0 under a geometric or harmonic composite, so the composite is 0 at any share. */
  zero: Uint8Array;
  /** Coverage a place needs to be ranked (the engine's rule as a linear constraint; see `isRanked`). */
  minCoverage: number;
  /** Per place: the engine's rank at the user's weights (0 = excluded). */
  rank: Int32Array;
}

/** Coverage slack of the engine (a place with coverage ≥ threshold − 1e-9 is ranked). */
const COVERAGE_EPS = 1e-9;
/**
 * The engine ranks a place with any positive coverage; here a place needs 10⁻⁶ of the composite's weight on observed
 * data, so that "switched off" is a share the solver can tell from a positive one (its precision is 10⁻⁸). This
 * matters only when LO = 0, for shares within 10⁻⁶ of switching a place's every observed child off.
 */
export const COVERAGE_FLOOR = 1e-6;

/** Reads the composite's children from the engine's aggregated stage (at the user's options). */
export function compositeParts(aggregated: Aggregated, rank: Int32Array, coverageThreshold: number): CompositeParts {
  const { tree, places } = aggregated.normalized.prepared;
  const root = tree.root;
  const kids = tree.children[root]!;
  const K = kids.length;
  const P = places.length;
  const aggregation = aggregated.aggregation[root] ?? "arithmetic";
  const a = new Float64Array(P * K);
  const b = new Uint8Array(P * K);
  const cov = new Float64Array(P * K);
  const zero = new Uint8Array(P);
  const zeroChild = new Uint8Array(P * K);
  kids.forEach((c, k) => {
    const col = tree.column[c]!;
    const scores = aggregated.nodeScores[c] ?? aggregated.normalized.values[col]!;
    const covCol = aggregated.nodeCoverage[c];
    const imputed = col >= 0 ? aggregated.normalized.imputed[col] : null;
    for (let p = 0; p < P; p++) {
      const s = scores[p]!;
      cov[p * K + k] = covCol ? covCol[p]! : s === s && !imputed?.[p] ? 1 : 0;
      if (s !== s) continue;
      b[p * K + k] = 1;
      if (aggregation === "arithmetic") a[p * K + k] = s;
      // The engine's floored scale (issue 11): a score below MEAN_FLOOR counts as MEAN_FLOOR, so no component is 0.
      else if (s < MEAN_FLOOR) a[p * K + k] = aggregation === "geometric" ? Math.log(MEAN_FLOOR) : -1 / MEAN_FLOOR;
      else if (s <= 0) {
        zero[p] = 1;
        zeroChild[p * K + k] = 1;
      } else a[p * K + k] = aggregation === "geometric" ? Math.log(s) : -1 / s;
    }
  });
  // A zero component makes the composite 0 at any positive share: such places get one constant key below every other.
  let bottom = Infinity;
  for (let p = 0; p < P; p++)
    if (!zero[p]) for (let k = 0; k < K; k++) if (b[p * K + k]) bottom = Math.min(bottom, a[p * K + k]!);
  bottom = Number.isFinite(bottom) ? bottom - 1 - Math.abs(bottom) : -1;
  const aZero = new Float64Array(P * K);
  for (let p = 0; p < P; p++)
    if (zero[p])
      for (let k = 0; k < K; k++) {
        aZero[p * K + k] = a[p * K + k]!;
        a[p * K + k] = b[p * K + k] ? bottom : 0;
      }
  const total = kids.reduce((s, c) => s + aggregated.weights[c]!, 0);
  return {
    children: kids.map((c) => ({
      id: tree.nodes[c]!.id,
      name: tree.nodes[c]!.name,
      share: total > 0 ? aggregated.weights[c]! / total : 0,
    })),
    places: places.map((p) => ({ id: p.id, name: p.name })),
    aggregation,
    a,
    bottom,
    zeroChild,
    aZero,
    b,
    cov,
    zero,
    minCoverage: Math.max(coverageThreshold - COVERAGE_EPS, COVERAGE_FLOOR),
    rank,
  };
}

/**
 * a·s / b·s for place p at shares s; NaN when the place has no score there. A place with a zero component has the
 * key `bottom` (composite 0) unless every zero component's share is exactly 0, where that component takes no part.
 */
export function keyAt(parts: CompositeParts, p: number, s: ArrayLike<number>): number {
  const K = parts.children.length;
  let a = parts.a;
  if (parts.zero[p]) {
    let zeroShare = 0;
    for (let k = 0; k < K; k++) if (parts.zeroChild[p * K + k]) zeroShare += s[k]!;
    if (zeroShare > 0) return parts.bottom;
    a = parts.aZero;
  }
  let num = 0;
  let den = 0;
  for (let k = 0; k < K; k++)
    if (parts.b[p * K + k] && !parts.zeroChild[p * K + k]) {
      num += a[p * K + k]! * s[k]!;
      den += s[k]!;
    }
  return den > 0 ? num / den : NaN;
}

/** Coverage of place p at shares s. */
export function coverageAt(parts: CompositeParts, p: number, s: ArrayLike<number>): number {
  const K = parts.children.length;
  let c = 0;
  for (let k = 0; k < K; k++) c += parts.cov[p * K + k]! * s[k]!;
  return c;
}

export const isRanked = (parts: CompositeParts, p: number, s: ArrayLike<number>) =>
  coverageAt(parts, p, s) >= parts.minCoverage && keyAt(parts, p, s) === keyAt(parts, p, s);

/**
 * Two keys closer than this count as a tie. Keys are points on 0–100 (arithmetic), ln-points (geometric) or −1/points
 * (harmonic); 1e-7 is far below any difference a published figure can make and far above the solver's round-off.
 */
export const TIE = 1e-7;

/**
 * Competition rank of place p at shares s (1 + the places ranked there whose key is above p's by more than TIE);
 * null when p is not ranked at s.
 */
export function rankAt(parts: CompositeParts, p: number, s: ArrayLike<number>, tie = TIE): number | null {
  if (!isRanked(parts, p, s)) return null;
  const kp = keyAt(parts, p, s);
  let above = 0;
  for (let q = 0; q < parts.places.length; q++)
    if (q !== p && isRanked(parts, q, s) && keyAt(parts, q, s) > kp + tie) above++;
  return above + 1;
}

/** The composite score (0–100) a key stands for. */
export function scoreOfKey(aggregation: Aggregation, key: number, zero: boolean): number {
  if (zero) return 0;
  return aggregation === "arithmetic" ? key : aggregation === "geometric" ? Math.exp(key) : -1 / key;
}
