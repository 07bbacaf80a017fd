/**
 * Best and worst achievable rank of each place over every share vector in the box (each child of the composite holds
 * LO..HI of it, the shares summing to 100 %, deeper weights as the user set them). The method and what is exact are
 * stated in ./README.md; in short: the number of places above p at shares s is a mixed-integer linear program once p's
 * key v is fixed, so a branch and bound over v, solving one MILP per interval of v (yalps), brackets the optimum
 * between a rank some shares achieve (checked by direct evaluation) and a proven limit, until the two meet.
 */
import { boxProblem, inBox, ratioExtreme, type ShareBox } from "./box";
import { ranges, row, settle, solveInterval, type Mode, type Ranges } from "./milp";
import { rankAt, TIE, type CompositeParts } from "./parts";

export interface Extreme {
  /** A rank that `shares` achieve (checked by evaluating every place's composite there). */
  rank: number;
  /** Proven limit: no shares in the box give a better (best) / worse (worst) rank. Equals `rank` when exact. */
  limit: number;
  exact: boolean;
  /** The shares (0..1, one per child of the composite) that achieve `rank`. */
  shares: number[];
  /** Reached only where p's composite equals another place's (competition ranks share the better rank). */
  tie: boolean;
}

export interface PlaceExtremes {
  id: string;
  /** The engine's rank at the user's weights; null when excluded there. */
  current: number | null;
  /** null when the place is ranked at no shares in the box. */
  best: Extreme | null;
  worst: Extreme | null;
  /** true when the place is excluded (coverage) at some shares in the box. */
  sometimesExcluded: boolean;
}

export interface ExtremesResult {
  box: ShareBox;
  places: PlaceExtremes[];
  /** Whether the user's own shares lie in the box (only then is best ≤ current ≤ worst guaranteed). */
  userInBox: boolean;
  /** Every extreme is exact (no limit differs from its rank). */
  exact: boolean;
}

export interface ExtremesOptions {
  /** Total time for all places, ms (each place gets an equal part; unused time passes on). Default 2,000. */
  budgetMs?: number;
  /** Only these place indices (default: all). */
  only?: number[];
  /** Clock (tests pass a fake one). */
  now?: () => number;
  /** Called after each place with the share of places done. */
  onProgress?: (done: number) => void;
  /**
   * Above this many places, no MILP is solved: each extreme is the best of a few evaluated share vectors, bracketed by
   * pairwise bounds (a place always above p counts against its best; one never above cannot count against its worst).
   * Default 50 (the MILPs then take well under 2 s on the bundled data's shape).
   */
  exactLimit?: number;
}

/** How far above p a relaxed optimum may leave a place that a tie-seeking LP then tries to bring level (points). */
const TOWARD_TIE = 1e-4;
/** Intervals of the key narrower than this are not split further (their bound stays a bound). */
const MIN_WIDTH = 1e-9;
interface Search {
  count: number;
  s: Float64Array;
  limit: number;
  /** The extreme is reached only where p ties another place (no shares give it with a margin). */
  tie: boolean;
}

/**
 * Bounds without a solver: the achieved count is the best over `starts`; the limit counts, for best, the places above p
 * at every share (key_q's minimum over the box above key_p's maximum, q always ranked) and, for worst, the places that
 * can be above p somewhere (key_q's maximum above key_p's minimum).
 */
function pairwise(parts: CompositeParts, rg: Ranges, p: number, mode: Mode, starts: Float64Array[]): Search | null {
  let found: { count: number; s: Float64Array } | null = null;
  for (const s of starts) {
    const r = rankAt(parts, p, s);
    if (r !== null && (!found || (mode === "best" ? r - 1 < found.count : r - 1 > found.count)))
      found = { count: r - 1, s };
  }
  if (!found) return null;
  let limit = 0;
  for (let q = 0; q < parts.places.length; q++) {
    if (q === p || rg.keyMax[q] !== rg.keyMax[q]) continue;
    if (mode === "best") {
      if (rg.covMin[q]! >= parts.minCoverage && rg.keyMin[q]! > rg.keyMax[p]! + TIE) limit++;
    } else if (rg.covMax[q]! >= parts.minCoverage && rg.keyMax[q]! > rg.keyMin[p]! + TIE) limit++;
  }
  return { count: found.count, s: found.s, limit, tie: false };
}

