import { describe, expect, it } from "vitest";
import { EngineError } from "./errors";
import { roundHalfUp } from "./rank";
import { score } from "./score";
import { oneIndicator } from "./test-fixture";

const ranks = (xs: number[], rankDecimals: number | null = null) => {
  const r = score(oneIndicator(xs), { normalization: "none", rankDecimals });
  return { order: r.places.map((p) => p.id), rank: new Map(r.places.map((p) => [p.id, p.rank])) };
};

describe("competition ranking", () => {
  it("ties share the best rank: 1, 2, 2, 4", () => {
    const { rank } = ranks([90, 80, 80, 70]);
    expect([0, 1, 2, 3].map((i) => rank.get(`p${i}`))).toEqual([1, 2, 2, 4]);
  });
  it("ranks on scores rounded to N decimals when asked", () => {
    const unrounded = ranks([90.04, 90.01, 89.96, 89.94]).rank;
    expect([0, 1, 2, 3].map((i) => unrounded.get(`p${i}`))).toEqual([1, 2, 3, 4]);
    const rounded = ranks([90.04, 90.01, 89.96, 89.94], 1).rank;
    expect([0, 1, 2, 3].map((i) => rounded.get(`p${i}`))).toEqual([1, 1, 1, 4]);
  });
  it("orders ties deterministically by name, then id; excluded places last", () => {
    const input = oneIndicator([5, 5, null, 5, 9]);
    input.places = [
      { id: "c", name: "Beta" },
      { id: "b", name: "Alpha" },
      { id: "z", name: "Zulu" },
      { id: "a", name: "Alpha" },
      { id: "top", name: "Omega" },
    ];
    const r = score(input, { normalization: "none" });
    expect(r.places.map((p) => `${p.rank}:${p.id}`)).toEqual(["1:top", "2:a", "2:b", "2:c", "null:z"]);
  });
  it("rejects a bad number of decimals", () => {
    expect(() => score(oneIndicator([1, 2]), { rankDecimals: -1 })).toThrow(EngineError);
    expect(() => score(oneIndicator([1, 2]), { rankDecimals: 1.5 })).toThrow(/rankDecimals/);
  });
});

describe("roundHalfUp", () => {
  it("rounds halves up, robust to binary noise", () => {
    expect(roundHalfUp(94.25, 1)).toBe(94.3);
    expect(roundHalfUp(94.24999999999999, 1)).toBe(94.3); // noise below the half
    expect(roundHalfUp(94.2499, 1)).toBe(94.2);
    expect(roundHalfUp(1.005, 2)).toBe(1.01); // (1.005).toFixed(2) === "1.00"
    expect(roundHalfUp(0.9665, 3)).toBe(0.967);
    expect(roundHalfUp(12.3456, 0)).toBe(12);
  });
});
