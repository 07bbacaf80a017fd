/**
 * The mixed-integer programs behind best and worst ranks (solved with yalps). Variables: the shares s (one per child
 * of the composite) and one binary y_q per place q whose position relative to p is not settled: y_q = 1 when q is
 * counted above p. For an interval [v1, v2] of p's key, "q above p" is relaxed to key_q ≥ v1 + TIE (worst) and "q not
 * above p" to key_q ≤ v2 + TIE (best); both are linear in s because a key is a·s / b·s with b·s > 0.
 */
import { solve, type Coefficients, type Constraint, type Model } from "yalps";
import { maxLinear, ratioExtreme, snap, type ShareBox } from "./box";
import { coverageAt, keyAt, TIE, type CompositeParts } from "./parts";

/** How far from p's key a restricted MILP keeps every other place (100 × TIE). */
const MARGIN = 1e-5;
/**
 * The solver's precision (yalps' default is 10⁻⁸). A binary within the precision of 1 counts as 1, and with a big-M
 * constant of up to 100 points that let "q above p" hold 10⁻⁶ short of it, more than TIE: places meeting at one
 * share vector (a three-way tie) were then counted on the wrong side and the extreme stayed a bound.
 */
const PRECISION = 1e-11;
/** Slack in big-M constants so a bound is never tight by round-off. */
const M_SLACK = 1e-6;
/** Coverage below minCoverage by this much counts as excluded in the MILP (far above the solver's precision). */
const COVERAGE_GAP = 1e-7;

/** Per place, over the whole box: the range of its key and of its coverage. */
export interface Ranges {
  keyMin: Float64Array;
  keyMax: Float64Array;
  covMin: Float64Array;
  covMax: Float64Array;
}

export const row = (x: Float64Array | Uint8Array, p: number, k: number) => x.subarray(p * k, (p + 1) * k);

export function ranges(parts: CompositeParts, box: ShareBox): Ranges {
  const P = parts.places.length;
  const K = box.k;
  const r: Ranges = {
    keyMin: new Float64Array(P).fill(NaN),
    keyMax: new Float64Array(P).fill(NaN),
    covMin: new Float64Array(P),
    covMax: new Float64Array(P),
  };
  const neg = new Float64Array(K);
  for (let p = 0; p < P; p++) {
    const a = row(parts.a, p, K);
    const b = row(parts.b, p, K);
    const cov = row(parts.cov, p, K);
    r.keyMax[p] = ratioExtreme(box, a, b, "max")?.value ?? NaN;
    r.keyMin[p] = ratioExtreme(box, a, b, "min")?.value ?? NaN;
    r.covMax[p] = coverageAt(parts, p, maxLinear(box, cov));
    for (let k = 0; k < K; k++) neg[k] = -cov[k]!;
    r.covMin[p] = coverageAt(parts, p, maxLinear(box, neg));
  }
  return r;
}

export type Mode = "best" | "worst";

export interface NodeResult {
  /** Bound on the number of places above p over this interval (a lower bound for best, an upper one for worst). */
  bound: number;
  s: Float64Array;
}

