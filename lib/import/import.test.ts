import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { baseDataset } from "@/lib/data/test-fixture";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import { score } from "@/lib/scoring/score";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { datasetFromCsvPair } from "./csv-pair";
import { datasetFromJson } from "./dataset-json";
import { decodeText } from "./decode";
import { detectImport } from "./detect";
import { applyMethod } from "./method";
import { datasetFromWide, readWideCsv, type WideChoice } from "./wide";
import type { ImportResult } from "./types";

const TODAY = "2026-11-29";
const META = `id,name,parent,direction,weight,transform,goalpost_min,goalpost_max,aggregation,unit
city_index,City index,,,,,,,arithmetic,
talent,Talent,city_index,,2,,,,geometric,
capital,Capital,city_index,,1,,,,,
scholars,AI scholars,talent,1,1,log1p,,,,persons
rank_liepin,Liepin rank,talent,-1,1,none,1,10,,rank
vc,VC amount,capital,1,1,ln,,,,CNY bn
`;
const DATA = `id,name,scholars,rank_liepin,vc
beijing,Beijing,1200,1,500
hangzhou,Hangzhou,300,4,
shenzhen,"Shenzhen, Guangdong",450,3,200
`;

const pair = (data: string, meta = META) =>
  datasetFromCsvPair({ name: "data.csv", text: data }, { name: "meta.csv", text: meta }, TODAY);
const errorsOf = <T>(r: ImportResult<T>) => (r.ok ? [] : r.errors);

