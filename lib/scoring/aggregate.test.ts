import { describe, expect, it } from "vitest";
import { MEAN_FLOOR } from "./aggregate-node";
import { EngineError } from "./errors";
import { score } from "./score";
import { tiny } from "./test-fixture";
import type { ScoringOptions } from "./options";

// normalization "none" feeds the values straight through, so every expected number below is worked out by hand.
const NONE: Partial<ScoringOptions> = { normalization: "none" };
const byId = (r: ReturnType<typeof score>) => new Map(r.places.map((p) => [p.id, p]));

describe("weighted arithmetic mean (default)", () => {
  // X: a1 40, a2 80, b1 60.  A = (1·40 + 3·80)/4 = 70.  root = (1·70 + 3·60)/4 = 62.5.
  const r = score(tiny({ a1: [40, 20, 10], a2: [80, 50, 10], b1: [60, 30, 10] }), NONE);
  const x = byId(r).get("X")!;
  it("weights are relative among siblings at every level", () => {
    expect(x.nodes["A"]).toBe(70);
    expect(x.nodes["B"]).toBe(60);
    expect(x.score).toBe(62.5);
    expect(x.nodes["root"]).toBe(62.5);
    expect(x.coverage).toBe(1);
  });
  it("contributions are weight × score along the path and sum to the composite", () => {
    // A: ¼·70 = 17.5, B: ¾·60 = 45; a1: ¼·¼·40 = 2.5, a2: ¼·¾·80 = 15, b1: ¾·1·60 = 45.
    expect(x.contributions).toEqual({ A: 17.5, B: 45, a1: 2.5, a2: 15, b1: 45 });
  });
  it("multiplying every weight by a constant changes nothing", () => {
    const input = tiny({ a1: [40, 20, 10], a2: [80, 50, 10], b1: [60, 30, 10] });
    const r2 = score(input, { ...NONE, weightOverrides: { A: 7, B: 21, a1: 7, a2: 21, b1: 7 } });
    expect(byId(r2).get("X")!.score).toBeCloseTo(62.5, 12);
  });
  it("a weight override changes the mix", () => {
    const r2 = score(tiny({ a1: [40, 20, 10], a2: [80, 50, 10], b1: [60, 30, 10] }), {
      ...NONE,
      weightOverrides: { B: 1 },
    });
    expect(byId(r2).get("X")!.score).toBe(65); // (70 + 60)/2
  });
});

