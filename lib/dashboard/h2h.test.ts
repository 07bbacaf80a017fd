import { describe, expect, it } from "vitest";
import { headToHead } from "./h2h";
import type { PlaceRow } from "./rows";

const row = (id: string, over: Partial<PlaceRow>): PlaceRow => ({
  id,
  name: id,
  level: "city",
  rank: 1,
  score: null,
  coverage: 1,
  status: "ranked",
  reason: null,
  pillars: {},
  contributions: {},
  raw: {},
  norm: {},
  imputedShare: 0,
  ...over,
});

describe(headToHead, () => {
  // Two indicators x, y in one pillar P with weights 3:1 (0.75, 0.25), arithmetic mean.
  // A: x=100, y=0 → 75 + 0 = 75.   B: x=40, y=80 → 30 + 20 = 50.   Gap 25 = (75−30) + (0−20) = 45 − 20.
  const a = row("a", {
    score: 75,
    pillars: { P: 75 },
    contributions: { x: 75, y: 0, P: 75 },
    norm: { x: { value: 100, imputed: false }, y: { value: 0, imputed: false } },
  });
  const b = row("b", {
    score: 50,
    pillars: { P: 50 },
    contributions: { x: 30, y: 20, P: 50 },
    norm: { x: { value: 40, imputed: false }, y: { value: 80, imputed: false } },
  });

  it("gives the composite gap, the leader and each indicator's part of the gap, largest first", () => {
    const h = headToHead(a, b, ["y", "x"], ["P"]);
    expect(h.gap).toBe(25);
    expect(h.leader).toBe("a");
    expect(h.lines.map((l) => [l.indicator, l.leader, l.normGap, l.gapContribution])).toEqual([
      ["x", "a", 60, 45],
      ["y", "b", -80, -20],
    ]);
    expect(h.lines.reduce((s, l) => s + l.gapContribution, 0)).toBe(h.gap);
    expect(h.pillars).toEqual([{ pillar: "P", a: 75, b: 50, gapContribution: 25 }]);
  });

  it("a place without a composite: no gap, no leader, and it is named (never 'level')", () => {
    const c = row("c", { score: null, norm: { x: { value: null, imputed: false } } });
    const h = headToHead(a, c, ["x"], []);
    expect(h.gap).toBeNull();
    expect(h.leader).toBeNull();
    expect(h.noComposite).toEqual(["b"]);
    expect(headToHead(c, c, [], []).noComposite).toEqual(["a", "b"]);
    expect(h.noComposite.length === 0).toBe(false);
  });
});

describe("headToHead with a one-sided indicator and re-distributed weights", () => {
  //   root ─┬─ P (1) ─┬─ x (3)
  //         │         └─ y (1)
  //         └─ Q (1) ─── z (1)
  const nodes = [
    { id: "root", parent: null, weight: 1 },
    { id: "P", parent: "root", weight: 1 },
    { id: "Q", parent: "root", weight: 1 },
    { id: "x", parent: "P", weight: 3 },
    { id: "y", parent: "P", weight: 1 },
    { id: "z", parent: "Q", weight: 1 },
  ];
  // A: x 100, y 0, z 50 → P = (300 + 0)/4 = 75, Q = 50, score 62.5; contributions x ½·¾·100 = 37.5, y 0, z ½·50 = 25.
  // B has no y, so x takes all of P: P = 40, Q = 80, score 60; contributions x ½·1·40 = 20, z ½·80 = 40.
  const n = (v: number | null) => ({ value: v, imputed: false });
  const a = row("a", {
    score: 62.5,
    pillars: { P: 75, Q: 50 },
    contributions: { P: 37.5, Q: 25, x: 37.5, y: 0, z: 25 },
    norm: { x: n(100), y: n(0), z: n(50) },
  });
  const b = row("b", {
    score: 60,
    pillars: { P: 40, Q: 80 },
    contributions: { P: 20, Q: 40, x: 20, z: 40 },
    norm: { x: n(40), y: n(null), z: n(80) },
  });
  const h = headToHead(a, b, ["x", "y", "z"], ["P", "Q"], nodes);

  it("lists an indicator only one place reports apart from what decides the gap", () => {
    expect(h.lines.map((l) => l.indicator)).toEqual(["x", "z"]); // |17.5| > |−15|
    expect(h.oneSided.map((l) => [l.indicator, l.side])).toEqual([["y", "a"]]);
    expect(h.neither).toEqual([]);
    // Every indicator's part of the gap, two-sided and one-sided: 17.5 − 15 + 0 = 2.5 = 62.5 − 60.
    expect([...h.lines, ...h.oneSided].reduce((s, l) => s + l.gapContribution, 0)).toBe(h.gap);
  });

  it("says when re-distribution gives the two places different effective weights, and gives them", () => {
    // A: x ½·¾ = 0.375, y ½·¼ = 0.125, z ½.  B: x ½·1 = 0.5, y 0, z ½.
    expect(h.weightsDiffer).toBe(true);
    expect(h.lines.map((l) => [l.indicator, l.weightA, l.weightB])).toEqual([
      ["x", 0.375, 0.5],
      ["z", 0.5, 0.5],
    ]);
    expect(h.oneSided[0]).toMatchObject({ weightA: 0.125, weightB: 0 });
    expect(headToHead(a, a, ["x", "y", "z"], ["P", "Q"], nodes).weightsDiffer).toBe(false);
  });
});
