import { describe, expect, it } from "vitest";
import { qualifierFromNote } from "./qualifier";
import { toPersons, toYiYuan } from "./units";

describe(toPersons, () => {
  it("converts 万人 and million persons to persons", () => {
    expect(toPersons(1274.8262, "10k persons (万人)")).toEqual({ value: 12748262, qualifier: "exact" });
    expect(toPersons(17.56, "million persons")).toEqual({ value: 17560000, qualifier: "approximate" });
    expect(toPersons(21893095, "persons")).toEqual({ value: 21893095, qualifier: "exact" });
  });
  it("refuses a unit it does not know", () => {
    expect(() => toPersons(1, "households")).toThrow(/unknown population unit/);
    expect(() => toYiYuan(1, "USD bn")).toThrow(/unknown GDP unit/);
  });
});

describe(qualifierFromNote, () => {
  it.each([
    ["超过500亿 (lower bound). Rank 1 by amount.", "lower_bound"],
    ["Source says 1300+ (lower bound). District-level.", "lower_bound"],
    ["'2200余家' (lower bound).", "lower_bound"],
    ["Source: 近300亿 (approx, slightly below 300). Rank 3.", "approximate"],
    ["'近900家' (approx).", "approximate"],
    ["+5 vs 2024.", "exact"],
    ["LOWER IS BETTER.", "exact"],
  ] as const)("%s → %s", (note, expected) => {
    expect(qualifierFromNote(note)).toBe(expected);
  });
});
