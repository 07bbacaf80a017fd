/**
 * What would flip two places, by share: for each child of the composite, move its share x from 0 to 1 while the other
 * children keep their proportions (s_d = (1 − x)·s⁰_d / (1 − s⁰_c)). Each key a·s / b·s is then a ratio of two linear
 * functions of x, so key_A(x) − key_B(x) has the sign of a quadratic f(x) = N_A·D_B − N_B·D_A: the flip shares are its
 * roots strictly inside (0, 1) where the sign changes and both places are ranked. Reported: the root nearest the
 * current share (there are at most two), or null ("does not flip").
 */
import { isRanked, keyAt, type CompositeParts } from "./parts";

export interface FlipShare {
  node: string;
  /** The child's share at the user's weights, 0..1. */
  current: number;
  /** The share at which A and B swap order, 0..1 exclusive; null when they do not swap strictly between 0 and 1. */
  flip: number | null;
  /** The other root, when the order swaps twice. */
  other: number | null;
}

/** Shares along the path of child k at share x. */
export function sharesAlong(parts: CompositeParts, k: number, x: number): Float64Array {
  const s0 = parts.children.map((c) => c.share);
  const rest = 1 - s0[k]!;
  return Float64Array.from(s0, (v, d) => (d === k ? x : rest > 0 ? ((1 - x) * v) / rest : 0));
}

/** Real roots of c2·x² + c1·x + c0 (numerically stable form); [] when the polynomial is identically ~0. */
function roots(c2: number, c1: number, c0: number): number[] {
  const scale = Math.max(Math.abs(c2), Math.abs(c1), Math.abs(c0));
  if (scale === 0) return [];
  const [a, b, c] = [c2 / scale, c1 / scale, c0 / scale];
  if (Math.abs(a) < 1e-12) return Math.abs(b) < 1e-12 ? [] : [-c / b];
  const disc = b * b - 4 * a * c;
  if (disc < 0) return [];
  const q = -0.5 * (b + Math.sign(b || 1) * Math.sqrt(disc));
  const out = [q / a];
  if (q !== 0) out.push(c / q);
  return out;
}

export function flipShares(parts: CompositeParts, A: number, B: number): FlipShare[] {
  const K = parts.children.length;
  return parts.children.map((child, k): FlipShare => {
    const current = child.share;
    if (current >= 1) return { node: child.id, current, flip: null, other: null };
    // N(x) = β + x(α − β), D(x) = δ + x(b_k − δ) for each place: α, b_k the child's own; β, δ the rest at x = 0.
    const at0 = sharesAlong(parts, k, 0);
    const line = (p: number) => {
      const zeroed = parts.zero[p] === 1;
      let beta = 0;
      let delta = 0;
      for (let d = 0; d < K; d++)
        if (parts.b[p * K + d]) {
          beta += parts.a[p * K + d]! * at0[d]!;
          delta += at0[d]!;
        }
      const bk = parts.b[p * K + k]!;
      return { beta, delta, alpha: parts.a[p * K + k]! * bk, bk, zeroed };
    };
    const a = line(A);
    const b = line(B);
    const c0 = a.beta * b.delta - b.beta * a.delta;
    const c1 =
      a.beta * (b.bk - b.delta) +
      (a.alpha - a.beta) * b.delta -
      b.beta * (a.bk - a.delta) -
      (b.alpha - b.beta) * a.delta;
    const c2 = (a.alpha - a.beta) * (b.bk - b.delta) - (b.alpha - b.beta) * (a.bk - a.delta);
    const diff = (x: number) => {
      const s = sharesAlong(parts, k, x);
      return keyAt(parts, A, s) - keyAt(parts, B, s);
    };
    const swaps = roots(c2, c1, c0)
      .filter((x) => x > 1e-12 && x < 1 - 1e-12)
      .filter((x) => {
        // A sign change (not a touch), with both places ranked at the root.
        const h = 1e-7 * Math.max(1e-3, Math.min(x, 1 - x));
        const s = sharesAlong(parts, k, x);
        return diff(x - h) * diff(x + h) < 0 && isRanked(parts, A, s) && isRanked(parts, B, s);
      })
      .sort((x, y) => Math.abs(x - current) - Math.abs(y - current));
    return { node: child.id, current, flip: swaps[0] ?? null, other: swaps[1] ?? null };
  });
}
