import { describe, expect, it } from "vitest";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import type { Dataset } from "@/lib/data/types";
import { BuildError, buildDataset, datasetOf, type BuiltFiles } from "./build";
import { parseResearchTable, type ResearchRow } from "./research";
import type { ResearchFile, Selection, SelectedIndicator } from "./selection-types";

const HEADER = "city,indicator,value,unit,year,source,quote,note";
const CITIES = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"];

function tables(lines: string[], older: string[] = []): Map<ResearchFile, ResearchRow[]> {
  return new Map<ResearchFile, ResearchRow[]>([
    ["topics/compute.csv", parseResearchTable("topics/compute.csv", [HEADER, ...lines].join("\n"))],
    [
      "city-ai-figures.csv",
      parseResearchTable("city-ai-figures.csv", ["city,indicator,value,unit,year,source,note", ...older].join("\n")),
    ],
  ]);
}

function indicator(over: Partial<SelectedIndicator>): SelectedIndicator {
  return {
    id: "rank_x",
    pillar: "p",
    nameEn: "X rank",
    nameZh: "X排名",
    unit: "rank",
    unitZh: "名次",
    direction: -1,
    kind: "rank",
    weight: 5,
    perCapita: false,
    publisher: "Pub",
    definition: "d",
    definitionZh: "d",
    why: "w",
    whyZh: "w",
    rows: { file: "topics/compute.csv", indicator: "x_rank" },
    editions: [{ year: 2021, label: "2021", rowYears: ["2021"], list: { length: 10, complete: true, level: "city" } }],
    ...over,
  };
}

function selection(indicators: SelectedIndicator[]): Selection {
  return {
    composite: { id: "idx", nameEn: "Index", nameZh: "指数" },
    pillars: [{ id: "p", nameEn: "P", nameZh: "P", weight: 1, why: "w" }],
    places: [
      ...CITIES.map((c) => ({
        id: c.toLowerCase(),
        nameEn: c,
        nameZh: c,
        level: "city" as const,
        parent: null,
        researchName: c,
      })),
      { id: "alpha-d", nameEn: "D", nameZh: "D", level: "district", parent: "alpha", researchName: "Alpha-D" },
    ],
    denominators: {},
    sources: [
      {
        id: "src",
        cells: ["http://pub.example/a"],
        publisher: "Pub",
        title: "T",
        date: "2021",
        grade: "repost",
        covers: "c",
      },
      { id: "seed", cells: ["SEED: paper"], publisher: "Pub", title: "T", date: "2025", grade: "media", covers: "c" },
      {
        id: "other",
        cells: ["http://other.example/b"],
        publisher: "Other",
        title: "T",
        date: "",
        grade: "media",
        covers: "c",
      },
    ],
    indicators,
  };
}

const row = (city: string, value: string, note = "", year = "2021", ind = "x_rank", quote = "q") =>
  `${city},${ind},${value},rank,${year},http://pub.example/a,${quote},"${note}"`;

function build(indicators: SelectedIndicator[], lines: string[], older: string[] = [], seed = "seed text") {
  return buildDataset({ selection: selection(indicators), tables: tables(lines, older), seedArticle: seed });
}

const asDataset = (files: BuiltFiles): Dataset => datasetOf(files, { date: "2026-01-01", hash: "00000000" });

const sixRanks = CITIES.slice(0, 5).map((c, k) => row(c, String(k + 1)));

