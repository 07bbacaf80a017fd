import { describe, expect, it } from "vitest";
import { fill } from "./format";

describe(fill, () => {
  it("replaces named placeholders", () => {
    expect(fill("{city} ranks {rank}", { city: "Beijing", rank: 1 })).toBe("Beijing ranks 1");
  });
  it("leaves unknown placeholders visible", () => {
    expect(fill("{a} and {b}", { a: "x" })).toBe("x and {b}");
  });
});
