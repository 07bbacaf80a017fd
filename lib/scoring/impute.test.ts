import { describe, expect, it } from "vitest";
import { EngineError } from "./errors";
import { score } from "./score";
import { oneIndicator } from "./test-fixture";
import type { CellBound, EngineInput } from "./types";
import type { MissingPolicy, Normalization } from "./vocabulary";

const beyond = (lo: number, hi: number): CellBound => ({ kind: "beyond_list", lo, hi });

/** One indicator, with bounds for some cells; the normalized cell of every place. */
function cells(
  input: EngineInput,
  missing: MissingPolicy,
  normalization: Normalization = "minmax",
): ReturnType<typeof score> & { byId: Map<string, { value: number | null; imputed: boolean; reason: string | null }> } {
  const r = score(input, { missing, normalization });
  return { ...r, byId: new Map(r.places.map((p) => [p.id, p.norm["x"]!])) };
}

describe("imputation within what is known", () => {
  // A complete top-10 list of ranks (1 = best), and three places absent from it: each is known to rank 11th–13th.
  const ranks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, null, null];
  const topTen = (withBounds: boolean) => {
    const input = oneIndicator(ranks, { direction: -1 });
    if (withBounds) input.bounds = { x: ranks.map((r) => (r === null ? beyond(11, 13) : null)) };
    return input;
  };

  it("without bounds, the median of the listed places credits an unlisted place with rank 5.5 (today's absurd order)", () => {
    // Min-max, lower is better: rank r scores 100·(10 − r)/9; the median of 100, 88.9, …, 0 is (55.6 + 44.4)/2 = 50.
    expect(cells(topTen(false), "median").byId.get("p10")!.value).toBeCloseTo(50, 10);
  });

  it("a place beyond a top-10 list is never imputed above the list's 10th", () => {
    // Rank 11 would score 100·(10 − 11)/9 = −11.1, rank 13 −33.3: both below 0, so the known interval is [0, 0] and the
    // median 50 is clamped to 0, the 10th's score. Same for mean (50) and under rank normalization.
    for (const missing of ["median", "mean"] as const)
      for (const normalization of ["minmax", "rank", "percentile"] as const) {
        const r = cells(topTen(true), missing, normalization);
        const tenth = r.byId.get("p9")!.value!;
        for (const id of ["p10", "p11", "p12"]) {
          const c = r.byId.get(id)!;
          expect(c.imputed).toBe(true);
          expect(c.value, `${id} ${missing} ${normalization}`).toBeLessThanOrEqual(tenth);
          expect(c.reason).toMatch(/kept within the known bound$/);
        }
        expect(r.warnings).toContainEqual(
          expect.objectContaining({ node: "x", code: "imputed_within_bounds", args: { count: 3 } }),
        );
      }
  });

  it("a value list: a share below the 5th listed is clamped to the 5th's score, a bound that does not bind is kept", () => {
    // Shares 21, 20, 16, 8, 5 → min-max (x − 5)/16: 100, 93.75, 68.75, 18.75, 0; mean 56.25.
    const input = oneIndicator([21, 20, 16, 8, 5, null, null, null]);
    input.bounds = {
      x: [
        null,
        null,
        null,
        null,
        null,
        { kind: "range", lo: 0, hi: 5 },
        { kind: "lower_bound", lo: 10, hi: Infinity },
        { kind: "lower_bound", lo: 20, hi: Infinity },
      ],
    };
    const r = cells(input, "mean");
    expect(r.byId.get("p5")!.value).toBe(0); // [0, 5] → scores [−31.25, 0] → [0, 0]
    expect(r.byId.get("p6")).toMatchObject({
      imputed: true,
      reason: "not reported; imputed: mean of 5 observed places",
    });
    expect(r.byId.get("p6")!.value).toBeCloseTo(56.25, 10); // [10, ∞) → [31.25, 100]: 56.25 is inside
    expect(r.byId.get("p7")!.value).toBeCloseTo(93.75, 10); // [20, ∞) → [93.75, 100]: raised to 93.75
  });

  it("under re-distribution a bounded cell stays missing, and bounds of observed cells change nothing", () => {
    const input = topTen(true);
    (input.bounds!["x"] as (CellBound | null)[])[0] = { kind: "approximate", lo: 1, hi: 1 };
    const r = cells(input, "redistribute");
    expect(r.byId.get("p10")).toEqual({ value: null, imputed: false, reason: "not reported" });
    expect(r.byId.get("p0")!.value).toBe(100);
    expect(r.warnings).toEqual([]);
  });

  it("a bound that is not an interval is an error naming the indicator and the place", () => {
    const input = topTen(true);
    (input.bounds!["x"] as (CellBound | null)[])[11] = beyond(13, 11);
    expect(() => score(input, { missing: "median" })).toThrow(EngineError);
    expect(() => score(input, { missing: "median" })).toThrow(/x: bound for place "p11" is not an interval/);
  });
});
