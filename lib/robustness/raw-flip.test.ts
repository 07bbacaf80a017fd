import { describe, expect, it } from "vitest";
import { flat } from "@/lib/scoring/test-fixture";
import { leaveOneOut, rawFlips } from "@/lib/robustness";

// Min-max, equal weights. x: A 10, B 8, C 0 → 100, 80, 0. y: A 5, B 5, C 0 → 100, 100, 0. A = 100, B = 90.
const input = flat([
  [10, 5],
  [8, 5],
  [0, 0],
]);

describe("smallest change in one figure that flips two places", () => {
  it("works a case out by hand", () => {
    // x: lowering A to t < 8 makes B the maximum: A = (12.5t + 100)/2 < 90 iff t < 8 (−20 %); raising B above 10
    // needs t > 10 (+25 %). y: lowering A to t < 5: A = (100 + 20t)/2 < 90 iff t < 4 (−20 %); raising B to t > 5:
    // A = (100 + 500/t)/2 < 90 iff t > 6.25 (+25 %). The smaller relative change wins, and it is A's each time.
    const r = rawFlips(input, {}, "p0", "p1");
    expect(r).toMatchObject({ leader: "p0", trailer: "p1" });
    const [x, y] = r.rows;
    expect(x).toMatchObject({ indicator: "i0", reason: "flips", change: { place: "p0", from: 10 } });
    expect(x!.change!.to).toBeCloseTo(8, 4);
    expect(x!.change!.to).toBeLessThan(8);
    expect(y!.change!.to).toBeCloseTo(4, 4);
    expect(y!.change!.to).toBeLessThan(4);
  });
  it("reads the pair in either order, and says when a figure is missing or nothing flips", () => {
    expect(rawFlips(input, {}, "p1", "p0")).toMatchObject({ leader: "p0", trailer: "p1" });
    const gap = flat([
      [10, NaN],
      [0, NaN],
      [5, 1],
    ]);
    // y: neither A nor B has a figure. x: B would need more than A's 10, found within the search range.
    const r = rawFlips(gap, {}, "p0", "p1");
    expect(r.rows.map((x) => x.reason)).toEqual(["flips", "no_figure"]);
  });
});

describe("leave one indicator out", () => {
  it("re-ranks without each weighted indicator", () => {
    // Without x: A = B = 100 (tie, both 1st), C 3rd. Without y: A 100, B 80, C 0.
    const r = leaveOneOut(input, {});
    expect(r.indicators).toEqual(["i0", "i1"]);
    expect(r.current).toEqual({ p0: 1, p1: 2, p2: 3 });
    expect(r.without).toEqual({ p0: [1, 1], p1: [1, 2], p2: [3, 3] });
  });
});
