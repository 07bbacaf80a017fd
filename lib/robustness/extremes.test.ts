import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { score } from "@/lib/scoring/score";
import { flat } from "@/lib/scoring/test-fixture";
import type { EngineInput } from "@/lib/scoring/types";
import { extremeRanks, partsFor } from "@/lib/robustness";

/** Ranks of the engine itself with the composite's children weighted by `shares`. */
function engineRanks(input: EngineInput, shares: number[]): Record<string, number | null> {
  const ids = input.nodes.filter((n) => n.parent === "root").map((n) => n.id);
  const w = Object.fromEntries(ids.map((id, k) => [id, shares[k]!]));
  return Object.fromEntries(score(input, { weightOverrides: w }).places.map((p) => [p.id, p.rank]));
}

const run = (input: EngineInput, lo: number, hi: number) => {
  const parts = partsFor(input, {});
  return extremeRanks(parts, { k: parts.children.length, lo, hi }, { budgetMs: 20_000 });
};
const byId = (r: ReturnType<typeof run>) => Object.fromEntries(r.places.map((p) => [p.id, p]));

describe("best and worst achievable rank", () => {
  // Min-max over three places: x → A 100, B 0, C 50 (C's 5 is halfway); y → B 100, C 0; A has no y.
  // Keys with shares (s_x, s_y): A = 100 (redistribution: its only child), B = 100·s_y, C = 50·s_x = 50 − 50·s_y.
  // C is above B iff 50 − 50·s_y > 100·s_y iff s_y < 1/3. Within 10–90 % that happens (s_y = 0.1) and fails (0.9).
  const input = flat([
    [10, NaN],
    [0, 10],
    [5, 0],
  ]);
  it("works a case with re-distributed weight out by hand", () => {
    const r = byId(run(input, 0.1, 0.9));
    expect([r["p0"]!.best!.rank, r["p0"]!.worst!.rank]).toEqual([1, 1]); // A: 100 beats B ≤ 90 and C ≤ 45
    expect([r["p1"]!.best!.rank, r["p1"]!.worst!.rank]).toEqual([2, 3]);
    expect([r["p2"]!.best!.rank, r["p2"]!.worst!.rank]).toEqual([2, 3]);
    expect(r["p2"]!.best!.shares[1]).toBeLessThan(1 / 3); // the weights that achieve C's best put < 1/3 on y
    expect(r["p1"]!.best!.shares[1]).toBeGreaterThan(1 / 3);
    for (const p of Object.values(r)) expect(p.best!.exact && p.worst!.exact).toBe(true);
  });
  it("lets B rank first only where x is switched off (0–100 %), which leaves A unranked", () => {
    const r = byId(run(input, 0, 1));
    // At s_y = 1, A's only figure weighs 0: A has no score and B = 100 leads. Anywhere else A = 100 > B.
    expect(r["p1"]!.best).toMatchObject({ rank: 1, exact: true, shares: [0, 1] });
    expect(engineRanks(input, [0, 1])).toEqual({ p0: null, p1: 1, p2: 2 });
    expect(r["p0"]!).toMatchObject({ sometimesExcluded: true, worst: { rank: 1 } });
  });
  it("gives a place that dominates all others rank 1 under every bound; a dominated place is never first", () => {
    const dom = flat([
      [9, 9, 9],
      [1, 8, 2],
      [5, 1, 7],
      [0.5, 0.5, 1],
    ]);
    for (const [lo, hi] of [
      [0, 1],
      [0.1, 0.5],
      [0.3, 0.4],
      [1 / 3, 1 / 3],
    ] as const) {
      const r = byId(run(dom, lo, hi));
      expect([r["p0"]!.best!.rank, r["p0"]!.worst!.rank]).toEqual([1, 1]);
      for (const id of ["p1", "p2", "p3"]) expect(r[id]!.best!.rank).toBeGreaterThan(1);
      expect(r["p3"]!.best!.rank).toBe(4); // dominated by everyone
    }
  });
  // 40 seeded runs of branch and bound: a second or two idle, but the shared 2-core box under load is ten times slower.
  it(
    "has best ≤ the rank at the user's weights ≤ worst, and the engine confirms every extreme at its weights",
    {
      timeout: 30_000,
    },
    () => {
      const place = fc.array(fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 5 }), {
        minLength: 4,
        maxLength: 4,
      });
      fc.assert(
        fc.property(
          fc.array(place, { minLength: 3, maxLength: 7 }),
          fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 4, maxLength: 4 }),
          (rows, weights) => {
            const input = flat(
              rows.map((r) => r.map((x) => x ?? NaN)),
              weights,
            );
            const parts = partsFor(input, {});
            const shares = parts.children.map((c) => c.share);
            const box = { k: 4, lo: Math.min(...shares) / 2, hi: Math.min(1, Math.max(...shares) * 1.5) };
            const r = extremeRanks(parts, box, { budgetMs: 20_000 });
            expect(r.userInBox).toBe(true);
            for (const p of r.places) {
              if (p.current === null) continue;
              expect(p.best!.exact && p.worst!.exact).toBe(true);
              expect(p.best!.rank).toBeLessThanOrEqual(p.current);
              expect(p.current).toBeLessThanOrEqual(p.worst!.rank);
              for (const e of [p.best!, p.worst!]) {
                expect(e.shares.every((s) => s >= box.lo - 1e-9 && s <= box.hi + 1e-9)).toBe(true);
                expect(Math.abs(e.shares.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
                if (!e.tie) expect(engineRanks(input, e.shares)[p.id]).toBe(e.rank);
              }
            }
          },
        ),
        { numRuns: 40, seed: 12 },
      );
    },
  );
  it("brackets the exact extremes with labelled bounds when the exact search is not run (large sets)", () => {
    const big = flat(
      Array.from({ length: 12 }, (_, i) => [(i * 7) % 11, (i * 5) % 13, i % 4 === 0 ? NaN : (i * 3) % 7]),
    );
    const parts = partsFor(big, {});
    const box = { k: 3, lo: 0.1, hi: 0.6 };
    const exact = extremeRanks(parts, box, { budgetMs: 20_000 });
    const bounds = extremeRanks(parts, box, { exactLimit: 0 });
    expect(exact.exact).toBe(true);
    exact.places.forEach((e, i) => {
      const b = bounds.places[i]!;
      if (!e.best) return expect(b.best).toBeNull();
      // The true best lies in [limit, achieved]; the true worst in [achieved, limit].
      expect(b.best!.limit).toBeLessThanOrEqual(e.best.rank);
      expect(e.best.rank).toBeLessThanOrEqual(b.best!.rank);
      expect(b.worst!.rank).toBeLessThanOrEqual(e.worst!.rank);
      expect(e.worst!.rank).toBeLessThanOrEqual(b.worst!.limit);
      if (!(b.best!.exact && b.worst!.exact)) expect(bounds.exact).toBe(false);
    });
  });
  it("refuses bounds that cannot hold the children", () => {
    expect(() => run(input, 0.6, 0.9)).toThrow(/exceed 100%/);
    expect(() => run(input, 0, 0.4)).toThrow(/fall short of 100%/);
  });
});