describe("weighted geometric and harmonic means", () => {
  const input = tiny({ a1: [40, 0, 10], a2: [80, 50, 10], b1: [60, 30, 10] });
  it("geometric: exp(Σ w·ln s / Σ w) = 70^¼ · 60^¾", () => {
    const x = byId(score(input, { ...NONE, aggregation: null, aggregationOverrides: { root: "geometric" } })).get("X")!;
    expect(x.score).toBeCloseTo(70 ** 0.25 * 60 ** 0.75, 10);
    expect(x.nodes["A"]).toBe(70); // A keeps its own (arithmetic)
  });
  it("harmonic: Σ w / Σ (w/s) = 4 / (1/70 + 3/60)", () => {
    const x = byId(score(input, { ...NONE, aggregationOverrides: { root: "harmonic" } })).get("X")!;
    expect(x.score).toBeCloseTo(4 / (1 / 70 + 3 / 60), 10);
  });
  it("a = geometric applies to every non-leaf node", () => {
    const x = byId(score(input, { ...NONE, aggregation: "geometric" })).get("X")!;
    const a = Math.exp((Math.log(40) + 3 * Math.log(80)) / 4);
    expect(x.nodes["A"]).toBeCloseTo(a, 10);
    expect(x.score).toBeCloseTo(a ** 0.25 * 60 ** 0.75, 10);
  });
  it("a component below 1 counts as 1 (the floor), so one last place does not zero the composite", () => {
    // Y: a1 0 → 1, a2 50, b1 30.  Geometric: A = exp((1·ln 1 + 3·ln 50)/4) = 50^¾ = 18.8030…; root = A^¼ · 30^¾.
    const geo = byId(score(input, { ...NONE, aggregation: "geometric" })).get("Y")!;
    expect(geo.nodes["A"]).toBeCloseTo(50 ** 0.75, 10);
    expect(geo.score).toBeCloseTo((50 ** 0.75) ** 0.25 * 30 ** 0.75, 10);
    // Harmonic: A = 4 / (1/1 + 3/50) = 4 / 1.06; root = 4 / (1/A + 3/30) = 4 / (0.265 + 0.1) = 10.9589…
    const har = byId(score(input, { ...NONE, aggregation: "harmonic" })).get("Y")!;
    expect(har.nodes["A"]).toBeCloseTo(4 / 1.06, 10);
    expect(har.score).toBeCloseTo(4 / 0.365, 10);
    // 0.5 is floored the same way as 0; the floor is MEAN_FLOOR points.
    const half = tiny({ a1: [40, 0.5, 10], a2: [80, 50, 10], b1: [60, 30, 10] });
    expect(byId(score(half, { ...NONE, aggregation: "geometric" })).get("Y")!.nodes["A"]).toBeCloseTo(50 ** 0.75, 10);
    expect(MEAN_FLOOR).toBe(1);
  });
  it("contributions on the floored scale still sum to the composite", () => {
    const y = byId(score(input, { ...NONE, aggregation: "geometric" })).get("Y")!;
    expect(y.contributions["a1"]! + y.contributions["a2"]! + y.contributions["b1"]!).toBeCloseTo(y.score!, 10);
    expect(y.contributions["a1"]).toBeGreaterThan(0);
  });
  it("a zero component with weight 0 is ignored", () => {
    const y = byId(score(input, { ...NONE, aggregation: "geometric", weightOverrides: { a1: 0 } })).get("Y")!;
    expect(y.nodes["A"]).toBeCloseTo(50, 10);
  });
  it("a negative component is an error naming the node", () => {
    const neg = tiny({ a1: [-5, 1, 1], a2: [1, 1, 1], b1: [1, 1, 1] });
    expect(() => score(neg, { ...NONE, aggregation: "geometric" })).toThrow(/^A: geometric mean needs scores ≥ 0/);
    expect(() => score(neg, { ...NONE, aggregation: "harmonic" })).toThrow(EngineError);
  });
  it("contributions are shares of Σ w·s and still sum to the composite", () => {
    const x = byId(score(input, { ...NONE, aggregation: "geometric" })).get("X")!;
    const pillars = x.contributions["A"]! + x.contributions["B"]!;
    const leaves = x.contributions["a1"]! + x.contributions["a2"]! + x.contributions["b1"]!;
    expect(pillars).toBeCloseTo(x.score!, 10);
    expect(leaves).toBeCloseTo(x.score!, 10);
  });
});

