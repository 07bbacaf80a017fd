/**
 * The share box: every child of the composite holds a share between lo and hi, the shares summing to 1. Linear and
 * linear-fractional optima over it have closed forms, so the cheap parts of the analysis need no solver.
 */

export interface ShareBox {
  k: number;
  lo: number;
  hi: number;
}

/** Why a box is empty, or null when it holds at least one share vector. */
export function boxProblem(box: ShareBox): string | null {
  const { k, lo, hi } = box;
  if (!(k >= 1)) return "the composite has no children";
  if (!(lo >= 0 && hi <= 1 && lo <= hi)) return "bounds must satisfy 0 ≤ LO ≤ HI ≤ 100";
  if (k * lo > 1 + 1e-12) return `${k} children at LO each already exceed 100%`;
  if (k * hi < 1 - 1e-12) return `${k} children at HI each fall short of 100%`;
  return null;
}

export const inBox = (box: ShareBox, s: ArrayLike<number>, eps = 1e-9) => {
  let sum = 0;
  for (let k = 0; k < box.k; k++) {
    const x = s[k]!;
    if (x < box.lo - eps || x > box.hi + eps) return false;
    sum += x;
  }
  return Math.abs(sum - 1) <= eps;
};

/** The shares maximizing c·s over the box: all at lo, the rest poured into the largest c first, up to hi each. */
export function maxLinear(box: ShareBox, c: ArrayLike<number>): Float64Array {
  const { k, lo, hi } = box;
  const s = new Float64Array(k).fill(lo);
  let rest = 1 - k * lo;
  const order = Array.from({ length: k }, (_, i) => i).sort((x, y) => c[y]! - c[x]! || x - y);
  for (const i of order) {
    if (rest <= 0) break;
    const add = Math.min(hi - lo, rest);
    s[i] = lo + add;
    rest -= add;
  }
  return s;
}

const dot = (c: ArrayLike<number>, s: ArrayLike<number>, k: number) => {
  let x = 0;
  for (let i = 0; i < k; i++) x += c[i]! * s[i]!;
  return x;
};

/**
 * max (or min) of the ratio a·s / b·s over the box (b ≥ 0; shares where b·s = 0 are skipped), by Dinkelbach's
 * method: each step maximizes the linear (a − λb)·s in closed form; the optimum of a linear-fractional program lies at a
 * vertex, and the iteration reaches it in a few steps. Returns the value and the shares.
 */
export function ratioExtreme(
  box: ShareBox,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  sense: "max" | "min",
): { value: number; s: Float64Array } | null {
  const k = box.k;
  const sign = sense === "max" ? 1 : -1;
  const c = new Float64Array(k);
  // Start where b·s is largest, so the ratio is defined.
  let s = maxLinear(box, b);
  if (!(dot(b, s, k) > 0)) return null;
  let lambda = dot(a, s, k) / dot(b, s, k);
  for (let iter = 0; iter < 100; iter++) {
    for (let i = 0; i < k; i++) c[i] = sign * (a[i]! - lambda * b[i]!);
    const next = maxLinear(box, c);
    const gain = dot(c, next, k);
    const den = dot(b, next, k);
    if (!(gain > 1e-13 * (1 + Math.abs(lambda))) || !(den > 0)) break;
    s = next;
    lambda = dot(a, s, k) / den;
  }
  return { value: lambda, s };
}

/**
 * Shares from a solver, snapped onto the box: within 1e-9 of LO or HI (the solver's precision is 1e-11) becomes LO or
 * HI exactly (a share of exactly 0 switches a child off, which the engine treats differently from 1e-12), and the free
 * shares absorb the rest so the sum is 1. Not wider: a restricted MILP keeps other places 10⁻⁵ points from p, which
 * with scores of up to 100 points per unit of share is a share 10⁻⁷ from a vertex; snapping that onto the vertex put
 * the places back on a tie (the middle one of three lines crossing the box showed a worst rank one too good).
 */
const SNAP = 1e-9;
export function snap(box: ShareBox, s: ArrayLike<number>): Float64Array {
  const out = Float64Array.from(s as ArrayLike<number>, (x) =>
    Math.abs(x - box.lo) <= SNAP ? box.lo : Math.abs(x - box.hi) <= SNAP ? box.hi : x,
  );
  let free = 0;
  let sum = 0;
  for (let k = 0; k < box.k; k++) {
    sum += out[k]!;
    if (out[k] !== box.lo && out[k] !== box.hi) free += out[k]!;
  }
  if (free > 0) {
    const scale = (free + 1 - sum) / free;
    for (let k = 0; k < box.k; k++) if (out[k] !== box.lo && out[k] !== box.hi) out[k] = out[k]! * scale;
  }
  return out;
}
