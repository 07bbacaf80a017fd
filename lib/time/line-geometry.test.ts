import { describe, expect, it } from "vitest";
import { LINE_MARGIN, lineGeometry } from "./line-geometry";

describe("lineGeometry", () => {
  // Width 266, height 136 with margins left 46, right 20, top 10, bottom 26: a 200 × 100 plot.
  const g = lineGeometry({
    width: 266,
    height: 136,
    margin: LINE_MARGIN,
    xs: [2018, 2019, 2020, 2021, 2022],
    yDomain: [1, 5],
    invertY: true,
  });

  it("places years evenly and puts rank 1 at the top", () => {
    // 2018 → 46, 2022 → 246 (46 + 200); rank 1 → 10 (top), rank 5 → 110.
    expect([g.sx(2018), g.sx(2020), g.sx(2022)]).toEqual([46, 146, 246]);
    expect([g.sy(1), g.sy(3), g.sy(5)]).toEqual([10, 60, 110]);
  });

  it("draws steps, and breaks the line at a year without a value", () => {
    // 2018 rank 2 → (46, 35); 2019 rank 3 → across to x 96 then down to y 60; 2020 none: break; 2021 rank 1 → new move.
    expect(
      g.path([
        { x: 2018, y: 2 },
        { x: 2019, y: 3 },
        { x: 2020, y: null },
        { x: 2021, y: 1 },
        { x: 2022, y: 1 },
      ]),
    ).toBe("M46,35H96V60M196,10H246V10");
  });
});