describe("missing data", () => {
  // Y has no a1. Observed: a1 X 40, Z 20 (and a third value for the median test below).
  const input = tiny({ a1: [40, null, 20], a2: [80, 80, 80], b1: [60, 60, 60] });

  it("redistribute (default): a1's weight goes to a2; coverage = share of weight observed", () => {
    const y = byId(score(input, NONE)).get("Y")!;
    expect(y.nodes["A"]).toBe(80);
    expect(y.score).toBe(65); // (80 + 3·60)/4
    expect(y.coverage).toBeCloseTo(1 - 0.25 * 0.25, 12); // a1 carries ¼ of A, A ¼ of the root
    expect(y.norm["a1"]).toEqual({ value: null, imputed: false, reason: "not reported" });
    expect(y.contributions["a1"]).toBe(0);
    expect(y.contributions["a2"]! + y.contributions["b1"]!).toBeCloseTo(65, 12);
  });
  it("mean: the indicator's mean across places, marked imputed; coverage still counts it missing", () => {
    const y = byId(score(input, { ...NONE, missing: "mean" })).get("Y")!;
    expect(y.norm["a1"]).toEqual({
      value: 30,
      imputed: true,
      reason: "not reported; imputed: mean of 2 observed places",
    });
    expect(y.nodes["A"]).toBe(67.5); // (30 + 240)/4
    expect(y.score).toBe(61.875); // (67.5 + 180)/4
    expect(y.coverage).toBeCloseTo(0.9375, 12);
  });
  it("median and min", () => {
    const three = tiny({ a1: [40, null, 20], a2: [80, 80, 80], b1: [60, 60, 60] });
    three.places.push({ id: "W", name: "Place W" });
    three.values = { a1: [40, null, 20, 90], a2: [80, 80, 80, 80], b1: [60, 60, 60, 60] };
    expect(byId(score(three, { ...NONE, missing: "median" })).get("Y")!.norm["a1"]!.value).toBe(40);
    expect(byId(score(three, { ...NONE, missing: "min" })).get("Y")!.norm["a1"]!.value).toBe(20);
  });
  it("min imputes the lowest normalized score, i.e. the worst raw value of a lower-is-better indicator", () => {
    const inv = tiny({ a1: [40, null, 20], a2: [80, 80, 80], b1: [60, 60, 60] }, { a1: { direction: -1 } });
    const y = byId(score(inv, { missing: "min" })).get("Y")!;
    expect(y.norm["a1"]!.value).toBe(0); // min-max with direction −1: 40 (the worst) scores 0
  });
  it("a coverage threshold excludes places below it, with the reason", () => {
    const r = byId(score(input, { ...NONE, coverageThreshold: 0.95 }));
    expect(r.get("Y")).toMatchObject({
      score: null,
      rank: null,
      status: "excluded",
      reason: "coverage 93.7% below threshold 95%",
      contributions: {},
    });
    expect(r.get("X")!.status).toBe("ranked");
  });
  it("threshold 100%: any missing component → no composite (as the HDI does); 93.75% passes 93.75%", () => {
    expect(byId(score(input, { ...NONE, coverageThreshold: 1 })).get("Y")!.status).toBe("excluded");
    expect(byId(score(input, { ...NONE, coverageThreshold: 0.9375 })).get("Y")!.status).toBe("ranked");
  });
  it("a place with no observed data is excluded even when imputation could score it", () => {
    const none = tiny({ a1: [40, null, 20], a2: [80, null, 80], b1: [60, null, 60] });
    const y = byId(score(none, { ...NONE, missing: "mean" })).get("Y")!;
    expect(y).toMatchObject({ status: "excluded", score: null, coverage: 0 });
    expect(y.reason).toMatch(/no observed data/);
  });
  it("a pillar with no data is redistributed at the level above", () => {
    const noB = tiny({ a1: [40, 40, 20], a2: [80, 80, 80], b1: [60, null, 60] });
    const y = byId(score(noB, NONE)).get("Y")!;
    expect(y.nodes["B"]).toBeNull();
    expect(y.score).toBe(70);
    expect(y.coverage).toBeCloseTo(0.25, 12);
  });
  it("all weights zero: every place excluded with the reason, never NaN", () => {
    const r = score(input, { ...NONE, weightOverrides: { A: 0, B: 0 } });
    expect(r.places.every((p) => p.score === null && p.reason === "all weights are zero")).toBe(true);
    expect(r.warnings.some((w) => w.node === "root")).toBe(true);
  });
});

describe("places the input leaves out (EngineInput.excluded)", () => {
  it("get no composite, with the input's reason, and take no rank", () => {
    // X: A = (40 + 3·80)/4 = 70, root = (70 + 3·60)/4 = 62.5; Z: A = (10 + 30)/4 = 10, root = (10 + 30)/4 = 10.
    const input = tiny({ a1: [40, 20, 10], a2: [80, 50, 10], b1: [60, 30, 10] });
    input.excluded = [null, "no GDP figure", null];
    const r = byId(score(input, NONE));
    expect(r.get("Y")).toMatchObject({ score: null, rank: null, status: "excluded", reason: "no GDP figure" });
    expect(r.get("X")).toMatchObject({ score: 62.5, rank: 1 });
    expect(r.get("Z")).toMatchObject({ score: 10, rank: 2 });
  });
});
