import { describe, expect, it } from "vitest";
import { EngineError } from "./errors";
import { score } from "./score";
import { oneIndicator } from "./test-fixture";
import type { Normalization } from "./vocabulary";
import type { EngineNode } from "./types";

/** Normalized values of a one-indicator input (the composite equals them, but missing cells show as null). */
function norm(xs: (number | null)[], normalization: Normalization, node: Partial<EngineNode> = {}) {
  const r = score(oneIndicator(xs, node), { normalization });
  const byId = new Map(r.places.map((p) => [p.id, p.norm["x"]!.value]));
  return xs.map((_, i) => byId.get(`p${i}`));
}

const close = (got: (number | null | undefined)[], want: (number | null)[]) => {
  expect(got.length).toBe(want.length);
  got.forEach((g, i) => {
    const w = want[i];
    if (w === null) expect(g).toBeNull();
    else expect(g).toBeCloseTo(w!, 9);
  });
};

describe("min-max", () => {
  it("maps [1, 2, 4] to 0, 33.3, 100 and leaves missing missing", () => {
    close(norm([1, 2, 4, null], "minmax"), [0, 100 / 3, 100, null]);
  });
  it("inverts lower-is-better: 100·(max − x)/(max − min)", () => {
    close(norm([1, 2, 4], "minmax", { direction: -1 }), [100, 200 / 3, 0]);
  });
  it("gives every place 50 when the indicator is constant", () => {
    close(norm([3, 3, null], "minmax"), [50, 50, null]);
  });
  it("gives the leader exactly 100", () => {
    expect(norm([0.1, 0.7, 0.3], "minmax")[1]).toBe(100);
  });
});

describe("goalposts", () => {
  it("uses the fixed bounds and caps values outside them", () => {
    close(norm([-1, 2, 6], "goalposts", { goalposts: { min: 0, max: 5 } }), [0, 40, 100]);
  });
  it("inverts lower-is-better", () => {
    close(norm([-1, 2, 6], "goalposts", { goalposts: { min: 0, max: 5 }, direction: -1 }), [100, 60, 0]);
  });
  it("transforms the goalposts like the values (ln)", () => {
    const e = Math.E;
    close(norm([1, e, e * e], "goalposts", { goalposts: { min: 1, max: e * e }, transform: "ln" }), [0, 50, 100]);
  });
  it("falls back to min-max with a warning when an indicator has no goalposts", () => {
    const r = score(oneIndicator([1, 3]), { normalization: "goalposts" });
    expect(r.places.map((p) => p.score)).toEqual([100, 0]);
    expect(r.warnings[0]).toMatchObject({ node: "x", problem: expect.stringContaining("no goalposts") });
  });
});

describe("z-score", () => {
  it("is 50 + 10·z with the sample standard deviation (n − 1)", () => {
    close(norm([1, 2, 3], "zscore"), [40, 50, 60]);
    // mean 5, Σ(x − mean)² = 32, sd = √(32/7) = 2.13809; the population sd (2) would give 70 for 9.
    close(norm([2, 4, 4, 4, 5, 5, 7, 9], "zscore").slice(-1), [50 + 40 / Math.sqrt(32 / 7)]);
  });
  it("inverts lower-is-better and gives 50 to a constant indicator", () => {
    close(norm([1, 2, 3], "zscore", { direction: -1 }), [60, 50, 40]);
    close(norm([4, 4], "zscore"), [50, 50]);
    close(norm([4, null], "zscore"), [50, null]);
  });
});

describe("rank and percentile", () => {
  it("rank: 100·(n − r)/(n − 1) with competition ranks (ties share the best)", () => {
    // ranks 3, 1, 1, 4
    close(norm([10, 20, 20, 5], "rank"), [100 / 3, 100, 100, 0]);
    // lower is better: 5 → rank 1, 10 → 2, 20 and 20 → 3
    close(norm([10, 20, 20, 5], "rank", { direction: -1 }), [200 / 3, 100 / 3, 100 / 3, 100]);
    close(norm([7], "rank"), [100]);
  });
  it("percentile rank: 100·(below + ½·equal)/n", () => {
    close(norm([10, 20, 20, 5], "percentile"), [37.5, 75, 75, 12.5]);
    close(norm([10, 20, 20, 5], "percentile", { direction: -1 }), [62.5, 25, 25, 87.5]);
  });
});

describe("ratio to the leader", () => {
  it("is 100·x/max, or 100·min/x for lower-is-better", () => {
    close(norm([2, 4, 8], "ratio"), [25, 50, 100]);
    close(norm([2, 4, 8], "ratio", { direction: -1 }), [100, 50, 25]);
  });
  it("refuses negative values, and zero under lower-is-better", () => {
    expect(() => norm([-1, 4], "ratio")).toThrow(EngineError);
    expect(() => norm([0, 4], "ratio", { direction: -1 })).toThrow(/x: ratio to the leader/);
  });
});

describe("distance to a target", () => {
  it("is 100·(x − worst)/(target − worst), 100 once the target is reached", () => {
    close(norm([2, 4, 8], "target", { target: 6 }), [0, 50, 100]);
    close(norm([2, 4, 8], "target", { target: 3, direction: -1 }), [100, 80, 0]);
  });
  it("targets the good goalpost, else the best observed value (with a warning)", () => {
    close(norm([2, 4, 8], "target", { goalposts: { min: 0, max: 6 } }), [0, 50, 100]);
    const r = score(oneIndicator([2, 4]), { normalization: "target" });
    expect(r.places.map((p) => p.score)).toEqual([100, 0]);
    expect(r.warnings[0]?.problem).toMatch(/best observed/);
  });
});

describe("none", () => {
  it("keeps values on their scale; lower-is-better becomes 100 − x", () => {
    close(norm([30, 70], "none"), [30, 70]);
    close(norm([30, 70], "none", { direction: -1 }), [70, 30]);
  });
});

describe("per-indicator override", () => {
  it("uses the override for that indicator only", () => {
    const r = score(oneIndicator([10, 20, 20, 5]), { normalization: "minmax", normalizationOverrides: { x: "rank" } });
    expect(r.nodes.find((n) => n.id === "x")?.normalization).toBe("rank");
    expect(r.places[0]!.score).toBe(100);
  });
});
