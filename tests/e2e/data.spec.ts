import { expect, test } from "@playwright/test";
import { readRanking, screenshot } from "./helpers";

test("the ranking says which years its figures span, and shows a '＞10' figure and a secondary-source flag", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("vintage")).toHaveText(/^Figures from (\d{4})–(\d{4}), median (\d{4})\.$/);
  const [, from, to, median] = /(\d{4})–(\d{4}), median (\d{4})/.exec(
    (await page.getByTestId("vintage").textContent())!,
  )!;
  expect(Number(from)).toBeLessThanOrEqual(Number(median));
  expect(Number(median)).toBeLessThanOrEqual(Number(to));
  await expect(page.getByTestId("rests-on")).toContainText("beyond a published list");
  await expect(page.getByTestId("data-version")).toContainText("Dataset revision");

  // Xiamen is not on IDC × Inspur's complete top 10 (2021): it ranks below 10th, shown as ＞10.
  const figures = page.getByTestId("place-figures");
  await figures.locator("summary").click();
  await figures.getByLabel("Place").selectOption("xiamen");
  const idc = page.getByTestId("figure-xiamen-ai_city_rank_idc");
  await expect(idc).toContainText("＞10");
  await idc.focus();
  await expect(page.getByRole("tooltip")).toContainText("Not on the published top 10");

  // The CAC filings were read on a mirror of the CAC lists: real, but secondary (‡, named for screen readers), and
  // the tooltip says so.
  const filings = page.getByTestId("figure-xiamen-deep_synthesis_filings");
  await expect(filings.getByRole("img", { name: "secondary source" })).toBeVisible();
  await filings.focus();
  await expect(page.getByRole("tooltip")).toContainText("rests only on a repost");
  await screenshot(page, "ranking-figures-behind");
});

test("districts appear beside cities only when the link asks (lv=all), marked", async ({ page }) => {
  await page.goto("/");
  expect((await readRanking(page)).join()).not.toContain("Haidian");
  // Haidian reports a tenth of the default weight: with the default 60% minimum coverage it is listed apart, marked.
  await page.goto("/?lv=all");
  await expect(page.getByTestId("unranked").locator("[data-place='beijing-haidian']")).toContainText(
    "Haidian (Beijing) ⚠: coverage",
  );
  await expect(page.getByTestId("district-note")).toContainText("⚠ marks a district");
  // Without a minimum coverage it is ranked beside the cities, and marked in the chart too.
  await page.goto("/?v=2&lv=all&cov=0");
  const haidian = page.getByTestId("ranking-chart").locator("[data-place='beijing-haidian']");
  await expect(haidian).toContainText("Haidian (Beijing) ⚠");
  // A district named in a cities-only link is dropped with a notice, and the page still works.
  await page.goto("/?tab=h2h&h=beijing,beijing-haidian");
  await expect(page.getByTestId("notices")).toContainText("beijing-haidian");
});

test("head to head offers a city's districts as context beside both cities, never in the duel", async ({ page }) => {
  await page.goto("/?tab=h2h&h=beijing,hangzhou");
  const districts = page.getByTestId("h2h-districts");
  await expect(districts).toContainText("Haidian (Beijing) ⚠");
  await districts.getByRole("button", { name: "Show the district's figures beside Beijing and Hangzhou" }).click();
  await expect(page).toHaveURL(/tab=compare/);
  await expect(page).toHaveURL(/lv=all/);
  // The seed article's 12,300 AI scholars of Haidian, as context: Beijing and Hangzhou have no such figure.
  const scholars = page.getByTestId("compare-raw").locator('[data-indicator="haidian_ai_scholars"]');
  await expect(scholars).toContainText("context");
  await expect(scholars.locator("td")).toHaveText([/not in our data/, /not in our data/, /^12,300/], {
    useInnerText: true,
  });
  await expect(page.getByTestId("compare-raw").locator("thead")).toContainText("Haidian (Beijing)⚠");
});
