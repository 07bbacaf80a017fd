import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readRanking, ready, screenshot } from "./helpers";

/** A district's row of the district table, by its place id. */
const districtRow = (page: Page, id: string) => page.getByTestId("district-table").locator(`tr[data-place='${id}']`);

async function noSeriousAxe(page: Page) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).include("#view-panel").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("the district view: Haidian and Yuhang with their filings, then Haidian vs Yuhang head to head", async ({
  page,
}) => {
  test.slow(); // the page holds 70 districts, their table and an axe pass
  await page.goto("/");
  await ready(page);
  await page.getByTestId("method-level").selectOption({ label: "Districts" });
  await expect(page).toHaveURL(/lv=district/);

  // Ranked on the two measures districts have; Haidian first (731 deep-synthesis, ≥109 generative-AI filings).
  await expect(page.getByTestId("ranking-view").locator("ol li").first()).toHaveText(/^1\. Haidian \(Beijing\)/);
  const ranking = await readRanking(page);
  expect(ranking.join("\n")).toMatch(/\d+\. Yuhang \(Hangzhou\)/);
  expect(ranking.join("\n")).not.toMatch(/\d+\. (Beijing|Hangzhou) \d/);

  // The counts, each district's share of its city, and cancelled filings apart.
  const haidian = districtRow(page, "beijing-haidian");
  await expect(haidian).toContainText("110108");
  await expect(haidian.locator("[data-indicator='deep_synthesis_filings']")).toContainText("731");
  await expect(haidian.locator("[data-indicator='deep_synthesis_filings']")).toContainText("45.4% of Beijing");
  await expect(haidian.locator("[data-indicator='genai_service_filings']")).toContainText("≥109");
  const yuhang = districtRow(page, "hangzhou-yuhang");
  await expect(yuhang.locator("[data-indicator='deep_synthesis_filings']")).toContainText("416");
  await expect(yuhang.locator("[data-indicator='deep_synthesis_filings']")).toContainText("47.3% of Hangzhou");
  await expect(yuhang.locator("[data-indicator='deep_synthesis_filings']")).toContainText("10 cancelled");
  // The seed's own Haidian figures are context beside Haidian, never a column of the ranking.
  const context = page.getByTestId("district-context").and(page.locator("[data-place='beijing-haidian']"));
  await expect(context).toContainText("AI scholars");
  await expect(context).toContainText("12,300");
  await screenshot(page, "districts-ranking");
  await noSeriousAxe(page);

  // Head to head: the district view's default pair is the seed's comparison at its true scale.
  await page.getByTestId("tab-h2h").click();
  await expect(page).toHaveURL(/tab=h2h/);
  await expect(page.getByTestId("h2h-a")).toHaveValue("beijing-haidian");
  await expect(page.getByTestId("h2h-b")).toHaveValue("hangzhou-yuhang");
  await expect(page.getByTestId("level-note")).toContainText(
    "Both are districts: Haidian (Beijing) in Beijing, Yuhang (Hangzhou) in Hangzhou.",
  );
  await expect(page.getByTestId("h2h-verdict")).toContainText("Haidian (Beijing) leads");
  const filings = page.getByTestId("h2h-table").locator("tr[data-indicator='deep_synthesis_filings']");
  await expect(filings).toContainText("731");
  await expect(filings).toContainText("416");
  // Haidian's scholars are shown as context; Yuhang has no comparable figure.
  await expect(page.getByTestId("h2h-table").locator("tr[data-indicator='haidian_ai_scholars']")).toContainText(
    "context",
  );
  await screenshot(page, "districts-h2h");
  await noSeriousAxe(page);
});

test("a district against a whole city says so on screen, and the city ranking never holds districts", async ({
  page,
}) => {
  await page.goto("/?lv=all&tab=h2h&h=beijing-haidian,hangzhou-yuhang");
  await ready(page);
  await page.getByTestId("h2h-b").selectOption({ label: "Hangzhou" });
  await expect(page).toHaveURL(/h=beijing-haidian,hangzhou(&|$)/);
  const note = page.getByTestId("level-note");
  await expect(note).toContainText(
    "Across levels: Haidian (Beijing) is a district of Beijing; Hangzhou is a whole city.",
  );
  await expect(note).toContainText("Haidian (Beijing): 731 of Beijing's 1,611 (45.4%)");

  // Back to cities only: the district leaves the pair (the default comes back), no district is ranked.
  await page.getByTestId("method-level").selectOption({ label: "Cities" });
  await expect(page.getByTestId("level-note")).toHaveCount(0);
  await page.getByTestId("tab-ranking").click();
  expect((await readRanking(page)).join()).not.toMatch(/Haidian|Yuhang|Nanshan/);
});

test("the district view in Chinese, and a district link on a phone", async ({ page }) => {
  await page.goto("/?lv=district&lang=zh");
  const haidian = districtRow(page, "beijing-haidian");
  await expect(haidian).toContainText("北京市海淀区");
  await expect(haidian).toContainText("占北京的45.4%");
  await expect(page.getByTestId("district-table")).toContainText("已注销10项");

  // The district view's trend draws Haidian and Yuhang, named as everywhere else.
  await page.goto("/?lv=district&tab=trends");
  await expect(page.getByTestId("trend-places")).toContainText("Haidian (Beijing)");
  await expect(page.getByTestId("trend-places")).toContainText("Yuhang (Hangzhou)");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?lv=district&tab=h2h");
  await expect(page.getByTestId("level-note")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});
