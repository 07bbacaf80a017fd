import { describe, expect, it } from "vitest";
import { flat, tiny } from "@/lib/scoring/test-fixture";
import { flipShares, partsFor } from "@/lib/robustness";

describe("flip shares", () => {
  it("works a 2-place, 2-indicator case out by hand", () => {
    // Min-max: x → A 100, B 0; y → A 0, B 100. Weights 3 : 1, so x holds 75 %. A = 100·s_x, B = 100·(1 − s_x):
    // they swap at s_x = 50 %, and so at s_y = 50 %.
    const parts = partsFor(
      flat(
        [
          [10, 2],
          [4, 6],
        ],
        [3, 1],
      ),
      {},
    );
    expect(flipShares(parts, 0, 1)).toEqual([
      { node: "i0", current: 0.75, flip: 0.5, other: null },
      { node: "i1", current: 0.25, flip: 0.5, other: null },
    ]);
  });
  it("finds the swap against a third place's fixed score", () => {
    // A = 100·s_x, C = 40 (40 on both): swap at s_x = 40 %.
    const parts = partsFor(
      flat([
        [100, 0],
        [0, 100],
        [40, 40],
      ]),
      {},
    );
    const f = flipShares(parts, 0, 2);
    expect(f[0]!.flip).toBeCloseTo(0.4, 12);
    expect(f[1]!.flip).toBeCloseTo(0.6, 12);
  });
  it("says 'does not flip' when no share strictly between 0 and 100 % swaps them", () => {
    // A leads on both indicators: no share of either changes the order.
    const parts = partsFor(
      flat([
        [10, 10],
        [5, 5],
        [0, 0],
      ]),
      {},
    );
    expect(flipShares(parts, 0, 1).map((f) => f.flip)).toEqual([null, null]);
  });
  it("keeps the other pillars' proportions, and solves the quadratic of re-distributed weight", () => {
    // tiny(): root → A (1) → a1 (1), a2 (3); B (3) → b1. X lacks b1, so X's composite is its A score at any share
    // of B below 1. Min-max: a1 → X 100, Y 0, Z 50; a2 → X 0, Y 100, Z 100; b1 → Y 100, Z 0.
    // A scores: X = 25, Y = 75, Z = 87.5. Composite of Y at share b of B: 75(1 − b) + 100b = 75 + 25b;
    // of Z: 87.5(1 − b). Y vs Z: 75 + 25b = 87.5 − 87.5b ⇒ b = 12.5/112.5 = 1/9.
    const input = tiny({ a1: [10, 0, 5], a2: [1, 3, 3], b1: [null, 8, 2] });
    const parts = partsFor(input, {});
    const f = flipShares(parts, 1, 2);
    expect(f.find((x) => x.node === "B")!.flip).toBeCloseTo(1 / 9, 12);
    // X (constant 25) vs Z = 87.5(1 − b): equal at b = 1 − 25/87.5 = 5/7.
    expect(flipShares(parts, 0, 2).find((x) => x.node === "B")!.flip).toBeCloseTo(5 / 7, 12);
  });
});
