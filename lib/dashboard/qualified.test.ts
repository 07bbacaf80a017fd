import { describe, expect, it } from "vitest";
import { qualified } from "./qualified";

const plain = (x: number) => String(x);

describe(qualified, () => {
  it("marks lower bounds and approximate figures, leaves exact ones alone", () => {
    expect(qualified(500, "lower_bound", plain)).toBe("≥500");
    expect(qualified(300, "approximate", plain)).toBe("~300");
    expect(qualified(21.17, "exact", plain)).toBe("21.17");
  });

  it("writes a range as its published ends, not its midpoint", () => {
    // IDC 2019 publishes positions 6–10 as a set: point 8 = (6 + 10) / 2, shown as the band.
    expect(qualified(8, "range", plain, { lo: 6, hi: 10 })).toBe("6–10");
  });

  it("writes a place beyond a published top 10 as ＞10 (its bound starts at 11)", () => {
    expect(qualified(11, "beyond_list", plain, { lo: 11, hi: 20 })).toBe("＞10");
    // A list of which only the first 6 positions are known: worse than 6.
    expect(qualified(7, "beyond_list", plain, { lo: 7, hi: 20 })).toBe("＞6");
  });
});
