import { describe, expect, it } from "vitest";
import { score } from "@/lib/scoring/score";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { flat } from "@/lib/scoring/test-fixture";
import type { EngineInput } from "@/lib/scoring/types";
import { whatChanged } from "./changes";

const run = (input: EngineInput, opts = {}) => score(input, { ...DEFAULT_SCORING_OPTIONS, ...opts });
/** Places p0, p1, p2; one column per indicator. */
const cols = (...columns: (number | null)[][]): EngineInput => {
  const input = flat(columns[0]!.map((_, p) => columns.map((c) => c[p] as number)));
  columns.forEach((c, j) => (input.values[`i${j}`] = c));
  return input;
};
const byId = (changes: ReturnType<typeof whatChanged>) => new Map(changes.map((c) => [c.id, c]));

describe("whatChanged", () => {
  // Min-max, equal weights, arithmetic: composite = (n0 + n1) / 2 and each contribution = n / 2.
  // Before: i0 = [10, 20, 30] → n0 = [0, 50, 100]; i1 = [40, 10, 20] → n1 = [100, 0, 33.33…]
  //   composite = [50, 25, 66.67] → ranks p2 1, p0 2, p1 3.
  // After: i1 = [10, 40, 20] → n1 = [0, 100, 33.33…]; composite = [0, 75, 66.67] → ranks p1 1, p2 2, p0 3.
  const before = run(cols([10, 20, 30], [40, 10, 20]));
  const after = run(cols([10, 20, 30], [10, 40, 20]));

  it("says who moved, by how much, and which indicator moved them", () => {
    const changes = whatChanged(before, after);
    const c = byId(changes);
    // p1: 3rd → 1st (+2); score 25 → 75 (+50), all of it from i1's contribution 0 → 50.
    expect(c.get("p1")).toMatchObject({ rankChange: 2, before: { rank: 3 }, after: { rank: 1 } });
    expect(c.get("p1")!.scoreChange).toBeCloseTo(50, 9);
    expect(c.get("p1")!.drivers.map((d) => [d.node, d.before, d.after])).toEqual([["i1", 0, 50]]);
    // p0: 2nd → 3rd (−1); 50 → 0, i1's 50 points gone.
    expect(c.get("p0")).toMatchObject({ rankChange: -1 });
    expect(c.get("p0")!.drivers.map((d) => [d.node, d.delta])).toEqual([["i1", -50]]);
    // p2: 1st → 2nd (−1) with an unchanged score (66.67): it moved because p1 passed it; no driver of its own.
    expect(c.get("p2")).toMatchObject({ rankChange: -1, drivers: [] });
    expect(c.get("p2")!.scoreChange).toBeCloseTo(0, 9);
    // Largest move first, then by the later ranking.
    expect(changes.map((x) => x.id)).toEqual(["p1", "p2", "p0"]);
  });

  it("counts an indicator not yet in use as contributing 0, so drivers sum to the score change", () => {
    // Before: i0 only → composite = n0 = [0, 50, 100]; contributions i0 = [0, 50, 100].
    // After: i0 and i1 as above → composite [50, 25, 66.67]; contributions i0 = [0, 25, 50], i1 = [50, 0, 16.67].
    const onlyI0 = run(cols([10, 20, 30]));
    const both = run(cols([10, 20, 30], [40, 10, 20]));
    const c = byId(whatChanged(onlyI0, both));
    expect(c.get("p0")).toMatchObject({ rankChange: 1, before: { rank: 3 }, after: { rank: 2 } });
    expect(c.get("p0")!.drivers.map((d) => [d.node, d.before, d.after])).toEqual([["i1", 0, 50]]);
    // p2 stays 1st: i0 100 → 50 (−50) and i1 0 → 16.67 (+16.67) sum to the score change 100 → 66.67 (−33.33).
    const p2 = c.get("p2")!;
    expect(p2.rankChange).toBe(0);
    expect(p2.drivers.map((d) => d.node)).toEqual(["i0", "i1"]);
    expect(p2.drivers[0]!.delta).toBeCloseTo(-50, 9);
    expect(p2.drivers[1]!.delta).toBeCloseTo(50 / 3, 9);
    expect(p2.drivers.reduce((s, d) => s + d.delta, 0)).toBeCloseTo(p2.scoreChange!, 9);
  });

  it("gives a status change and its reason, not drivers, for a place ranked in one year only", () => {
    // After: p1 lacks i1, so its coverage is 50 % (i0 only) and a 75 % threshold excludes it.
    const withGap = run(cols([10, 20, 30], [10, null, 20]), { coverageThreshold: 0.75 });
    const c = byId(whatChanged(before, withGap));
    expect(c.get("p1")).toMatchObject({ rankChange: null, scoreChange: null, drivers: [], after: { rank: null } });
    expect(c.get("p1")!.after.reason).toMatch(/coverage 50% below threshold 75%/);
    expect(c.get("p1")!.before).toMatchObject({ rank: 3, reason: null });
  });

  it("reads a year with nothing scored as every place unranked, with that year's note", () => {
    const c = byId(whatChanged(null, before, { before: "no edition by 2016", after: "" }));
    expect(c.get("p2")).toMatchObject({
      before: { rank: null, reason: "no edition by 2016" },
      after: { rank: 1 },
      rankChange: null,
    });
  });
});
