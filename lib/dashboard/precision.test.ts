import { describe, expect, it } from "vitest";
import { decimalsOf, significantDigits } from "./precision";

describe(decimalsOf, () => {
  it.each([
    [5227.7, 1],
    [21.17, 2],
    [12, 0],
    [0.05, 2],
    [1e-7, 6],
    [1.5e21, 0],
    [-3.25, 2],
  ])("%s has %s decimals", (x, d) => expect(decimalsOf(x)).toBe(d));
});

describe(significantDigits, () => {
  it.each([
    [5227.7, 5],
    [21.17, 4],
    [500, 3],
    [0.05, 1],
    [1300, 4],
  ])("%s has %s significant digits", (x, d) => expect(significantDigits(x)).toBe(d));
});