/** One interval [v1, v2] of p's key as a MILP: y_q = 1 when q is counted above p. null when infeasible. */
export function solveInterval(
  parts: CompositeParts,
  box: ShareBox,
  rg: Ranges,
  p: number,
  mode: Mode,
  v1: number,
  v2: number,
  /**
   * Restrict instead of relax: "above" means key_q ≥ v2 + MARGIN, "not above" key_q ≤ v1 − MARGIN, so every solution
   * gives its count with a margin (a rank some shares achieve, not a bound).
   */
  restrict = false,
  /** Milliseconds the solver may take; past it the interval is "timedout" (neither bound nor infeasible). */
  timeoutMs = Infinity,
): NodeResult | "timedout" | null {
  const K = box.k;
  const P = parts.places.length;
  const constraints: [string, Constraint][] = [["sum", { equal: 1 }]];
  const cols: [string, number][][] = Array.from({ length: K }, (_, k) => [
    ["sum", 1],
    [`box${k}`, 1],
  ]);
  for (let k = 0; k < K; k++) constraints.push([`box${k}`, { min: box.lo, max: box.hi }]);
  const ap = row(parts.a, p, K);
  const bp = row(parts.b, p, K);
  constraints.push(["pv1", { min: 0 }], ["pv2", { max: 0 }]);
  for (let k = 0; k < K; k++) cols[k]!.push(["pv1", ap[k]! - v1 * bp[k]!], ["pv2", ap[k]! - v2 * bp[k]!]);
  if (rg.covMin[p]! < parts.minCoverage) {
    constraints.push(["pcov", { min: parts.minCoverage }]);
    for (let k = 0; k < K; k++) cols[k]!.push(["pcov", parts.cov[p * K + k]!]);
  }
  const variables: [string, Coefficients][] = [];
  const binaries: string[] = [];
  let fixed = 0;
  const coef = new Float64Array(K);
  const neg = new Float64Array(K);
  for (let q = 0; q < P; q++) {
    if (q === p || !(rg.covMax[q]! >= parts.minCoverage) || rg.keyMax[q] !== rg.keyMax[q]) continue;
    const alwaysRanked = rg.covMin[q]! >= parts.minCoverage;
    if (rg.keyMax[q]! <= v1 + TIE) continue; // never above p in this interval
    if (rg.keyMin[q]! > v2 + TIE && alwaysRanked) {
      fixed++; // always above
      continue;
    }
    const aq = row(parts.a, q, K);
    const bq = row(parts.b, q, K);
    if (samePattern(bp, bq)) {
      // Same children available: same denominator, so key_q − key_p has the sign of (a_q − a_p)·s, linear in s with
      // no relaxation in v at all. "q above p by more than TIE" ⇔ (a_q − a_p − TIE·b)·s > 0.
      const shift = restrict ? (mode === "best" ? -MARGIN : MARGIN) : TIE;
      for (let k = 0; k < K; k++) coef[k] = aq[k]! - ap[k]! - shift * bq[k]!;
      if (bestValue(box, coef) <= 0 && (mode === "best" || !restrict)) continue; // never above p
      for (let k = 0; k < K; k++) neg[k] = -coef[k]!;
      if (-bestValue(box, neg) > 0 && alwaysRanked) {
        fixed++; // above p at every share
        continue;
      }
    } else {
      const cut = mode === "best" ? (restrict ? v1 - MARGIN : v2 + TIE) : restrict ? v2 + MARGIN : v1 + TIE;
      for (let k = 0; k < K; k++) coef[k] = aq[k]! - cut * bq[k]!;
    }
    const y = `y${q}`;
    const yCoef: [string, number][] = [["obj", 1]];
    if (mode === "best") {
      // y = 0 ⇒ key_q ≤ v2 + TIE (q not above), unless x = 1 (q excluded by coverage).
      const M = Math.max(0, bestValue(box, coef)) + M_SLACK;
      constraints.push([`q${q}`, { max: 0 }]);
      for (let k = 0; k < K; k++) cols[k]!.push([`q${q}`, coef[k]!]);
      yCoef.push([`q${q}`, -M]);
      if (!alwaysRanked) {
        const x = `x${q}`;
        constraints.push([`c${q}`, { max: 1 + parts.minCoverage - COVERAGE_GAP }]);
        for (let k = 0; k < K; k++) cols[k]!.push([`c${q}`, parts.cov[q * K + k]!]);
        variables.push([
          x,
          [
            [`q${q}`, -M],
            [`c${q}`, 1],
          ],
        ]);
        binaries.push(x);
      }
    } else {
      // y = 1 ⇒ key_q ≥ v1 + TIE and q ranked.
      for (let k = 0; k < K; k++) coef[k] = -coef[k]!;
      const M = Math.max(0, bestValue(box, coef)) + M_SLACK;
      constraints.push([`q${q}`, { min: -M }]);
      for (let k = 0; k < K; k++) cols[k]!.push([`q${q}`, -coef[k]!]);
      yCoef.push([`q${q}`, -M]);
      if (!alwaysRanked) {
        constraints.push([`c${q}`, { min: 0 }]);
        for (let k = 0; k < K; k++) cols[k]!.push([`c${q}`, parts.cov[q * K + k]!]);
        yCoef.push([`c${q}`, -parts.minCoverage]);
      }
    }
    variables.push([y, yCoef]);
    binaries.push(y);
  }
  for (let k = 0; k < K; k++) variables.push([`s${k}`, cols[k]!]);
  const model: Model<string, string> = {
    direction: mode === "best" ? "minimize" : "maximize",
    objective: "obj",
    constraints,
    variables,
    binaries,
  };
  const sol = solve(model, {
    includeZeroVariables: true,
    precision: PRECISION,
    timeout: Math.max(1, timeoutMs),
  });
  if (sol.status === "timedout") return "timedout";
  if (sol.status !== "optimal") return null;
  const s = new Float64Array(K);
  let obj = 0;
  for (const [name, value] of sol.variables) {
    if (name.startsWith("s")) s[Number(name.slice(1))] = value;
    else if (name.startsWith("y")) obj += Math.round(value);
  }
  return { bound: fixed + obj, s: snap(box, s) };
}

