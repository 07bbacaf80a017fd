import { expect, test } from "@playwright/test";
import { download, readRanking, screenshot } from "./helpers";

// Issue 14: rankings as of a year, trends, what changed, and the map — driven as a person would.

test("sets a year through the page, the link carries it, and the ranking says which editions it rests on", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("editions-summary")).toContainText("latest editions");
  const latest = await readRanking(page);

  await page.getByLabel("Data as of").selectOption({ label: "As of 2019" });
  await expect(page).toHaveURL(/[?&]yr=2019(&|$)/);
  await expect(page.getByTestId("editions-summary")).toContainText(/\d+ of \d+ indicators in use as of 2019/);
  const asOf2019 = await readRanking(page);
  expect(asOf2019).not.toEqual(latest);

  // Which edition of each indicator: the IDC ranking's 2019 edition, and indicators with no edition yet.
  await page.getByText("Which edition of each indicator").click();
  const editions = page.getByTestId("editions-in-use");
  await expect(editions.locator("[data-indicator=ai_city_rank_idc]")).toContainText("2019-2020 report");
  await expect(editions.locator("[data-indicator=genai_service_filings]")).toContainText("no edition by 2019");
  await screenshot(page, "as-of-2019");

  // The link reproduces the view: reload it and read the same ranking.
  await page.reload();
  await expect(page.getByLabel("Data as of")).toHaveValue("2019");
  expect(await readRanking(page)).toEqual(asOf2019);
});

test("opens the map, moves focus to a city, reads its tooltip, and adds it to compare", async ({ page }) => {
  // Two places in compare, so there is room to add one.
  await page.goto("/?lang=en&p=beijing,hangzhou");
  await page.getByTestId("tab-map").click();
  await expect(page).toHaveURL(/tab=map/);
  const map = page.getByTestId("city-map");
  await expect(map.locator("[data-place]")).toHaveCount(20);

  // One tab stop into the map (the first city in the document's order), then an arrow key to the nearest city.
  await map.locator("[role=button][tabindex='0']").focus();
  const first = await page.evaluate(() => document.activeElement?.getAttribute("data-place"));
  await page.keyboard.press("ArrowDown");
  const focused = page.locator("[data-testid=city-map] [role=button]:focus");
  const city = await focused.getAttribute("data-place");
  expect(city).not.toBe(first);
  const name = (await focused.getAttribute("aria-label"))!.split(":")[0]!;

  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(name);
  await expect(tip).toContainText(/Rank \d+ of 20/);
  await expect(tip).toContainText("Composite");
  await expect(tip).toContainText("Coverage");
  // The tooltip describes the focused city for screen readers.
  const described = await focused.getAttribute("aria-describedby");
  expect(await tip.getAttribute("id")).toBe(described);

  // An indicator as the measure: the tooltip carries the reported figure and its source, as the table's do.
  await page.getByLabel("Size and colour by").selectOption("ai_city_rank_idc");
  await expect(page).toHaveURL(/mm=ai_city_rank_idc/);
  await page.locator("[data-testid=city-map] [data-place=beijing]").focus();
  await expect(page.getByTestId("map-tooltip-figure")).toContainText("Source");

  // Enter adds the focused city to compare (the link's p=), with an undo.
  const before = new URL(page.url()).searchParams.get("p");
  await page.locator(`[data-testid=city-map] [data-place=${city}]`).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("map-status")).toContainText(`${name} added to compare`);
  await expect(page).toHaveURL(new RegExp(`[?&]p=[^&]*${city}`));
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("p")).toBe(before);
  await screenshot(page, "map");
});

test("the map names its gazetteer and works as a table, in Chinese too", async ({ page }) => {
  await page.goto("/?tab=map&lang=zh");
  await expect(page.getByTestId("map-source")).toContainText("GeoNames");
  const table = page.getByTestId("map-table");
  await expect(table.locator("tbody tr")).toHaveCount(20);
  await expect(table).toContainText("北纬39.9075°");
  await expect(table.getByRole("link", { name: /Beijing \(1816670\)/ })).toHaveAttribute(
    "href",
    "https://www.geonames.org/1816670",
  );
  await expect(page.getByRole("heading", { name: "地图" })).toBeVisible();
  // An edition's label is the source's own words: one with no Chinese in it is labelled as the original text.
  await page.getByText("各指标所用版本").click();
  const editions = page.getByTestId("editions-in-use");
  await expect(editions.locator("[data-indicator=ai_city_rank_idc]")).toContainText(
    /2021-2022 report, AICC2021（[^）]*原文）/,
  );
  await expect(editions.locator("[data-indicator=unicorns]")).not.toContainText("原文");
});

test("trends: rank over the years for chosen places, what changed since a year, every indicator's editions", async ({
  page,
}) => {
  await page.goto("/?tab=trends&tp=hangzhou");
  await expect(page.getByTestId("trend-rank-chart")).toBeVisible();
  await expect(page.getByTestId("trend-legend")).toContainText("Hangzhou");

  await page.getByTestId("trend-places").getByLabel("Add a place").selectOption({ label: "Beijing" });
  await expect(page).toHaveURL(/tp=hangzhou,beijing/);

  await page.getByText("Show as a table").click();
  const table = page.getByTestId("trend-table");
  await expect(table.locator("tbody tr").first()).toContainText(/2017/);
  await expect(table).toContainText(/of 20/);

  await page.getByTestId("changes-since").selectOption("2019");
  await expect(page).toHaveURL(/yr2=2019/);
  await expect(page.getByTestId("edition-changes")).toContainText("IDC");
  await expect(page.getByTestId("changes-table").locator("tbody tr")).toHaveCount(20);

  const idc = page.getByTestId("indicator-multiples").locator("[data-indicator=ai_city_rank_idc]");
  await expect(idc.locator("tbody tr")).toHaveCount(3);
  await screenshot(page, "trends");

  // The trend as a download: one row per year and place, the ranks the table above shows.
  const csv = (await download(page, "trend-csv")).bytes.toString("utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^Year,Place ID,Place,Rank/);
  expect(lines.filter((l) => l.includes(",hangzhou,"))).toHaveLength(await table.locator("tbody tr").count());
});

test("compare shows the compared places' rank over the years and opens them in Trends", async ({ page }) => {
  await page.goto("/?tab=compare&p=shanghai,hangzhou,shenzhen");
  const trend = page.getByTestId("compare-trend");
  await expect(trend.getByTestId("trend-legend")).toContainText("Shanghai");
  await expect(trend.getByTestId("trend-legend")).toContainText("Shenzhen");
  await trend.getByRole("button", { name: /These places in Trends/ }).click();
  await expect(page).toHaveURL(/tab=trends/);
  await expect(page).toHaveURL(/tp=shanghai,hangzhou,shenzhen/);
  await expect(page.getByTestId("what-changed")).toBeVisible();
});

test("the map and trends work at 390 px wide without a page-wide scroll", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const tab of ["map", "trends"]) {
    await page.goto(`/?tab=${tab}`);
    await expect(page.getByTestId(`${tab}-view`)).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, tab).toBeLessThanOrEqual(390);
  }
  await page.goto("/?tab=map&p=beijing,hangzhou");
  await page.locator("[data-testid=city-map] [data-place=chengdu]").click();
  await expect(page.getByTestId("map-status")).toContainText("Chengdu added to compare");
  await screenshot(page, "map-phone");
});
