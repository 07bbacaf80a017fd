import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { baseDataset } from "@/lib/data/test-fixture";
import { chartContext, yearSpan } from "./chart-context";
import { frameChart } from "./chart-frame";
import { gapChart, rankingChart } from "./charts";
import { tableToCsv } from "./csv";
import { reportJson } from "./json";
import { provenanceTable, resultsTable, viewTable } from "./report";
import { reportFor } from "./test-fixture";
import { tablesToXlsx } from "./xlsx";

/** The bundled dataset with one place renamed to a formula, as a hostile import or edit could. */
function hostile() {
  const d = baseDataset();
  d.places[0]!.nameEn = '=HYPERLINK("http://evil.example","x")';
  d.places[1]!.nameEn = "@SUM(A1:A9)";
  return d;
}

describe("results table", () => {
  it("has one row per place in rank order with the composite, coverage in percent and every pillar and figure", () => {
    const { input } = reportFor("w=talent:9");
    const t = resultsTable(input);
    expect(t.rows).toHaveLength(input.rows.length);
    expect(t.header.slice(0, 7)).toEqual([
      "Rank",
      "Place ID",
      "Place",
      "Composite (0–100)",
      "Coverage (%)",
      "Status",
      "Why not ranked",
    ]);
    // 7 fixed columns + one per pillar + two per indicator.
    expect(t.header).toHaveLength(7 + input.pillars.length + 2 * input.indicators.length);
    const first = input.rows[0]!;
    expect(t.rows[0]!.slice(0, 5)).toEqual([first.rank, first.id, first.name, first.score, first.coverage * 100]);
    const ranks = t.rows.map((r) => r[0]).filter((x): x is number => typeof x === "number");
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("leaves a missing figure empty, never 0", () => {
    const { input } = reportFor("");
    const t = resultsTable(input);
    const col = t.header.indexOf("AI scholars (district-reported) — figure (persons)");
    expect(col).toBeGreaterThan(0);
    const beijing = t.rows.find((r) => r[1] === "beijing")!;
    expect(beijing[col]).toBeNull();
  });
});

describe("districts (issue 16)", () => {
  it("end the results with level, city, code and, per count, the share of the city and the cancelled filings", () => {
    const { input } = reportFor("lv=district");
    const t = resultsTable(input);
    const at = (h: string) => t.header.indexOf(h);
    expect(t.header.slice(-7)).toEqual([
      "Places",
      "City",
      "Code",
      "Deep-synthesis algorithm filings (CAC): share of city (%)",
      "Deep-synthesis algorithm filings (CAC): of which cancelled",
      "Generative-AI service filings (CAC, placed by filer's district): share of city (%)",
      "Generative-AI service filings (CAC, placed by filer's district): of which cancelled",
    ]);
    const haidian = t.rows.find((r) => r[1] === "beijing-haidian")!;
    // 731 of Beijing's 1,611 filings = 45.375…%; 5 cancelled; the generative-AI count is a lower bound: no share.
    expect(haidian[at("City")]).toBe("Beijing");
    expect(haidian[at("Code")]).toBe("110108");
    expect(haidian.slice(-4)).toEqual([(731 / 1611) * 100, 5, null, null]);
    const json = JSON.parse(reportJson(input, reportFor("lv=district").view, "lv=district"));
    const place = json.places.find((p: { id: string }) => p.id === "hangzhou-yuhang");
    expect(place).toMatchObject({ level: "district", city: "hangzhou", division: "330110" });
    expect(place.shareOfCity.deep_synthesis_filings).toBeCloseTo(416 / 880, 12);
    expect(place.cancelled.deep_synthesis_filings).toBe(10);
  });

  it("add nothing for cities only", () => {
    const t = resultsTable(reportFor("").input);
    expect(t.header).not.toContain("Code");
  });
});

describe("CSV", () => {
  it("starts with a byte-order mark, neutralises formulas and prints numbers at 12 significant digits", () => {
    const { input } = reportFor("", { dataset: hostile() });
    const csv = tableToCsv(resultsTable(input));
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const names = rows.slice(1).map((r) => r[2]);
    expect(names).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(names).toContain("'@SUM(A1:A9)");
    for (const r of rows.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+@\t\r]/);
    // Beijing's coverage is a plain number on 0–100.
    const cov = rows.slice(1).map((r) => Number(r[4]));
    for (const c of cov) expect(c).toBeGreaterThanOrEqual(0);
  });

  it("round-trips the scores of the table", () => {
    const { input } = reportFor("n=zscore");
    const rows = Papa.parse<string[]>(tableToCsv(resultsTable(input)).slice(1), { skipEmptyLines: true }).data;
    input.rows.forEach((p, k) => {
      const r = rows[k + 1]!;
      expect(r[1]).toBe(p.id);
      if (p.score === null) expect(r[3]).toBe("");
      else expect(Number(r[3])).toBeCloseTo(p.score, 9);
    });
  });
});

describe("XLSX", () => {
  it("has results, provenance and view sheets whose cells match the tables, formulas neutralised", async () => {
    const { input } = reportFor("w=capital:8&cov=20", { dataset: hostile() });
    const bytes = await tablesToXlsx([resultsTable(input), provenanceTable(input), viewTable(input)], {
      title: "t",
      created: new Date(0),
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Results", "Provenance", "View"]);
    const res = wb.getWorksheet("Results")!;
    const results = resultsTable(input);
    expect(res.rowCount).toBe(results.rows.length + 1);
    results.rows.forEach((r, k) => {
      const row = res.getRow(k + 2);
      expect(row.getCell(2).value).toBe(r[1]);
      const score = r[3];
      if (typeof score === "number") expect(row.getCell(4).value).toBeCloseTo(score, 9);
      else expect(row.getCell(4).value).toBeNull();
    });
    const names = results.rows.map((_, k) => String(res.getRow(k + 2).getCell(3).value));
    expect(names).toContain(`'=HYPERLINK("http://evil.example","x")`);
    // No cell anywhere is a formula.
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    const view = wb.getWorksheet("View")!;
    const settings = new Map<string, unknown>();
    view.eachRow((row) => settings.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(settings.get("Link to this view")).toBe("https://example.org/?w=capital:8&cov=20");
    expect(settings.get("Minimum coverage (%)")).toBe(20);
    expect(settings.get("Dataset revision")).toBe("2025-01-01.0123abcd");
  });
});

describe("JSON", () => {
  it("carries the link, the parsed view, the method, the data version and each figure's provenance", () => {
    const { input, view } = reportFor("w=talent:9&n=rank");
    const doc = JSON.parse(reportJson(input, view, "w=talent:9&n=rank"));
    expect(doc.format).toBe("ai-city-index/view-export");
    expect(doc.query).toBe("w=talent:9&n=rank");
    expect(doc.method.normalization).toBe("rank");
    expect(doc.view.weights.talent).toBe(9);
    expect(doc.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    const beijing = doc.places.find((p: { id: string }) => p.id === "beijing");
    const f = beijing.figures.ai_tech_talent_demand_share;
    expect(f.published).toBe(21.17);
    expect(f.provenance.year).toBe("~2024-25 (past 12 months)");
    expect(f.provenance.source).toMatch(/Liepin/);
    // The CAC filings placed by district code (a lower bound); the exact count by 属地 is kept as an alternative.
    const g = beijing.figures.genai_service_filings;
    expect([g.published, g.provenance.year, g.provenance.qualifier]).toEqual([189, "2026-08", "lower_bound"]);
    expect(g.provenance.alternatives[0].value).toBe(294);
  });
});

describe("exported charts", () => {
  it("draw the title, the weights in force, the years and a source line into the SVG", () => {
    const { input, derived } = reportFor("w=talent:10,capital:0");
    const svg = frameChart(
      chartContext(input, "Composite ranking"),
      rankingChart(input.rows, derived.series, true, { coverage: (p) => `coverage ${p}` }),
    );
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("AI city competitiveness — Composite ranking");
    // Pillar ratings talent 10, research 3, industry 5, capital 0, compute 4, rankings 3 (sum 25) → 40%, 12%, 20%, 0%,
    // 16%, 12% (the line wraps after Capital).
    expect(svg).toContain(
      "Weights in force: Talent 40% · Research &#38; innovation 12% · Industry &#38; models 20% · Capital 0% · Compute",
    );
    expect(svg).toMatch(/Figures dated 20\d\d–20\d\d/);
    // Only the publishers of figures in use: the census sources of population figures are not cited.
    expect(svg).toMatch(/Sources: [^<]*Liepin/);
    expect(svg).not.toContain("City Population");
    expect(svg).toContain("https://example.org/?w=talent:10,capital:0");
  });

  it("escapes names from data", () => {
    const d = baseDataset();
    d.places[0]!.nameEn = "<script>alert(1)</script>";
    // Every place in the chart, whatever its coverage (the default minimum of 60 % is not what this test is about).
    const { input, derived } = reportFor("v=2&cov=0", { dataset: d });
    const svg = frameChart(
      chartContext(input, "x"),
      rankingChart(input.rows, derived.series, true, { coverage: (p) => p }),
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&#60;script&#62;");
  });

  it("draws the gap with the first place's gains right of the axis", () => {
    const body = gapChart(
      [
        { name: "A", gap: 10 },
        { name: "B", gap: -5 },
      ],
      ["X", "Y"],
      { favours: (n) => `favours ${n}` },
    );
    // The longest bar spans the half width (200 px); B is half of it, drawn left of the middle.
    expect(body.svg).toMatch(/<rect x="[\d.]+" y="25" width="200.00"/);
    expect(body.svg).toMatch(/width="100.00" height="14" fill="#d55e00"/);
  });
});

describe(yearSpan, () => {
  it("spans the years of weighted indicators only", () => {
    const { input } = reportFor("");
    const span = yearSpan(input);
    expect(span).toMatch(/^20\d\d–20\d\d$/);
    // Zero every indicator except SZAIA's financing rank (2024 figures, and 2024 for the cities beyond its top 10).
    const only = {
      ...input,
      weights: input.weights.map((w) =>
        w.kind === "indicator" && w.id !== "ai_financing_rank" ? { ...w, compositeShare: 0 } : w,
      ),
    };
    expect(yearSpan(only)).toBe("2024");
  });
});
