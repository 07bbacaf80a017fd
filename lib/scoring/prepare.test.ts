import { describe, expect, it } from "vitest";
import { prepare } from "./prepare";
import { oneIndicator } from "./test-fixture";

describe("transforms (before normalization)", () => {
  it("ln", () => {
    const p = prepare(oneIndicator([1, Math.E, Math.E ** 2, null], { transform: "ln" }));
    expect(Array.from(p.values[0]!)).toEqual([0, 1, 2, NaN]);
    expect(p.reasons[0]!.get(3)).toBe("not reported");
  });
  it("log(1 + x) accepts 0", () => {
    const p = prepare(oneIndicator([0, Math.E - 1], { transform: "log1p" }));
    expect(p.values[0]![0]).toBe(0);
    expect(p.values[0]![1]).toBeCloseTo(1, 15);
  });
  it("a view override replaces the framework's transform; goalposts and target are transformed too", () => {
    const p = prepare(oneIndicator([1, 100], { goalposts: { min: 1, max: 1000 }, target: 10 }), {
      transformOverrides: { x: "ln" },
    });
    expect(p.indicators[0]).toMatchObject({ transform: "ln", target: Math.log(10) });
    expect(p.indicators[0]!.goalposts).toEqual({ min: 0, max: Math.log(1000) });
    const none = prepare(oneIndicator([1, 100], { transform: "ln" }), { transformOverrides: { x: "none" } });
    expect(Array.from(none.values[0]!)).toEqual([1, 100]);
  });
  it("keeps a missing cell's reason", () => {
    const input = oneIndicator([1, null]);
    input.missingReasons = { x: [null, "no population figure"] };
    expect(prepare(input).reasons[0]!.get(1)).toBe("no population figure");
  });
});
