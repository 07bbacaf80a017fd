import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { score } from "@/lib/scoring/score";
import { flat } from "@/lib/scoring/test-fixture";
import type { EngineInput } from "@/lib/scoring/types";
import { changeYears, trendSeries, yearRange, yearRuns, type YearRun } from "./trend";

const cols = (...columns: (number | null)[][]): EngineInput => {
  const input = flat(columns[0]!.map((_, p) => columns.map((c) => c[p] as number)));
  columns.forEach((c, j) => (input.values[`i${j}`] = c));
  return input;
};

// Editions by year (places p0, p1, p2): nothing before 2019; i0 from 2019; i1's first edition in 2021.
//   2019, 2020: i0 = [10, 20, 30] → composite = n0 = [0, 50, 100] → ranks p2 1, p1 2, p0 3.
//   2021: i0 as before, i1 = [40, 10, 20] → composite [50, 25, 66.67] → ranks p2 1, p0 2, p1 3.
const inputs: Record<number, EngineInput | null> = {
  2018: null,
  2019: cols([10, 20, 30]),
  2020: cols([10, 20, 30]),
  2021: cols([10, 20, 30], [40, 10, 20]),
};
const runAt = (year: number): YearRun => {
  const input = inputs[year] ?? null;
  return input
    ? { year, result: score(input, DEFAULT_SCORING_OPTIONS), note: null }
    : { year, result: null, note: `no edition by ${year}` };
};

describe("trendSeries", () => {
  const runs = yearRuns(yearRange([2021, 2018, 2019]), runAt);

  it("runs every year from the first to the last", () => {
    expect(runs.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021]);
  });

  it("gives each year's rank and score from that year's run, and a gap with its reason where there is none", () => {
    const [p0] = trendSeries(runs, ["p0"]);
    expect(p0!.name).toBe("Place 0");
    expect(p0!.points.map((p) => [p.year, p.rank, p.of])).toEqual([
      [2018, null, 0],
      [2019, 3, 3],
      [2020, 3, 3],
      [2021, 2, 3],
    ]);
    expect(p0!.points[0]!.reason).toBe("no edition by 2018");
    expect(p0!.points[0]!.score).toBeNull();
    expect(p0!.points[3]!.score).toBeCloseTo(50, 9);
  });

  it("equals the engine's ranking run separately for each year", () => {
    const series = trendSeries(runs, ["p0", "p1", "p2"]);
    for (const year of [2019, 2020, 2021]) {
      const alone = score(inputs[year]!, DEFAULT_SCORING_OPTIONS).places;
      for (const s of series) {
        const point = s.points.find((p) => p.year === year)!;
        const place = alone.find((p) => p.id === s.id)!;
        expect([point.rank, point.score]).toEqual([place.rank, place.score]);
      }
    }
  });

  it("marks an excluded year as a gap with the engine's reason, never a carried-over value", () => {
    const gapped = (year: number): YearRun =>
      year === 2020
        ? {
            year,
            result: score(cols([10, null, 30], [1, 2, 3]), { ...DEFAULT_SCORING_OPTIONS, coverageThreshold: 0.9 }),
            note: null,
          }
        : runAt(year);
    const [p1] = trendSeries(yearRuns([2019, 2020, 2021], gapped), ["p1"]);
    expect(p1!.points.map((p) => p.rank)).toEqual([2, null, 3]);
    expect(p1!.points[1]!.reason).toMatch(/coverage 50% below threshold 90%/);
  });
});

describe("changeYears", () => {
  it("keeps the years whose input differs from the year before", () => {
    const runs = yearRuns([2018, 2019, 2020, 2021], runAt);
    const fp = (y: number) => JSON.stringify(inputs[y]?.values ?? null);
    expect(changeYears(runs, fp)).toEqual([2018, 2019, 2021]);
  });
});
