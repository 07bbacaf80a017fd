import { describe, expect, it } from "vitest";
import { numberCell, textCell } from "./cell";

describe("textCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
  ])("neutralises %j", (input, expected) => {
    expect(textCell(input)).toBe(expected);
  });

  it.each(["Beijing", "北京", "", "a=b", "-", "3-5"])("leaves %j alone apart from a lone sign", (input) => {
    expect(textCell(input)).toBe(input === "-" ? "'-" : input);
  });

  it.each(["-3.5", "+2", "-1e6", "-.5"])("leaves the plain number %j alone", (input) => {
    expect(textCell(input)).toBe(input);
  });
});

describe("numberCell", () => {
  it("removes binary noise at 12 significant digits", () => {
    expect(numberCell(100.00000000000004)).toBe("100");
    expect(numberCell(0.1 + 0.2)).toBe("0.3");
    expect(numberCell(96.65432109876543)).toBe("96.6543210988");
  });
  it("keeps large and small magnitudes and signs", () => {
    expect(numberCell(-3.25)).toBe("-3.25");
    expect(numberCell(1e21)).toBe("1e+21");
    expect(numberCell(-0)).toBe("0");
  });
  it("is blank for missing or non-finite", () => {
    expect(numberCell(null)).toBe("");
    expect(numberCell(undefined)).toBe("");
    expect(numberCell(Number.NaN)).toBe("");
    expect(numberCell(Infinity)).toBe("");
  });
});
