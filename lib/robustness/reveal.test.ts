import { describe, expect, it } from "vitest";
import { nextReveal, REVEAL_STEP } from "./reveal";

describe("nextReveal", () => {
  it("adds one slice at a time and stops at the end of the list", () => {
    const steps: number[] = [];
    for (let shown = 0; shown < 300;) steps.push((shown = nextReveal(shown, 300, 40)));
    expect(steps).toEqual([40, 80, 120, 160, 200, 240, 280, 300]);
  });
  it("shows a short list whole in the first slice", () => {
    expect(nextReveal(0, 20)).toBe(20);
    expect(REVEAL_STEP).toBeGreaterThanOrEqual(20);
  });
  it("never goes past a list that shrank", () => {
    expect(nextReveal(280, 100, 40)).toBe(100);
    expect(nextReveal(0, 0, 40)).toBe(0);
  });
  it("refuses a step that would never finish", () => {
    expect(() => nextReveal(0, 10, 0)).toThrow(RangeError);
  });
});
