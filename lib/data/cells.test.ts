import { describe, expect, it } from "vitest";
import { baseDataset } from "./test-fixture";
import { editionAt, missingReason, resolveCells } from "./cells";
import type { Dataset, Edition, Indicator, ListInfo, Observation } from "./types";

/** Four cities and a district, one indicator under test; each test gives its editions and figures. */
function world(ind: Partial<Indicator>, figures: Partial<Observation>[]): Dataset {
  const d = baseDataset();
  d.places = [
    ...["a", "b", "c", "d"].map((id) => ({
      id,
      nameEn: id,
      nameZh: id,
      level: "city" as const,
      parent: null,
      population: null,
      gdp: null,
    })),
    { id: "a-x", nameEn: "X", nameZh: "X", level: "district", parent: "a", population: null, gdp: null },
  ];
  d.indicators = [
    {
      id: "i",
      nameEn: "I",
      nameZh: "I",
      unit: "rank",
      unitZh: "名次",
      direction: -1,
      kind: "rank",
      pillar: "talent",
      weight: 1,
      definition: "d",
      definitionZh: "d",
      perCapita: false,
      ...ind,
    },
  ];
  d.observations = figures.map((f) => ({
    place: "a",
    indicator: "i",
    value: 1,
    sourceId: "liepin",
    year: "2021",
    qualifier: "exact",
    note: "",
    alternatives: [],
    ...f,
  }));
  return d;
}
const edition = (year: number, list?: ListInfo): Edition =>
  list ? { year, label: `${year}`, list } : { year, label: `${year}` };
const cellsOf = (d: Dataset, asOf?: number) => resolveCells(d, { asOf }).cells.get("i")!;

describe(resolveCells, () => {
  it("reads a place absent from a complete top-N list as beyond it: N + 1, bounded by the cities in view", () => {
    const d = world({ editions: [edition(2021, { length: 2, complete: true, level: "city" })] }, [
      { place: "a", value: 1, edition: 2021 },
      { place: "b", value: 2, edition: 2021 },
    ]);
    const [a, , c, , x] = cellsOf(d);
    expect(a).toMatchObject({ value: 1, kind: "exact", bound: null, derived: null });
    // Top 2 complete: c is 3rd at best and 4th (last of 4 cities) at worst.
    expect(c).toMatchObject({ value: 3, kind: "beyond_list", derived: "beyond_list", bound: { lo: 3, hi: 4 } });
    // The district is not a city: the list says nothing of it.
    expect(x).toMatchObject({ value: null, missing: "other_level" });
    expect(missingReason(x!)).toBe("the list ranks cities only");
  });

  it("leaves a place absent from an incomplete list missing ('not in our data'), never beyond", () => {
    const d = world({ editions: [edition(2021, { length: 10, complete: false, level: "city" })] }, [
      { place: "a", value: 4, edition: 2021 },
    ]);
    const c = cellsOf(d)[2]!;
    expect(c).toMatchObject({ value: null, kind: null, missing: "not_collected" });
    expect(missingReason(c)).toBe("not in our data");
  });

  it("censors the places after a list's first k known positions at 'worse than k'", () => {
    // Liepin's top 10 with only positions 1–6 published: the others rank 7th or worse.
    const d = world({ editions: [edition(2024, { length: 10, complete: false, known: 6, level: "city" })] }, [
      { place: "a", value: 6, edition: 2024 },
    ]);
    expect(cellsOf(d)[1]).toMatchObject({ value: 7, bound: { kind: "beyond_list", lo: 7, hi: 7 } });
  });

  it("gives exactly 0 to a place absent from a complete list of entries (firms, designations)", () => {
    const d = world(
      {
        kind: "flag",
        direction: 1,
        editions: [edition(2021, { length: 18, complete: true, level: "city", absent: "zero" })],
      },
      [{ place: "a", value: 1, edition: 2021 }],
    );
    expect(cellsOf(d)[1]).toMatchObject({ value: 0, kind: "exact", bound: null, derived: "absent_zero", year: 2021 });
  });

  it("leaves a place below a top-N list of values missing, saying it is below the list", () => {
    const d = world(
      {
        kind: "value",
        direction: 1,
        editions: [edition(2022, { length: 10, complete: true, level: "city", absent: "below" })],
      },
      [{ place: "a", value: 92, edition: 2022 }],
    );
    const c = cellsOf(d)[1]!;
    expect(c).toMatchObject({ value: null, missing: "below_list" });
    expect(missingReason(c)).toBe("not published: below the top 10");
  });

  it("scores a published range at its midpoint and keeps its ends", () => {
    const d = world({ editions: [edition(2019, { length: 10, complete: true, level: "city" })] }, [
      { place: "a", value: 8, qualifier: "range", lo: 6, hi: 10, edition: 2019 },
    ]);
    expect(cellsOf(d)[0]).toMatchObject({ value: 8, kind: "range", bound: { kind: "range", lo: 6, hi: 10 } });
  });

  it("bounds a lower bound from below only, and an approximate figure at itself", () => {
    const d = world({ kind: "value", direction: 1 }, [
      { place: "a", value: 500, qualifier: "lower_bound" },
      { place: "b", value: 300, qualifier: "approximate" },
    ]);
    const [a, b] = cellsOf(d);
    expect(a!.bound).toEqual({ kind: "lower_bound", lo: 500, hi: Infinity });
    expect(b!.bound).toEqual({ kind: "approximate", lo: 300, hi: 300 });
  });

  describe("editions", () => {
    const d = world(
      {
        editions: [
          edition(2019, { length: 3, complete: true, level: "city" }),
          edition(2021, { length: 3, complete: true, level: "city" }),
        ],
      },
      [
        { place: "a", value: 1, edition: 2019 },
        { place: "c", value: 2, edition: 2019 },
        { place: "b", value: 1, edition: 2021 },
        { place: "a", value: 2, edition: 2021 },
      ],
    );

    it("reads the latest edition by default, for every place together", () => {
      const cells = cellsOf(d);
      expect(cells.map((c) => c.value)).toEqual([2, 1, 4, 4, null]);
      // c ranked 2nd in 2019 but is absent from the complete 2021 list: beyond it, never filled from 2019.
      expect(cells[2]).toMatchObject({ derived: "beyond_list", year: 2021 });
    });

    it("reads the latest edition at or before asOf", () => {
      expect(cellsOf(d, 2020).map((c) => c.value)).toEqual([1, 4, 2, 4, null]);
      expect(editionAt(d.indicators[0]!, 2020)?.year).toBe(2019);
    });

    it("has no cells before the first edition", () => {
      const cells = cellsOf(d, 2018);
      expect(cells.every((c) => c.missing === "no_edition")).toBe(true);
      expect(missingReason(cells[0]!, 2018)).toBe("no edition by 2018");
    });
  });

  it("takes each place's own latest figure at or before asOf for official statistics (no editions)", () => {
    const d = world({ kind: "value", direction: 1 }, [
      { place: "a", value: 6.73, edition: 2023 },
      { place: "a", value: 6.58, edition: 2024 },
      { place: "b", value: 3.68, edition: 2021 },
    ]);
    expect(cellsOf(d).map((c) => c.value)).toEqual([6.58, 3.68, null, null, null]);
    expect(cellsOf(d, 2023).map((c) => c.value)).toEqual([6.73, 3.68, null, null, null]);
    expect(cellsOf(d)[0]!.year).toBe(2024);
  });
});
