import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { chartSvg, tableFile } from "./files";
import { reportJson } from "./json";
import { viewTable } from "./report";
import { reportFor } from "./test-fixture";
import { changesTable, editionsTable, mapTable, trendTable } from "./time-report";

const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

describe("time in every export", () => {
  it("says which year the view is as of and which edition of each indicator it reads", () => {
    const { input } = reportFor("yr=2019");
    expect(viewTable(input).rows).toContainEqual(["Data as of", 2019]);
    const editions = editionsTable(input);
    expect(editions.rows.find((r) => r[0] === "ai_city_rank_idc")).toEqual([
      "ai_city_rank_idc",
      "AI city ranking (IDC × Inspur)",
      "edition",
      "2019-2020 report, AICC2019",
      2019,
      2018,
    ]);
    expect(editions.rows.find((r) => r[0] === "genai_service_filings")?.[2]).toBe("no edition yet");
    expect(viewTable(reportFor("").input).rows).toContainEqual(["Data as of", "latest editions"]);
  });

  it("puts the year and the editions in the JSON", () => {
    const { input, view } = reportFor("yr=2021");
    const doc = JSON.parse(reportJson(input, view, "yr=2021"));
    expect(doc.asOf).toBe(2021);
    expect(doc.view.time.asOf).toBe(2021);
    expect(doc.editions.find((e: { id: string }) => e.id === "ai_city_rank_idc").label).toMatch(/2021/);
  });
});

describe("trends tab exports", () => {
  const { input, derived, view } = reportFor("tab=trends&tp=hangzhou,beijing&yr2=2019");

  it("writes the trend as rows of year × place, the same ranks the page draws", async () => {
    const t = trendTable(input);
    const series = derived.time!.trends.series;
    expect(t.rows).toHaveLength(series.length * derived.time!.trends.years.length);
    const hz2021 = t.rows.find((r) => r[0] === 2021 && r[1] === "hangzhou")!;
    const point = series.find((s) => s.id === "hangzhou")!.points.find((p) => p.year === 2021)!;
    expect(hz2021.slice(0, 6)).toEqual([2021, "hangzhou", "Hangzhou", point.rank, point.of, point.score]);
    const file = await tableFile("trend-csv", input, view, "");
    expect(file.name).toMatch(/_trend\.csv$/);
    expect(csvRows(String(file.data))[0]).toEqual(t.header);
  });

  it("writes what changed since the chosen year, with every place and the editions that changed", () => {
    const c = changesTable(input);
    const places = c.rows.filter((r) => r.length > 4);
    expect(places).toHaveLength(20);
    expect(places.every((r) => r[0] === 2019 && r[1] === 2026)).toBe(true);
    expect(c.rows.some((r) => r[0] === "ai_city_rank_idc")).toBe(true);
  });

  it("draws the rank over the years as a chart with the places named", () => {
    const svg = String(chartSvg(input, "trend", { series: [], stacked: true, compare: [], pair: null }).data);
    expect(svg).toContain("Rank over the years");
    expect(svg).toContain(">Hangzhou<");
    expect(svg).toContain(">Beijing<");
  });
});

describe("map tab exports", () => {
  const { input, view } = reportFor("tab=map&mm=ai_city_rank_idc");

  it("writes the map as a table with each place's coordinates and GeoNames record", async () => {
    const t = mapTable(input);
    const beijing = t.rows.find((r) => r[1] === "beijing")!;
    expect(beijing.slice(5)).toEqual([39.9075, 116.39723, 1816670, "Beijing", "https://www.geonames.org/1816670"]);
    // The IDC ranking's published position beside the measure's score: Beijing 1st, the best score 100.
    expect(beijing.slice(3, 5)).toEqual([100, 1]);
    const file = await tableFile("map-csv", input, view, "");
    expect(csvRows(String(file.data))).toHaveLength(21);
  });

  it("draws the map with its grid, names and the gazetteer in the footer, and no boundary", () => {
    const svg = String(chartSvg(input, "map", { series: [], stacked: true, compare: [], pair: null }).data);
    expect(svg).toContain("Map: AI city ranking");
    expect(svg).toContain(">Beijing<");
    expect(svg).toContain("40°N");
    expect(svg).toContain("GeoNames");
    expect(svg).not.toMatch(/<polygon|<polyline/);
  });
});

describe("charts and print as of a year", () => {
  it("say the year and how many indicators are in use under the method line", () => {
    const { input } = reportFor("yr=2019");
    const svg = String(chartSvg(input, "ranking", { series: [], stacked: true, compare: [], pair: null }).data);
    expect(svg).toMatch(/Data as of 2019: each indicator on its latest edition by then; \d+ of 30 indicators in use\./);
    const latest = String(
      chartSvg(reportFor("").input, "ranking", { series: [], stacked: true, compare: [], pair: null }).data,
    );
    expect(latest).not.toContain("Data as of");
  });
});
