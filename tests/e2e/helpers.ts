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
