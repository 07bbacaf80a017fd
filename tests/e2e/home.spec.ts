import { expect, test } from "@playwright/test";

test("the home page ranks cities by AI talent demand share, with sources on hover", async ({ page }) => {
  await page.goto("/");
  const table = page.getByTestId("indicator-table");
  await expect(table).toBeVisible();
  // Read the ranking off the page: city names in table order.
  const cities = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
  // Liepin's list as reported in the seed article: Beijing 21.17%, Shanghai 20.54%, Shenzhen 16.42%.
  expect(cities.slice(0, 3)).toEqual(["Beijing", "Shanghai", "Shenzhen"]);
  const values = await table.locator("tbody tr td:nth-child(3)").allInnerTexts();
  expect(values.slice(0, 3)).toEqual(["21.17", "20.54", "16.42"]);
  await expect(table.locator("tbody tr td:nth-child(3) span").first()).toHaveAttribute(
    "title",
    /Liepin|猎聘|21st Century/,
  );

  const chart = page.getByTestId("indicator-chart");
  await expect(chart.locator("svg .recharts-bar-rectangle")).toHaveCount(cities.length);
  await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
});