describe(decodeText, () => {
  it("reads UTF-8 with and without a byte-order mark, and UTF-16 with one", () => {
    const utf8 = new TextEncoder().encode("城市,值\n北京,1\n");
    expect(decodeText(utf8, "a.csv")).toEqual({ text: "城市,值\n北京,1\n" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), "a.csv")).toEqual({ text: "城市,值\n北京,1\n" });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("id", (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(decodeText(utf16, "u.csv")).toEqual({ text: "id" });
  });
  it("refuses GBK (or any non-UTF-8) bytes rather than showing garbled names", () => {
    // "北京" in GBK: B1 B1 BE A9 — not valid UTF-8.
    const r = decodeText(new Uint8Array([0xb1, 0xb1, 0xbe, 0xa9]), "gbk.csv");
    expect(r).toEqual({
      error: { file: "gbk.csv", row: null, column: null, reason: expect.stringContaining("not UTF-8") },
    });
  });
});

describe(detectImport, () => {
  const csv = (name: string, text = "id,x\na,1\n") => ({ name, text });
  it("tells a CSV pair (the file with a parent column is meta.csv), a JSON and a wide CSV apart", () => {
    expect(detectImport([csv("m.csv", META), csv("d.csv", DATA)])).toMatchObject({
      kind: "csv-pair",
      meta: { name: "m.csv" },
    });
    expect(detectImport([csv("x.json", "{}")])).toMatchObject({ kind: "dataset-json" });
    expect(detectImport([csv("w.csv")])).toMatchObject({ kind: "wide-csv" });
  });
  it.each([
    [[{ name: "book.xlsx", text: "" }], "save the sheet as CSV UTF-8"],
    [[{ name: "notes.pdf", text: "" }], "not a .csv or .json"],
    [[csv("a.csv"), csv("b.csv"), csv("c.csv")], "choose one file"],
    [[csv("a.json", "{}"), csv("b.csv")], "imported on its own"],
    [[csv("meta.csv", META)], "import it together with its data.csv"],
    [[csv("a.csv"), csv("b.csv")], "neither file is a meta.csv"],
    [[csv("a.csv", META), csv("b.csv", META)], "both files have a parent column"],
    [[], "no file"],
  ])("names the problem with %j", (files, reason) => {
    const r = detectImport(files);
    expect(r.kind).toBe("error");
    if (r.kind === "error") expect(r.errors[0]!.reason).toContain(reason);
  });
});

describe("CSV pair import", () => {
  it("shapes the pair into composite → pillars → indicators, keeps names and the meta's method", () => {
    const r = pair(DATA);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { dataset, method } = r.value;
    expect(dataset.composite).toEqual({ id: "city_index", nameEn: "City index", nameZh: "City index" });
    expect(dataset.pillars.map((p) => [p.id, p.weight])).toEqual([
      ["talent", 2],
      ["capital", 1],
    ]);
    expect(dataset.indicators.map((i) => [i.id, i.kind, i.direction, i.unit])).toEqual([
      ["scholars", "value", 1, "persons"],
      ["rank_liepin", "rank", -1, "rank"],
      ["vc", "value", 1, "CNY bn"],
    ]);
    expect(dataset.places.map((p) => p.nameEn)).toEqual(["Beijing", "Hangzhou", "Shenzhen, Guangdong"]);
    // Hangzhou's empty vc cell is missing, not 0: 3 places × 3 indicators − 1 = 8 observations.
    expect(dataset.observations).toHaveLength(8);
    expect(dataset.observations.every((o) => o.sourceId === "imported-file")).toBe(true);
    expect(method).toEqual({
      aggregation: { city_index: "arithmetic", talent: "geometric" },
      transform: { scholars: "log1p", vc: "ln" },
      goalposts: { rank_liepin: { min: 1, max: 10 } },
      target: {},
    });
  });

  it("reads semicolons, a byte-order mark and Chinese names", () => {
    const data = "\uFEFFid;name;scholars;rank_liepin;vc\nbeijing;北京;1200;1;500\nhangzhou;杭州;300;4;\n";
    const r = pair(data);
    expect(r.ok && r.value.dataset.places.map((p) => p.nameZh)).toEqual(["北京", "杭州"]);
  });

  it.each([
    [
      "a figure that is not a number",
      DATA.replace("300", "n/a"),
      META,
      { file: "data.csv", row: 3, column: "scholars" },
      "is not a number",
    ],
    [
      "a thousands separator",
      DATA.replace("1200", '"1,200"'),
      META,
      { file: "data.csv", row: 2, column: "scholars" },
      "is not a number",
    ],
    [
      "an empty place id",
      DATA.replace("hangzhou,Hangzhou", ",Hangzhou"),
      META,
      { file: "data.csv", row: 3, column: "id" },
      "empty id",
    ],
    [
      "no id column",
      DATA.replace("id,name", "code,name"),
      META,
      { file: "data.csv", row: 1, column: "id" },
      'no "id" column',
    ],
    [
      "a repeated column",
      DATA.replace("vc\n", "vc,vc\n"),
      META,
      { file: "data.csv", row: 1, column: "vc" },
      "more than once",
    ],
    [
      "a bad direction",
      DATA,
      META.replace("scholars,AI scholars,talent,1,", "scholars,AI scholars,talent,up,"),
      { file: "meta.csv", row: 5, column: "direction" },
      "must be 1",
    ],
    [
      "a bad weight",
      DATA,
      META.replace("capital,Capital,city_index,,1,", "capital,Capital,city_index,,heavy,"),
      { file: "meta.csv", row: 4, column: "weight" },
      "is not a number",
    ],
    [
      "one goalpost only",
      DATA,
      META.replace("none,1,10,", "none,1,,"),
      { file: "meta.csv", row: 6, column: "goalpost_max" },
      "both goalpost_min and goalpost_max",
    ],
    [
      "a missing meta column",
      DATA,
      META.replace(",unit\n", "\n"),
      { file: "meta.csv", row: 1, column: "unit" },
      "missing column",
    ],
  ])("names file, row and column for %s", (_what, data, meta, at, reason) => {
    const errors = errorsOf(pair(data, meta));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject(at);
    expect(errors[0]!.reason).toContain(reason);
  });

  it("refuses a framework deeper than composite → pillars → indicators, naming the row", () => {
    const meta = `${META}sub,Sub-pillar,talent,,1,,,,,\nx,Deep,sub,1,1,,,,,u\n`;
    const errors = errorsOf(pair("id,name,scholars,rank_liepin,vc,x\nbeijing,B,1,1,1,1\n", meta));
    expect(errors[0]).toMatchObject({ file: "meta.csv", row: 8, column: "parent" });
    expect(errors[0]!.reason).toContain("third level");
  });

  it("imports the UNDP HDI pair and, with its goalposts, transforms and geometric mean, gives the published HDI", () => {
    const dir = "tests/fixtures/hdi-2022";
    const r = datasetFromCsvPair(
      { name: "data.csv", text: readFileSync(`${dir}/data.csv`, "utf8") },
      { name: "meta.csv", text: readFileSync(`${dir}/meta.csv`, "utf8") },
      TODAY,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const input = applyMethod(engineInputFromDataset(r.value.dataset, "absolute"), r.value.method);
    const result = score(input, {
      ...DEFAULT_SCORING_OPTIONS,
      normalization: "goalposts",
      coverageThreshold: 1,
      rankDecimals: 1,
    });
    const expected = Papa.parse<Record<string, string>>(readFileSync(`${dir}/expected_all193.csv`, "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data.map((r) => [r.iso3, r.hdi, r.hdi_rank_global_published]);
    const byId = new Map(result.places.map((p) => [p.id, p]));
    // Every country: published HDI to 3 decimals and published rank (ids are lower-cased on import: CHE → che).
    let checked = 0;
    for (const [iso, hdi, rank] of expected) {
      const p = byId.get(iso!.toLowerCase())!;
      expect(((p.score ?? NaN) / 100).toFixed(3), iso).toBe(Number(hdi).toFixed(3));
      expect(p.rank, iso).toBe(Number(rank));
      checked++;
    }
    expect(checked).toBe(193);
  });
});

describe("dataset JSON import", () => {
  it("accepts a valid dataset", () => {
    expect(datasetFromJson(JSON.stringify(baseDataset()), "d.json").ok).toBe(true);
  });
  it("names the line of a JSON syntax error", () => {
    const errors = errorsOf(datasetFromJson('{\n  "version": {\n    "date": 1,,\n}', "bad.json"));
    expect(errors[0]).toMatchObject({ file: "bad.json", row: 3 });
    expect(errors[0]!.reason).toContain("not valid JSON");
  });
  it("names record and field of a schema error, like data:check", () => {
    const d = baseDataset() as unknown as { observations: { value: unknown }[] };
    d.observations[0]!.value = "12";
    const errors = errorsOf(datasetFromJson(JSON.stringify(d), "d.json"));
    expect(errors[0]!.column).toMatch(/^observations\[0\] \(.+ × .+\) › value$/);
  });
  it("names a cross-record error (a value without a known source)", () => {
    const d = baseDataset();
    d.observations[0]!.sourceId = "nobody";
    expect(errorsOf(datasetFromJson(JSON.stringify(d), "d.json"))[0]!.reason).toContain('unknown source id "nobody"');
  });
});

describe("wide CSV import", () => {
  const WIDE = "城市;AI企业数（家）;人才排名;备注\n北京;1200;1;首都\n杭州;300;4;\n深圳;;3;特区\n";
  const confirm = (n: number, over: Partial<WideChoice> = {}): WideChoice[] =>
    Array.from({ length: n }, (_, k) => ({
      index: k + 1,
      include: true,
      direction: 1,
      pillar: "",
      weight: 1,
      ...over,
    }));

  it("finds the names, the figure columns and the text columns, and proposes lower-is-better for a rank", () => {
    const r = readWideCsv(WIDE, "cities.csv");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.nameColumn).toBe(0);
    expect(r.value.indicators.map((c) => [c.header, c.direction, c.numeric])).toEqual([
      ["AI企业数（家）", 1, 2],
      ["人才排名", -1, 3],
    ]);
    expect(r.value.ignored).toEqual(["备注"]);
  });

  it("builds the dataset the user confirmed: directions, pillars, weights, units from the header", () => {
    const t = readWideCsv(WIDE, "cities.csv");
    if (!t.ok) throw new Error("unreadable");
    const r = datasetFromWide(
      t.value,
      [
        { index: 1, include: true, direction: 1, pillar: "产业", weight: 2 },
        { index: 2, include: true, direction: -1, pillar: "人才", weight: 1 },
      ],
      TODAY,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value;
    expect(d.places.map((p) => p.nameZh)).toEqual(["北京", "杭州", "深圳"]);
    expect(d.pillars.map((p) => p.nameZh)).toEqual(["产业", "人才"]);
    expect(d.indicators.map((i) => [i.nameZh, i.unit, i.direction, i.weight])).toEqual([
      ["AI企业数（家）", "家", 1, 2],
      ["人才排名", "—", -1, 1],
    ]);
    // Shenzhen's empty cell is missing: 2 + 3 observations.
    expect(d.observations).toHaveLength(5);
  });

  it("renames a 'rank' column that is not a position, so the data rules do not misread it", () => {
    const t = readWideCsv("name,rank score\nA,0.5\nB,0.7\n", "w.csv");
    if (!t.ok) throw new Error("unreadable");
    const r = datasetFromWide(t.value, confirm(1), TODAY);
    expect(r.ok && r.value.indicators.map((i) => [i.id, i.kind])).toEqual([["ranking_score", "value"]]);
  });

  it.each([
    ["a cell that is not a number", "name,x,y\nA,1,2\nB,3,abc\n", { row: 3, column: "y" }, '"abc" is not a number'],
    ["a row with too many cells", "name,x\nA,1\nB,2,3\n", { row: 3, column: null }, "3 cells where the header has 2"],
    ["a column without a header", "name,,y\nA,1,2\n", { row: 1, column: "#2" }, "no header"],
    ["a repeated header", "name,x,x\nA,1,2\n", { row: 1, column: "x" }, "more than once"],
    ["a repeated place", "name,x\nA,1\nA,2\n", { row: 3, column: "name" }, "appears twice"],
    ["a place without a name", "name,x\nA,1\n,2\n", { row: 3, column: "name" }, "no place name"],
    ["no figures at all", "name,note\nA,x\n", { row: 1, column: null }, "no column of figures"],
    ["no names at all", "x,y\n1,2\n", { row: 1, column: null }, "no column of place names"],
    ["no rows", "name,x\n", { row: null, column: null }, "no rows"],
  ])("names row and column for %s", (_what, text, at, reason) => {
    const errors = errorsOf(readWideCsv(text, "w.csv"));
    expect(errors[0]).toMatchObject({ file: "w.csv", ...at });
    expect(errors[0]!.reason).toContain(reason);
  });

  it("asks for at least one column", () => {
    const t = readWideCsv("name,x\nA,1\n", "w.csv");
    if (!t.ok) throw new Error("unreadable");
    expect(errorsOf(datasetFromWide(t.value, confirm(1, { include: false }), TODAY))[0]!.reason).toContain(
      "at least one",
    );
  });
});
