import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flat } from "@/lib/scoring/test-fixture";
import { extremeRanks, partsFor } from "@/lib/robustness";
import { keyAt, rankAt } from "@/lib/robustness/parts";

/**
 * An exact oracle for two children: with shares (x, 1 − x) and every place having both figures, each key is linear
 * in x, so every rank the box allows occurs at an end, at a point where two keys cross, or between two such points.
 * Evaluating ranks at all of them gives the true best and worst (ties included: competition ranks).
 */
function oracle(parts: ReturnType<typeof partsFor>, LO: number, HI: number) {
  // Both shares within LO..HI: x from max(LO, 1 − HI) to min(HI, 1 − LO).
  const lo = Math.max(LO, 1 - HI);
  const hi = Math.min(HI, 1 - LO);
  const P = parts.places.length;
  const key = (p: number, x: number) => keyAt(parts, p, [x, 1 - x]);
  const xs = [lo, hi];
  for (let p = 0; p < P; p++)
    for (let q = p + 1; q < P; q++) {
      // key_p(x) − key_q(x) = d0 + (d1 − d0)·x, zero at x = d0 / (d0 − d1)
      const d0 = key(p, 0) - key(q, 0);
      const d1 = key(p, 1) - key(q, 1);
      if (d0 !== d1) {
        const x = d0 / (d0 - d1);
        if (x > lo && x < hi) xs.push(x);
      }
    }
  xs.sort((a, b) => a - b);
  const points = [...xs];
  for (let i = 1; i < xs.length; i++) points.push((xs[i - 1]! + xs[i]!) / 2);
  return Array.from({ length: P }, (_, p) => {
    const ranks = points.map((x) => rankAt(parts, p, [x, 1 - x])!);
    return [Math.min(...ranks), Math.max(...ranks)];
  });
}

describe("best and worst achievable rank against an exact oracle (two children, ties on purpose)", () => {
  it("matches the oracle on small integer scores, where composites often tie at a vertex", () => {
    const place = fc.array(fc.integer({ min: 0, max: 4 }), {
      minLength: 2,
      maxLength: 2,
    });
    const aggregation = fc.constantFrom("arithmetic", "geometric", "harmonic" as const);
    const bound = fc.constantFrom([0, 1], [0.2, 0.8], [0.1, 0.5], [0.5, 0.9], [0.25, 0.75], [0.4, 0.6]);
    fc.assert(
      fc.property(fc.array(place, { minLength: 3, maxLength: 10 }), bound, aggregation, (rows, [lo, hi], agg) => {
        // Under a geometric (harmonic) mean the keys are ln-scores (−1/scores): still linear in x.
        const parts = partsFor(flat(rows), { aggregation: agg });
        const r = extremeRanks(parts, { k: 2, lo: lo!, hi: hi! }, { budgetMs: 20_000 });
        const want = oracle(parts, lo!, hi!);
        const got = r.places.map((p) => [p.best!.rank, p.worst!.rank]);
        expect(got).toEqual(want);
        expect(r.exact).toBe(true);
      }),
      { numRuns: 300, seed: 8 },
    );
  }, 60_000);
  it("gives the middle place of a hand-worked three-way tie worst rank 2, exactly", () => {
    // Min-max: A (100, 0), B (0, 100), C (50, 50). At x the keys are 100x, 100 − 100x and 50: C is never below
    // both, one of A and B is above it unless x = ½, where all three tie (rank 1 each). So C: best 1, worst 2.
    const parts = partsFor(
      flat([
        [10, 0],
        [0, 10],
        [5, 5],
      ]),
      {},
    );
    const r = extremeRanks(parts, { k: 2, lo: 0.2, hi: 0.8 }, { budgetMs: 20_000 });
    expect(r.places.map((p) => [p.best!.rank, p.worst!.rank, p.best!.exact && p.worst!.exact])).toEqual([
      [1, 3, true],
      [1, 3, true],
      [1, 2, true],
    ]);
  });
});