describe(buildDataset, () => {
  it("stores each research row with its value, kind, year, source, note and a ref back to the row", () => {
    const { files } = build([indicator({})], sixRanks);
    expect(files.observations[0]).toEqual({
      place: "alpha",
      indicator: "rank_x",
      value: 1,
      sourceId: "src",
      year: "2021",
      qualifier: "exact",
      edition: 2021,
      ref: "topics/compute.csv#1",
      note: "",
      alternatives: [],
    });
    expect(files.sources.map((s) => s.id)).toEqual(["src"]);
    expect(files.sources[0]).toMatchObject({ url: "http://pub.example/a", grade: "repost" });
  });

  it("reads a place absent from a complete top-10 list as beyond 10 (rank 11) in the engine input", () => {
    const { files } = build([indicator({})], sixRanks);
    const input = engineInputFromDataset(asDataset(files), "absolute");
    // Zeta is not on the complete top 10: N + 1 = 11, between 11 and max(11, 6 cities) = 11.
    expect(input.values["rank_x"]).toEqual([1, 2, 3, 4, 5, 11]);
    expect(input.bounds!["rank_x"]![5]).toEqual({ kind: "beyond_list", lo: 11, hi: 11 });
  });

  it("does not put places beyond an incomplete list: they stay missing", () => {
    const incomplete = indicator({
      editions: [
        { year: 2021, label: "2021", rowYears: ["2021"], list: { length: 10, complete: false, level: "city" } },
      ],
    });
    const input = engineInputFromDataset(asDataset(build([incomplete], sixRanks).files), "absolute");
    expect(input.values["rank_x"]![5]).toBeNull();
    expect(input.missingReasons!["rank_x"]![5]).toBe("not in our data");
  });

  it("never stores a province row as a city's, and says why it left it out", () => {
    const { files, report } = build([indicator({})], [...sixRanks, row("Guangdong (province)", "6")]);
    expect(files.observations.some((o) => o.ref === "topics/compute.csv#6")).toBe(false);
    expect(report.omitted).toEqual([
      {
        indicator: "rank_x",
        ref: "topics/compute.csv#6",
        why: "Guangdong (province): a province or the nation, never a place",
      },
    ]);
  });

  it("stores a district's row under the district, never under its city", () => {
    const ind = indicator({ kind: "value", direction: 1, editions: undefined });
    const { files } = build([ind], [row("Alpha-D", "731", "", "2026-07"), ...sixRanks]);
    const d = files.observations.find((o) => o.ref === "topics/compute.csv#1");
    expect(d).toMatchObject({ place: "alpha-d", value: 731, edition: 2026 });
  });

  it("leaves out plans, targets and estimates", () => {
    const { files, report } = build(
      [indicator({})],
      [...sixRanks, row("Zeta", "6", "TARGET (2023 plan), NOT achieved")],
    );
    expect(files.observations.some((o) => o.place === "zeta")).toBe(false);
    expect(report.omitted[0]!.why).toMatch(/plan, target or estimate/);
  });

  it("reads the kind from the wording: a range A-B at its midpoint, LOWER BOUND, APPROXIMATE, ROUNDED", () => {
    const ind = indicator({ kind: "value", direction: 1, editions: undefined });
    const { files } = build(
      [ind],
      [
        row("Alpha", "6-10"),
        row("Beta", "500", "LOWER BOUND ('超')"),
        row("Gamma", "300", "APPROXIMATE ('近')"),
        row("Delta", "23500", "ROUNDED (2.35万亿)"),
        row("Epsilon", "42"),
      ],
    );
    expect(files.observations.map((o) => [o.value, o.qualifier, o.lo, o.hi])).toEqual([
      [8, "range", 6, 10],
      [500, "lower_bound", undefined, undefined],
      [300, "approximate", undefined, undefined],
      [23500, "approximate", undefined, undefined],
      [42, "exact", undefined, undefined],
    ]);
  });

  it("marks an indicator with fewer than 5 cities reporting, or districts only, as context (never scored)", () => {
    const few = build([indicator({})], sixRanks.slice(0, 4)).files.indicators[0]!;
    expect(few).toMatchObject({ role: "context", contextReason: "few_places", weight: 0 });
    const district = indicator({ kind: "value", direction: 1, editions: undefined });
    expect(build([district], [row("Alpha-D", "12300")]).files.indicators[0]).toMatchObject({
      role: "context",
      contextReason: "district_only",
    });
    expect(build([indicator({})], sixRanks).files.indicators[0]).toMatchObject({ role: "scored", weight: 5 });
  });

  it("keeps another publisher's figure for the same place beside it, as provenance only", () => {
    const ind = indicator({ alternatives: [{ file: "topics/compute.csv", indicator: "x_other" }] });
    const other = "Alpha,x_other,7,rank,2021,http://other.example/b,q,another list";
    const orphan = "Zeta,x_other,9,rank,2021,http://other.example/b,q,";
    const { files, report } = build([ind], [...sixRanks, other, orphan]);
    expect(files.observations[0]!.alternatives).toEqual([
      {
        sourceId: "other",
        value: 7,
        year: "2021",
        qualifier: "exact",
        note: "another list",
        ref: "topics/compute.csv#6",
        researchIndicator: "x_other",
      },
    ]);
    expect(report.unattached.map((u) => u.ref)).toEqual(["topics/compute.csv#7"]);
  });

  it("requires a quote: the topic tables' own, or for the older table one found in the seed article", () => {
    expect(() => build([indicator({})], [row("Alpha", "1", "", "2021", "x_rank", "")])).toThrow(/has no quote/);
    const older = indicator({ rows: { file: "city-ai-figures.csv", indicator: "x_rank" } });
    const seedRow = "Alpha,x_rank,1,rank,2021,SEED: paper,note";
    expect(() => build([older], [], [seedRow], "no such words")).toThrow(/the older table has no quote/);
    expect(() => build([{ ...older, quotes: { Alpha: "北京第一" } }], [], [seedRow], "其他")).toThrow(
      /not found in the seed/,
    );
    expect(
      build([{ ...older, quotes: { Alpha: "北京第一" } }], [], [seedRow], "…北京第一…").files.observations,
    ).toHaveLength(1);
  });

  it("fails on a row without a source record, a year in no edition, or two figures for one place and edition", () => {
    const unsourced = "Alpha,x_rank,1,rank,2021,http://nowhere.example,q,";
    expect(() => build([indicator({})], [unsourced])).toThrow(/no source record/);
    expect(() => build([indicator({})], [row("Alpha", "1", "", "2019")])).toThrow(/belongs to no edition/);
    let e: unknown = null;
    try {
      build([indicator({})], [row("Alpha", "1"), row("Alpha", "2")]);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(BuildError);
    expect((e as BuildError).problems[0]).toMatch(/a second figure for alpha in 2021/);
  });
});
