import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ready } from "./helpers";

const VIEWS = ["ranking", "compare", "h2h", "table", "robust", "trends", "map", "method", "data"] as const;

for (const lang of ["en", "zh"] as const) {
  for (const tab of VIEWS) {
    test(`no serious or critical axe violations: ${tab} (${lang})`, async ({ page }) => {
      // The table (20 cities × every figure column), compare (4 places × 43 indicators) and trends (a small multiple
      // with its table per indicator) are the largest pages: axe needs several times longer on them, more when the
      // shared 2-core machine is busy; the robustness tab first runs its analyses.
      test.slow(tab === "table" || tab === "compare" || tab === "trends" || tab === "robust");
      // The robustness tab with its analyses run, so the interval chart and the best/worst table are checked too.
      await page.goto(`/?tab=${tab}&lang=${lang}${tab === "robust" ? "&mc=500" : ""}`);
      await expect(page.locator("#view-panel")).toBeVisible();
      if (tab === "robust") {
        await expect(page.getByTestId("interval-chart")).toBeVisible();
        await expect(page.getByTestId("extremes-table")).toBeVisible();
      }
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(" | ")})`,
        );
      expect(serious).toEqual([]);
    });
  }
}

test("every control is reachable by keyboard with a visible focus; tabs move with the arrow keys", async ({ page }) => {
  await page.goto("/");
  const ranking = page.getByTestId("tab-ranking");
  await ranking.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("tab-compare")).toBeFocused();
  await expect(page).toHaveURL(/tab=compare/);
  const outline = await page
    .getByTestId("tab-compare")
    .evaluate((el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth);
  expect(outline).not.toMatch(/^none/);
  await page.keyboard.press("End");
  await expect(page.getByTestId("tab-data")).toBeFocused();

  // Table sort from the keyboard.
  await page.goto("/?tab=table");
  await ready(page); // the sort handler is attached once the page has its data
  await page.getByTestId("sort-score").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=/);
});