/** The extreme number of places above p: branch and bound over intervals of p's key. */
function searchPlace(
  parts: CompositeParts,
  box: ShareBox,
  rg: Ranges,
  p: number,
  mode: Mode,
  starts: Float64Array[],
  deadline: number,
  now: () => number,
): Search | null {
  const better = (x: number, y: number) => (mode === "best" ? x < y : x > y);
  let inc: { count: number; s: Float64Array } | null = null;
  const consider = (s: Float64Array) => {
    const r = rankAt(parts, p, s);
    if (r !== null && (!inc || better(r - 1, inc.count))) inc = { count: r - 1, s: Float64Array.from(s) };
  };
  for (const s of starts) consider(s);
  const lo = rg.keyMin[p]!;
  const hi = rg.keyMax[p]!;
  if (lo !== lo) return null;
  const queue: { v1: number; v2: number; bound: number }[] = [
    { v1: lo, v2: hi, bound: mode === "best" ? 0 : parts.places.length },
  ];
  const open: number[] = [];
  let feasibleSomewhere = inc !== null;
  while (queue.length > 0) {
    // Most promising interval first.
    queue.sort((x, y) => (mode === "best" ? y.bound - x.bound : x.bound - y.bound));
    const node = queue.pop()!;
    const current = inc as { count: number } | null;
    if (current && !better(node.bound, current.count)) continue;
    if (now() > deadline) {
      open.push(node.bound, ...queue.map((q) => q.bound));
      break;
    }
    const r = solveInterval(parts, box, rg, p, mode, node.v1, node.v2, false, deadline - now());
    if (r === "timedout") {
      open.push(node.bound, ...queue.map((q) => q.bound));
      break;
    }
    if (!r) continue;
    feasibleSomewhere = true;
    consider(r.s);
    if (mode === "best" && (inc as { count: number } | null)?.count !== r.bound) {
      const tied = settle(parts, box, p, mode, r.s, TOWARD_TIE);
      if (tied) consider(tied);
    }
    // The relaxation's optimum often sits on a tie that the direct count reads the other way: the restricted MILP
    // finds shares that reach the same count with a margin, if there are any in this interval.
    const got = inc as { count: number } | null;
    if (!got || better(r.bound, got.count)) {
      const strict = solveInterval(parts, box, rg, p, mode, node.v1, node.v2, true, deadline - now());
      if (strict && strict !== "timedout") consider(strict.s);
    }
    const after = inc as { count: number } | null;
    if (after && !better(r.bound, after.count)) continue;
    if (node.v2 - node.v1 <= MIN_WIDTH * (1 + Math.abs(node.v1))) {
      open.push(r.bound);
      continue;
    }
    const mid = (node.v1 + node.v2) / 2;
    queue.push({ v1: node.v1, v2: mid, bound: r.bound }, { v1: mid, v2: node.v2, bound: r.bound });
  }
  const found = inc as { count: number; s: Float64Array } | null;
  if (!found) return feasibleSomewhere ? null : null;
  let limit = found.count;
  for (const b of open) limit = mode === "best" ? Math.min(limit, b) : Math.max(limit, b);
  // Never claim more places above p than can be ranked at all.
  let rankable = 0;
  for (let q = 0; q < parts.places.length; q++)
    if (q !== p && rg.covMax[q]! >= parts.minCoverage && rg.keyMax[q] === rg.keyMax[q]) rankable++;
  limit = Math.min(limit, rankable);
  // Shares with a margin, checked again by direct evaluation; else the extreme needs a tie.
  const settled = settle(parts, box, p, mode, found.s);
  const ok =
    settled !== null &&
    rankAt(parts, p, settled) === found.count + 1 &&
    rankAt(parts, p, settled, 0) === found.count + 1;
  return { count: found.count, s: ok ? settled : found.s, limit, tie: !ok };
}

