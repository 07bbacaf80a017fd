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

  it("leaves the leader open when a figure or a composite is missing", () => {
    const c = row("c", { score: null, norm: { x: { value: null, imputed: false } } });
    const h = headToHead(a, c, ["x"], []);
    expect(h.gap).toBeNull();
    expect(h.leader).toBeNull();
    expect(h.lines[0]).toMatchObject({ leader: null, normGap: null, gapContribution: 75 });
  });
});
