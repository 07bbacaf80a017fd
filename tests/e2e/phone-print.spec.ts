import { expect, test, type Page } from "@playwright/test";
import { readRanking, screenshot } from "./helpers";

const noSideScroll = async (page: Page) => {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, "page scrolls sideways").toBeLessThanOrEqual(client);
};

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("ranking, weights and head to head are usable without sideways scrolling", async ({ page }) => {
    await page.goto("/");
    expect((await readRanking(page)).length).toBeGreaterThan(3);
    await noSideScroll(page);
    await screenshot(page, "phone-ranking");

    await page.getByRole("button", { name: "Weights and method" }).click();
    const capital = page.getByRole("spinbutton", { name: /Rating for Capital/ });
    await capital.fill("9");
    await expect(page).toHaveURL(/capital:9/);
    await noSideScroll(page);
    await screenshot(page, "phone-weights");

    await page.goto("/?tab=h2h");
    await expect(page.getByTestId("h2h-verdict")).toBeVisible();
    await noSideScroll(page);
    await screenshot(page, "phone-h2h");
  });
});

test("printing a view gives a clean summary with its link", async ({ page }) => {
  await page.goto("/?w=talent:9&tab=ranking");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-link")).toBeVisible();
  await expect(page.getByTestId("print-link")).toContainText("w=talent:9");
  await expect(page.locator("#settings")).toBeHidden();
  await expect(page.getByRole("tablist")).toBeHidden();
  await expect(page.getByTestId("ranking-chart")).toBeVisible();
  await screenshot(page, "print");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
