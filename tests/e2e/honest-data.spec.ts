import { expect, test } from "@playwright/test";
import { readRanking, ready, screenshot } from "./helpers";

/** The absurd orders of issue 11 on the 20-city data: each setting an analyst might pick, read off the page. */

/** "3. Shenzhen 69.5 †" → "Shenzhen". */
const names = (ranked: string[]) => ranked.map((r) => r.replace(/^\d+\.\s*/, "").replace(/\s+[\d.,]+( †)?$/, ""));

test("equal weights with districts beside cities: Haidian is listed apart, and context indicators cannot be weighted", async ({
  page,
}) => {
  await page.goto("/?v=2&lv=all");
  await ready(page);
  await page.getByRole("button", { name: "Equal weights" }).click();
  await expect(page).toHaveURL(/w=/);
  // Before: Haidian ranked 3rd on two district-only figures (each 50 on a min-max over one place).
  expect(names(await readRanking(page))).not.toContain("Haidian (Beijing)");
  await expect(page.getByTestId("unranked").locator('[data-place="beijing-haidian"]')).toContainText(
    /coverage [\d.]+% is below the threshold of 60%/,
  );
  // A district-only indicator is context: no rating control for it, so no preset or "Equal weights" can weight it.
  await expect(page.getByTestId("weight-haidian_ai_enterprises")).toHaveCount(0);
  await expect(page.getByTestId("weight-genai_service_filings")).toHaveCount(1);
  await screenshot(page, "honest-equal-weights-lv-all");
});

test("per GDP: places without a GDP figure are listed apart with the reason; the column says per what", async ({
  page,
}) => {
  await page.goto("/?v=2&s=per_gdp");
  await ready(page);
  const ranked = names(await readRanking(page));
  // Before: Wuxi, Jinan and Xiamen ranked among figures divided by GDP on their shares and ranks alone.
  for (const [id, name] of [
    ["wuxi", "Wuxi"],
    ["jinan", "Jinan"],
    ["xiamen", "Xiamen"],
  ]) {
    expect(ranked).not.toContain(name);
    await expect(page.getByTestId("unranked").locator(`[data-place="${id}"]`)).toContainText(`${name}: no GDP figure`);
  }
  expect(ranked).toContain("Hangzhou");
  await page.getByTestId("tab-table").click();
  await expect(
    page.getByRole("columnheader", {
      name: /^National high-tech enterprises \(reported, per trillion CNY \(万亿元\) of GDP\)/,
    }),
  ).toBeVisible();
  // The figure's tooltip names the denominator with its year and source.
  await page.getByTestId("cell-beijing-high_tech_enterprises").focus();
  await expect(page.getByRole("tooltip")).toContainText(/Divided by: GDP [\d,.]+ \S+ \(2024; [^)]+\)/);
  await screenshot(page, "honest-per-gdp");
});

test("median imputation: a city missing from the lists is not lifted into the top three, and its rank is marked", async ({
  page,
}) => {
  await page.goto("/?v=2&m=median&cov=0");
  await ready(page);
  const ranked = names(await readRanking(page));
  // Before: Chongqing 3rd and Hangzhou last, because every city absent from a top-N list got the listed cities' median.
  expect(ranked.slice(0, 3)).toEqual(["Beijing", "Shanghai", "Shenzhen"]);
  expect(ranked.indexOf("Chongqing")).toBeGreaterThan(5);
  expect(ranked.indexOf("Hangzhou")).toBeLessThan(ranked.length - 5);
  await expect(page.getByTestId("ranking-imputed-note")).toBeVisible();
  await expect(page.getByTestId("ranking-chart").locator('[data-place="chongqing"]')).toContainText(/† \d+% imputed/);
});

test("the weights panel's ⓘ names where each source was read, by touch too", async ({ page }) => {
  await page.goto("/");
  await ready(page);
  await page.getByText("Indicators of Industry & models").click();
  const name = "Generative-AI service filings (CAC, placed by filer's district)";
  await page.getByRole("button", { name: `About ${name}` }).click();
  const panel = page.getByTestId("indicator-about");
  await expect(panel).toContainText(name);
  // Counted among the places the view shows (the 20 cities; the districts are counted at lv=district or lv=all).
  await expect(panel).toContainText("Places reporting20 of 20");
  // Its only source was read on a mirror: the panel says so before anyone weights it.
  await expect(panel).toContainText("— read on a repost on another site (secondary)");
});
