import { describe, expect, it } from "vitest";
import { qualified } from "./qualified";

describe(qualified, () => {
  it("marks lower bounds and approximate figures, leaves exact ones alone", () => {
    expect(qualified("500", "lower_bound")).toBe("≥500");
    expect(qualified("300", "approximate")).toBe("~300");
    expect(qualified("21.17", "exact")).toBe("21.17");
  });
});
