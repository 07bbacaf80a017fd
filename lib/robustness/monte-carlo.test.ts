import { describe, expect, it } from "vitest";
import { score } from "@/lib/scoring/score";
import { syntheticInput } from "@/lib/scoring/synthetic";
import { flat, tiny } from "@/lib/scoring/test-fixture";
import type { CellBound, EngineInput } from "@/lib/scoring/types";
import { monteCarlo, percentileRank } from "@/lib/robustness";
import { drawFigure, drawInterval } from "./figures";

const input = syntheticInput({ places: 40, indicators: 8, pillars: 3, seed: 5, missingShare: 0.1 });
const spec = { draws: 300, seed: 7, spread: 0.3, perturb: ["weights", "data", "methods"] as const };

describe("Monte Carlo rank intervals", () => {
  it("gives the same intervals for the same seed, and others for another seed", () => {
    const a = monteCarlo(input, {}, { ...spec, perturb: [...spec.perturb] });
    const b = monteCarlo(input, {}, { ...spec, perturb: [...spec.perturb] });
    const c = monteCarlo(input, {}, { ...spec, seed: 8, perturb: [...spec.perturb] });
    expect(b).toEqual(a);
    expect(c.places).not.toEqual(a.places);
  });
  it("collapses every interval to the rank at the user's weights with zero spread and exact figures", () => {
    for (const options of [
      {},
      { aggregation: "geometric" as const },
      { coverageThreshold: 0.8, missing: "mean" as const },
      { coverageThreshold: 0.6 }, // the link format's default minimum coverage (v2)
      { coverageThreshold: 0.6, aggregation: "harmonic" as const },
    ]) {
      const ranks = new Map(score(input, options).places.map((p) => [p.id, p.rank]));
      const r = monteCarlo(input, options, { draws: 20, seed: 1, spread: 0, perturb: ["weights", "data"] });
      for (const p of r.places) {
        const rank = ranks.get(p.id)!;
        expect([p.p05, p.median, p.p95]).toEqual(rank === null ? [null, null, null] : [rank, rank, rank]);
        expect(p.pFirst).toBe(rank === 1 ? 1 : 0);
        expect(p.pTop3).toBe(rank !== null && rank <= 3 ? 1 : 0);
      }
    }
  });
  it("reads percentiles by the nearest-rank rule", () => {
    // Ranks 1 ×3, 2 ×5, 5 ×2 (n = 10): 5th percentile = ⌈0.5⌉ = 1st smallest = 1; median = ⌈5⌉ = 5th = 2;
    // 95th = ⌈9.5⌉ = 10th = 5.
    const hist = [3, 5, 0, 0, 2];
    expect([0.05, 0.5, 0.95].map((q) => percentileRank(hist, 10, q))).toEqual([1, 2, 5]);
    expect(percentileRank([0, 0], 0, 0.5)).toBeNull();
  });
  it("moves ranks only through the weights it perturbs: a dominant place stays first", () => {
    const dom = flat([
      [9, 9, 9],
      [1, 8, 2],
      [5, 1, 7],
    ]);
    const r = monteCarlo(dom, {}, { draws: 500, seed: 3, spread: 0.9, perturb: ["weights", "methods"] });
    expect(r.places[0]).toMatchObject({ p05: 1, p95: 1, pFirst: 1, pTop3: 1, ranked: 500 });
    // p1 and p2 trade places: 8 + 2 + 1 against 1 + 7 + 5 (min-max 0/100 on each), so both intervals are 2–3.
    expect([r.places[1]!.p05, r.places[1]!.p95, r.places[2]!.p05, r.places[2]!.p95]).toEqual([2, 3, 2, 3]);
  });
  it("draws figures within what is known: a place ahead only by a lower bound can fall behind", () => {
    // X 100 (≥ 100), Y 110 exact, Z 0: X is behind Y at its point value; drawn up to 125 it is ahead 2/3 of the time
    // ((125 − 110) / 25 = 0.6 of the lower bound's interval).
    const b: EngineInput = {
      ...tiny({ a1: [100, 110, 0], a2: [1, 1, 1], b1: [1, 1, 1] }),
      bounds: { a1: [{ kind: "lower_bound", lo: 100, hi: Infinity }, null, null] },
    };
    const r = monteCarlo(b, {}, { draws: 2000, seed: 9, spread: 0, perturb: ["data"] });
    expect(r.drawnCells).toBe(1);
    expect(r.places[0]!.pFirst).toBeGreaterThan(0.55);
    expect(r.places[0]!.pFirst).toBeLessThan(0.65);
    const exact = monteCarlo(b, {}, { draws: 50, seed: 9, spread: 0, perturb: ["weights"] });
    expect(exact.places[0]!.pFirst).toBe(0);
  });
});

describe("drawing a figure within its bound", () => {
  const at = (b: CellBound, v: number) => [0, 0.5, 0.999999].map((u) => drawFigure(b, v, u));
  it("draws a lower bound above its value, an approximate figure around it, a range within it", () => {
    expect(at({ kind: "lower_bound", lo: 500, hi: Infinity }, 500)).toEqual([500, 562.5, expect.closeTo(625, 3)]);
    expect(at({ kind: "approximate", lo: 120, hi: 120 }, 120)).toEqual([114, 120, expect.closeTo(126, 3)]);
    expect(at({ kind: "range", lo: 6, hi: 10 }, 8)).toEqual([6, 8, expect.closeTo(10, 3)]);
  });
  it("draws a place beyond a top-10 list as a whole rank from 11 to the number of places", () => {
    const b: CellBound = { kind: "beyond_list", lo: 11, hi: 14 };
    expect(at(b, 11)).toEqual([11, 13, 14]);
    expect(drawInterval({ kind: "exact", lo: 1, hi: 1 })).toBeNull();
  });
  it("scales a draw like the value it stands for (per capita)", () => {
    // Raw ≥ 500, scaled value 50 (÷ 10): the draw from 500–625 becomes 50–62.5.
    expect(drawFigure({ kind: "lower_bound", lo: 500, hi: Infinity }, 50, 0.5)).toBe(56.25);
  });
});
