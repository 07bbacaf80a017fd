import { describe, expect, it } from "vitest";
import { tiny } from "@/lib/scoring/test-fixture";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { aggregationRefusals, normalizationRefusals, withoutRefused } from "./method-support";

describe(normalizationRefusals, () => {
  it("refuses goalposts, targets and 'none' on data without goalposts, targets or a common unit", () => {
    const input = tiny({ a1: [1, 2, 3], a2: [4, 5, 6], b1: [7, 8, 9] }, { a1: { unit: "%" }, a2: { unit: "rank" } });
    expect(normalizationRefusals(input)).toEqual({
      goalposts: { code: "no_goalposts" },
      target: { code: "no_targets" },
      none: { code: "mixed_units", indicators: ["a1", "a2", "b1"] },
    });
  });
  it("allows them when one indicator has goalposts (the others are named in the engine's warnings) and units agree", () => {
    const unit = { unit: "index" };
    const input = tiny(
      { a1: [1, 2, 3], a2: [4, 5, 6], b1: [7, 8, 9] },
      { a1: { ...unit, goalposts: { min: 0, max: 10 } }, a2: unit, b1: unit },
    );
    expect(normalizationRefusals(input)).toEqual({});
  });
  it("refuses ratio to the leader on a negative figure, or a zero in a lower-is-better one", () => {
    const unit = { unit: "u" };
    const neg = tiny({ a1: [1, -2, 3], a2: [4, 5, 6], b1: [7, 8, 9] }, { a1: unit, a2: unit, b1: unit });
    expect(normalizationRefusals(neg).ratio).toEqual({ code: "ratio_domain", indicator: "a1" });
    const zeroRank = tiny({ a1: [1, 2, 3], a2: [4, 0, 6], b1: [7, 8, 9] }, { a2: { direction: -1 } });
    expect(normalizationRefusals(zeroRank).ratio).toEqual({ code: "ratio_domain", indicator: "a2" });
    const allZero = tiny({ a1: [0, 0, null], a2: [4, 5, 6], b1: [7, 8, 9] });
    expect(normalizationRefusals(allZero).ratio).toEqual({ code: "ratio_domain", indicator: "a1" });
  });
});

describe(aggregationRefusals, () => {
  it("refuses geometric and harmonic means only where scores can be negative", () => {
    expect(aggregationRefusals("minmax")).toEqual({});
    expect(aggregationRefusals("goalposts")).toEqual({});
    expect(Object.keys(aggregationRefusals("zscore"))).toEqual(["geometric", "harmonic"]);
    expect(aggregationRefusals("none").geometric).toEqual({ code: "negative_scores" });
  });
});

describe(withoutRefused, () => {
  const base = { ...DEFAULT_SCORING_OPTIONS, normalization: "goalposts" as const, aggregation: "geometric" as const };
  it("replaces a refused method by the default and says which, and why", () => {
    const { options, refused } = withoutRefused(base, { goalposts: { code: "no_goalposts" } });
    expect(options.normalization).toBe("minmax");
    expect(options.aggregation).toBe("geometric"); // safe under min-max (floored)
    expect(refused).toEqual([
      { kind: "normalization", method: "goalposts", refusal: { code: "no_goalposts" }, fallback: "minmax" },
    ]);
  });
  it("refuses geometric means, global or per node, under z-scores", () => {
    const { options, refused } = withoutRefused(
      { ...base, normalization: "zscore", aggregationOverrides: { A: "harmonic", B: "arithmetic" } },
      {},
    );
    expect(options).toMatchObject({ aggregation: null, aggregationOverrides: { B: "arithmetic" } });
    expect(refused.map((r) => r.method)).toEqual(["geometric", "harmonic"]);
  });
  it("leaves supported options untouched (the same object)", () => {
    const o = { ...DEFAULT_SCORING_OPTIONS };
    expect(withoutRefused(o, { goalposts: { code: "no_goalposts" } }).options).toBe(o);
  });
});