/** The better of two searches of one extreme: the better achieved rank, the tighter proven limit. */
function merge(mode: Mode, x: Search | null, y: Search | null): Search | null {
  if (!x || !y) return x ?? y;
  const better = mode === "best" ? y.count < x.count : y.count > x.count;
  const won = better ? y : x;
  const limit = mode === "best" ? Math.max(x.limit, y.limit) : Math.min(x.limit, y.limit);
  return { ...won, limit };
}

/**
 * Best and worst achievable ranks of every place (or `opts.only`) for shares within the box. Time is spent in two
 * passes: half of the budget evenly over every place and extreme (most close in a few milliseconds), then what is left
 * on the searches that did not close, evenly, each starting again from the shares the first pass found. A budget
 * split evenly once left a hard place a few milliseconds while easy ones returned theirs unused.
 */
export function extremeRanks(parts: CompositeParts, box: ShareBox, opts: ExtremesOptions = {}): ExtremesResult {
  const problem = boxProblem(box);
  if (problem) throw new Error(problem);
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const budget = opts.budgetMs ?? 2000;
  const rg = ranges(parts, box);
  const K = box.k;
  const user = Float64Array.from(parts.children, (c) => c.share);
  const userInBox = inBox(box, user, 1e-9);
  const equal = new Float64Array(K).fill(1 / K);
  const list = opts.only ?? parts.places.map((_, i) => i);
  const exactly = parts.places.length <= (opts.exactLimit ?? 50);
  const startsOf = list.map((p) => {
    const ap = row(parts.a, p, K);
    const bp = row(parts.b, p, K);
    const starts: Float64Array[] = [equal];
    if (userInBox) starts.unshift(user);
    for (const sense of ["max", "min"] as const) {
      const e = ratioExtreme(box, ap, bp, sense);
      if (e) starts.push(e.s);
    }
    return starts;
  });
  const modes = ["best", "worst"] as const;
  const found: Record<Mode, (Search | null)[]> = { best: [], worst: [] };
  const open = (x: Search | null) => x !== null && x.limit !== x.count;
  // Pass 1: half the budget, evenly, with what earlier searches left unused.
  const half = budget / (exactly ? 2 : 1);
  list.forEach((p, i) => {
    modes.forEach((mode, m) => {
      const left = half - (now() - start);
      const share = left / (2 * (list.length - i) - m);
      found[mode][i] = exactly
        ? searchPlace(parts, box, rg, p, mode, startsOf[i]!, now() + share, now)
        : pairwise(parts, rg, p, mode, startsOf[i]!);
    });
    opts.onProgress?.(((i + 1) / list.length) * (exactly ? 0.5 : 1));
  });
  // Pass 2: the rest of the budget on the searches still open.
  if (exactly) {
    const pending = list.flatMap((_, i) => modes.filter((mode) => open(found[mode][i]!)).map((mode) => ({ i, mode })));
    pending.forEach(({ i, mode }, j) => {
      const share = (budget - (now() - start)) / (pending.length - j);
      if (share <= 0) return;
      const prev = found[mode][i]!;
      const again = searchPlace(parts, box, rg, list[i]!, mode, [prev.s, ...startsOf[i]!], now() + share, now);
      found[mode][i] = merge(mode, prev, again);
      opts.onProgress?.(0.5 + (0.5 * (j + 1)) / pending.length);
    });
  }
  const asExtreme = (x: Search | null): Extreme | null =>
    x && {
      rank: x.count + 1,
      limit: x.limit + 1,
      exact: x.limit === x.count,
      shares: Array.from(x.s),
      tie: x.tie,
    };
  let exact = true;
  const places = list.map((p, i): PlaceExtremes => {
    const pe: PlaceExtremes = {
      id: parts.places[p]!.id,
      current: parts.rank[p]! > 0 ? parts.rank[p]! : null,
      best: asExtreme(found.best[i]!),
      worst: asExtreme(found.worst[i]!),
      sometimesExcluded: rg.covMin[p]! < parts.minCoverage,
    };
    if ((pe.best && !pe.best.exact) || (pe.worst && !pe.worst.exact)) exact = false;
    return pe;
  });
  opts.onProgress?.(1);
  return { box, places, userInBox, exact };
}