function samePattern(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function bestValue(box: ShareBox, c: Float64Array): number {
  const s = maxLinear(box, c);
  let x = 0;
  for (let k = 0; k < box.k; k++) x += c[k]! * s[k]!;
  return x;
}

/**
 * An optimum of the MILP usually sits exactly where two composites meet (a vertex), so the engine's own rounding could
 * move the rank there by one. Keeps the set of places above p found at `s`, fixes p's key at its value v there, and
 * maximizes a margin δ by which every place on the other side stays on it (an LP). Returns shares that give the same
 * rank with every other place more than TIE away from p, or null when the extreme is reached only at a tie.
 */
export function settle(
  parts: CompositeParts,
  box: ShareBox,
  p: number,
  mode: Mode,
  s: Float64Array,
  /**
   * Best only: places within this much above p at `s` are kept not above, and a margin of 0 (a tie) is accepted.
   * A relaxed MILP's optimum may sit at the edge of the TIE band where several composites meet; this moves it to
   * the meeting point itself, where they tie and the competition rank is the better one.
   */
  towardTie = 0,
): Float64Array | null {
  const K = box.k;
  const P = parts.places.length;
  const v = keyAt(parts, p, s);
  const constraints: [string, Constraint][] = [["sum", { equal: 1 }]];
  const cols: [string, number][][] = Array.from({ length: K }, (_, k) => [
    ["sum", 1],
    [`box${k}`, 1],
  ]);
  for (let k = 0; k < K; k++) constraints.push([`box${k}`, { min: box.lo, max: box.hi }]);
  const delta: [string, number][] = [
    ["margin", 1],
    ["cap", 1],
  ];
  constraints.push(["cap", { max: 1 }]);
  const add = (name: string, c: Constraint, coef: (k: number) => number, d = 0) => {
    constraints.push([name, c]);
    for (let k = 0; k < K; k++) cols[k]!.push([name, coef(k)]);
    if (d) delta.push([name, d]);
  };
  const a = (q: number, k: number) => parts.a[q * K + k]! - v * parts.b[q * K + k]!;
  add("p", mode === "best" ? { min: 0 } : { max: 0 }, (k) => a(p, k));
  add("pcov", { min: parts.minCoverage }, (k) => parts.cov[p * K + k]!);
  for (let q = 0; q < P; q++) {
    if (q === p) continue;
    const ranked = coverageAt(parts, q, s) >= parts.minCoverage;
    const kq = keyAt(parts, q, s);
    const above = ranked && kq > v + (mode === "best" ? Math.max(TIE, towardTie) : TIE);
    if (mode === "best" && !above) {
      if (!ranked) add(`c${q}`, { max: parts.minCoverage - COVERAGE_GAP }, (k) => parts.cov[q * K + k]!);
      else if (towardTie > 0 || kq !== v || !sameKey(parts, p, q)) add(`q${q}`, { max: 0 }, (k) => a(q, k), 1);
    } else if (mode === "worst" && above) {
      add(`q${q}`, { min: 0 }, (k) => a(q, k), -1);
      add(`c${q}`, { min: parts.minCoverage }, (k) => parts.cov[q * K + k]!);
    }
  }
  const variables: [string, Coefficients][] = [["delta", delta]];
  for (let k = 0; k < K; k++) variables.push([`s${k}`, cols[k]!]);
  const sol = solve(
    { direction: "maximize", objective: "margin", constraints, variables },
    { includeZeroVariables: true, precision: PRECISION },
  );
  if (sol.status !== "optimal" || !(towardTie > 0 ? sol.result >= 0 : sol.result > 1e3 * TIE)) return null;
  const out = new Float64Array(K);
  for (const [name, value] of sol.variables) if (name.startsWith("s")) out[Number(name.slice(1))] = value;
  return snap(box, out);
}

/** Two places whose keys are the same function of the shares (same coefficients): tied at every share. */
export function sameKey(parts: CompositeParts, p: number, q: number): boolean {
  const K = parts.children.length;
  for (let k = 0; k < K; k++)
    if (parts.a[p * K + k] !== parts.a[q * K + k] || parts.b[p * K + k] !== parts.b[q * K + k]) return false;
  return true;
}
