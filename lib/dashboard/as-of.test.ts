import { describe, expect, it } from "vitest";
import { viewContextFor } from "@/lib/dashboard/context";
import { editionsDataset } from "@/lib/dashboard/time-fixture";
import { parseView } from "@/lib/view/codec";
import { datedYears, editionsInUse, inputAsOf, runAsOf } from "./as-of";
import { leftOutAsOf } from "./editions";

const d = editionsDataset();
const ctx = viewContextFor(d);
const view = (q = "") => parseView(q, ctx).view;
const ranks = (year: number) =>
  Object.fromEntries(runAsOf(d, view(), year).result!.places.map((p) => [p.id, [p.rank, p.score]]));

describe("a view as of a year", () => {
  it("knows the data's dated years, and the codec lets a view be as of any year between them", () => {
    expect(datedYears(d)).toEqual([2018, 2019, 2021]);
    expect(ctx.years).toEqual([2018, 2019, 2021]);
    expect(view("yr=2020").time.asOf).toBe(2020);
  });

  it("ranks B 3rd as of 2019 and 1st as of 2021, because the IDC edition changed (hand-checked)", () => {
    // Equal weights, min-max, arithmetic: composite = (n_idc + n_base) / 2.
    // base (2018 figures 10, 20, 30) → n = 0, 50, 100 for A, B, C in every year from 2018.
    // As of 2019, IDC 2019 ranks A 1, B 3, C 2 (lower is better) → n = 100, 0, 50;
    //   composite A (100 + 0)/2 = 50, B (0 + 50)/2 = 25, C (50 + 100)/2 = 75 → C 1st, A 2nd, B 3rd.
    // As of 2021, IDC 2021 ranks A 2, B 1, C 3 → n = 50, 100, 0;
    //   composite A 25, B 75, C 50 → B 1st, C 2nd, A 3rd.
    expect(ranks(2019)).toEqual({ c: [1, 75], a: [2, 50], b: [3, 25] });
    expect(ranks(2021)).toEqual({ b: [1, 75], c: [2, 50], a: [3, 25] });
    // 2020 has no edition of its own: the 2019 edition is still the latest.
    expect(ranks(2020)).toEqual(ranks(2019));
  });

  it("leaves out an indicator with no edition yet, and scores nothing before any figure is dated", () => {
    // As of 2018 only base exists: composite = n_base = 0, 50, 100 → C, B, A.
    expect(ranks(2018)).toEqual({ c: [1, 100], b: [2, 50], a: [3, 0] });
    expect(Object.keys(inputAsOf(d, view(), 2018).values)).toEqual(["base"]);
    const before = runAsOf(d, view(), 2017);
    expect(before.result).toBeNull();
    expect(before.note).toBe("no edition by 2017");
  });

  it("reads the latest editions when the view names no year", () => {
    const latest = inputAsOf(d, view(), null);
    expect(latest.values.idc).toEqual([2, 1, 3]);
  });

  it("says which edition of each indicator is in use", () => {
    expect(editionsInUse(d, 2020, "en")).toEqual([
      { id: "idc", name: "IDC AI city rank", status: "edition", label: "2019-2020 report", year: 2019, first: 2019 },
      { id: "base", name: "Base statistic", status: "series", label: null, year: null, first: 2018 },
    ]);
    expect(editionsInUse(d, 2018, "zh")[0]).toMatchObject({
      name: "IDC人工智能城市排名",
      status: "not_yet",
      first: 2019,
    });
    expect(editionsInUse(d, null, "en")[0]).toMatchObject({ label: "2021-2022 report" });
  });
});

describe("leftOutAsOf", () => {
  it("names the indicators with no edition yet, and a pillar none of whose indicators is left", () => {
    const pillars = [
      { id: "talent", indicators: [{ id: "idc" }, { id: "base" }] },
      { id: "capital", indicators: [{ id: "idc2" }] },
    ];
    const editions = [
      ...editionsInUse(d, 2018, "en"),
      { id: "idc2", name: "x", status: "not_yet" as const, label: null, year: null, first: 2020 },
    ];
    expect([...leftOutAsOf(editions, pillars)].sort()).toEqual(["capital", "idc", "idc2"]);
  });
});
