import { expect, type Page } from "@playwright/test";

/** The ranking as a person reads it off the page: "1. Beijing" labels in bar order, from the text alternative. */
export async function readRanking(page: Page): Promise<string[]> {
  const items = page.getByTestId("ranking-view").locator("ol li");
  await expect(items.first()).toBeAttached();
  return items.allTextContents();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** The page is interactive: the view is on screen and the browser has its data (so handlers are attached). */
export async function ready(page: Page) {
  await expect(page.locator("#view-panel")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("data-status")).toHaveCount(0, { timeout: 20_000 });
}
