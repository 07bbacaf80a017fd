import ExcelJS from "exceljs";
import Papa from "papaparse";
import { expect, test, type Page } from "@playwright/test";
import { readPngText } from "@/lib/export/png-text";
import { download, screenshot } from "./helpers";

/** The table as a person reads it: place id, rank and composite of every row. */
async function tableOnScreen(page: Page) {
  const rows = page.getByTestId("scores-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim());
      return { id: tr.getAttribute("data-place"), rank: cells[0], score: cells[2] };
    }),
  );
}

const oneDecimal = (x: string | number | null | undefined) =>
  x === null || x === undefined || x === "" ? null : (Math.round(Number(x) * 10) / 10).toFixed(1);
const screenScore = (s: string | undefined) => (s && /^\d/.test(s) ? Number(s).toFixed(1) : null);

test("the CSV and XLSX exports hold the table on screen, with the view's weights and link", async ({ page }) => {
  await page.goto("/?w=talent:9,capital:2&tab=table");
  const screen = await tableOnScreen(page);

  const csv = await download(page, "results-csv");
  expect(csv.name).toMatch(/^ai-city-index_table_.*_results\.csv$/);
  const text = csv.bytes.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  expect(rows[0]!.slice(0, 4)).toEqual(["Rank", "Place ID", "Place", "Composite (0–100)"]);
  expect(rows.slice(1).map((r) => ({ id: r[1], rank: r[0] || "—", score: oneDecimal(r[3]) }))).toEqual(
    screen.map((s) => ({ id: s.id, rank: /^\d+$/.test(s.rank ?? "") ? s.rank : "—", score: screenScore(s.score) })),
  );

  const xlsx = await download(page, "xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  // The Editions sheet (issue 14): which edition of each indicator the view reads.
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Results", "Provenance", "View", "Editions"]);
  const res = wb.getWorksheet("Results")!;
  const fromXlsx = screen.map((_, k) => {
    const r = res.getRow(k + 2);
    return { id: r.getCell(2).value, score: oneDecimal(r.getCell(4).value as number | null) };
  });
  expect(fromXlsx).toEqual(screen.map((s) => ({ id: s.id, score: screenScore(s.score) })));
  const view = new Map<string, unknown>();
  wb.getWorksheet("View")!.eachRow((r) => view.set(String(r.getCell(1).value), r.getCell(2).value));
  expect(String(view.get("Link to this view"))).toContain("w=talent:9,capital:2");
  expect(String(view.get("Dataset revision"))).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  // Provenance: Beijing's Liepin demand share with its year and source.
  const prov: string[][] = [];
  wb.getWorksheet("Provenance")!.eachRow((r) =>
    prov.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ""))),
  );
  const demand = prov.find((r) => r[0] === "beijing" && r[2] === "ai_tech_talent_demand_share")!;
  expect(demand).toContain("21.17");
  expect(demand.join(" ")).toMatch(/Liepin/);
});

test("an exported chart carries its title and the weights in force, as SVG and as PNG", async ({ page }) => {
  await page.goto("/?w=talent:10,capital:0");
  const svg = await download(page, "ranking-svg");
  const text = svg.bytes.toString("utf8");
  expect(text).toContain("AI city competitiveness — Composite ranking");
  // Ratings talent 10, research 3, industry 5, capital 0, compute 4, rankings 3 (sum 25): 40%, 12%, 20%, 0% …
  expect(text).toContain("Weights in force: Talent 40% · Research &#38; innovation 12% · Industry &#38; models 20%");
  expect(text).toMatch(/Figures dated \d{4}/);
  expect(text).toMatch(/Sources: [^<]*Liepin/);

  const png = await download(page, "ranking-png");
  const meta = readPngText(new Uint8Array(png.bytes));
  expect(meta.Title).toBe("AI city competitiveness — Composite ranking");
  expect(meta.Description).toContain("Weights in force: Talent 40%");
  // The pixels are a real image the browser can decode, twice the SVG's size for print.
  const size = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    return { w: img.naturalWidth, h: img.naturalHeight };
  }, png.bytes.toString("base64"));
  const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)![1]);
  expect(size.w).toBe(2 * width);
  await expect(page.getByTestId("export-status")).toContainText(".png");
});

test("the head-to-head chart exports the pair's gap", async ({ page }) => {
  await page.goto("/?tab=h2h&h=beijing,shanghai");
  const svg = (await download(page, "gap-svg")).bytes.toString("utf8");
  expect(svg).toContain("What decides the gap: Beijing – Shanghai");
  expect(svg).toContain("favours Beijing");
});

test("printing the table keeps every column, split into parts, under a header with weights, method and sources", async ({
  page,
}) => {
  await page.goto("/?tab=table&w=talent:9");
  await page.emulateMedia({ media: "print" });
  const header = page.getByTestId("print-header");
  await expect(header).toBeVisible();
  await expect(header).toContainText("Weights in force: Talent");
  await expect(header).toContainText("Method: Min-max");
  await expect(header).toContainText(/Figures dated \d{4}/);
  await expect(header).toContainText("Sources:");
  await expect(page.getByTestId("scores-table")).toBeHidden();
  const printed = page.getByTestId("print-table");
  await expect(printed).toBeVisible();
  // Every indicator appears as a printed column (reported and score), none lost off the page edge.
  const headers = await printed.locator("th[class]").allTextContents();
  for (const name of [
    "AI scholars (district-reported)",
    "Firms on the Hurun China AI Top 50",
    "AI city ranking (IDC × Inspur)",
  ])
    expect(headers.some((h) => h.includes(name))).toBe(true);
  const widths = await printed.locator("table").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().right));
  const page_ = await page.evaluate(() => document.documentElement.clientWidth);
  for (const w of widths) expect(w).toBeLessThanOrEqual(page_);
  await screenshot(page, "print-table");
});
