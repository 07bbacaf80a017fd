import { readFile } from "node:fs/promises";
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

/** Opens the Export menu (retrying until the page has hydrated and the button responds) and downloads one item. */
export async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByTestId("export-menu");
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1000 });
  }).toPass();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-export="${item}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}
