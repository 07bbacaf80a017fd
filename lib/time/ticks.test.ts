import { describe, expect, it } from "vitest";
import { rankTicks, valueTicks } from "./ticks";

describe("rankTicks", () => {
  it("lists every rank up to six", () => {
    expect(rankTicks(1)).toEqual([1]);
    expect(rankTicks(6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("spaces about six ticks from 1 to n", () => {
    // n = 20: step ⌈19 / 5⌉ = 4 → 1, 5, 9, 13, 17, then 20.
    expect(rankTicks(20)).toEqual([1, 5, 9, 13, 17, 20]);
  });
});

describe("valueTicks", () => {
  it("runs from 0 past the highest value in round steps", () => {
    // 0…87: raw step 87 / 4 = 21.75 → the next round step is 25.
    expect(valueTicks(3, 87)).toEqual([0, 25, 50, 75, 100]);
    // 0…100: raw step 25 → 25.
    expect(valueTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
    // 0…0.3: raw 0.075 → 0.1.
    expect(valueTicks(0.1, 0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});
