import { describe, expect, it } from "vitest";
import type { Cell, ResolvedCells } from "@/lib/data/cells";
import type { Observation, Source } from "@/lib/data/types";
import { restsOn } from "./rests-on";

const cell = (over: Partial<Cell>): Cell => ({
  value: 1,
  bound: null,
  kind: "exact",
  obs: null,
  derived: null,
  edition: null,
  year: 2024,
  missing: null,
  ...over,
});
const obsFrom = (sourceId: string): Observation => ({
  sourceId,
  place: "p",
  indicator: "i",
  value: 1,
  year: "2024",
  qualifier: "exact",
  note: "",
  alternatives: [],
});

describe(restsOn, () => {
  const sources = new Map<string, Source>([
    ["off", { id: "off", publisher: "P", title: "T", date: "", url: "", covers: "c", grade: "official" }],
    ["rep", { id: "rep", publisher: "P", title: "T", date: "", url: "", covers: "c", grade: "repost" }],
  ]);
  const resolved: ResolvedCells = {
    places: [],
    editions: new Map(),
    cells: new Map([
      [
        "a",
        [
          cell({ year: 2019, obs: obsFrom("off") }),
          cell({ year: 2024, kind: "lower_bound", obs: obsFrom("rep") }),
          cell({ value: null, year: null, kind: null, missing: "not_collected" }),
        ],
      ],
      [
        "b",
        [
          cell({ year: 2026, kind: "beyond_list", derived: "beyond_list" }),
          cell({ year: 2021, derived: "absent_zero" }),
        ],
      ],
      ["unweighted", [cell({ year: 2000 })]],
    ]),
  };

  it("spans the years of the weighted indicators' figures, median the middle one", () => {
    // Years 2019, 2024, 2026, 2021 → sorted 2019, 2021, 2024, 2026: the earlier middle one is 2021.
    expect(restsOn(resolved, ["a", "b"], sources).vintage).toEqual({ from: 2019, to: 2026, median: 2021 });
  });

  it("counts figures by kind, a list's silence apart, and the ones resting on a repost", () => {
    const r = restsOn(resolved, ["a", "b"], sources);
    expect(r.total).toBe(4);
    expect(r.counts).toMatchObject({ exact: 1, lower_bound: 1, beyond_list: 1, absent_zero: 1 });
    expect(r.secondary).toBe(1);
  });

  it("says nothing about years when no figure enters the score", () => {
    expect(restsOn(resolved, [], sources)).toMatchObject({ vintage: null, total: 0 });
  });
});
