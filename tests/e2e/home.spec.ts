import { expect, test } from "@playwright/test";
import { readRanking, screenshot } from "./helpers";

test("the home page shows the composite ranking as a chart and a text alternative", async ({ page }) => {
  await page.goto("/");
  const ranking = await readRanking(page);
  expect(ranking[0]).toMatch(/^1\. \S+/);
  const chart = page.getByTestId("ranking-chart");
  // One stacked segment per pillar per ranked place.
  await expect(chart.locator("[data-segment]").first()).toBeVisible();
  await expect(page.getByTestId("ranking-summary")).toContainText("ranks 1st with");
  await screenshot(page, "home");
});

test("sorting the table by Liepin's AI talent demand share reads the seed article's order, sources on focus", async ({
  page,
}) => {
  await page.goto("/?tab=table&sort=-raw:ai_tech_talent_demand_share");
  const table = page.getByTestId("scores-table");
  await expect(table.locator('th[data-col="raw:ai_tech_talent_demand_share"]')).toContainText(
    "AI-tech talent demand share (Liepin) (reported)",
  );
  const names = await table.locator('tbody td[data-col="name"]').allTextContents();
  const values = await table.locator('tbody td[data-col="raw:ai_tech_talent_demand_share"]').allTextContents();
  // Liepin's list as reported in the seed article: Beijing 21.17%, Shanghai 20.54%, Shenzhen 16.42%.
  expect(names.slice(0, 3)).toEqual(["Beijing", "Shanghai", "Shenzhen"]);
  expect(values.slice(0, 3).map((v) => v.slice(0, 5))).toEqual(["21.17", "20.54", "16.42"]);
});
