import { expect, test, type Page } from "@playwright/test";
import { en } from "../../lib/i18n/en";
import { zh } from "../../lib/i18n/zh";
import { TABS } from "../../lib/view/options";

/**
 * Every route and every tab, in both languages, loads without a console error or an uncaught exception: hydration
 * mismatches (React #418), CSP refusals, failed requests for the page's own resources and crashes all show up here.
 */
function watch(page: Page, { expect404 = false } = {}): string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    // On the 404 page, the browser reports the document's own status; nothing else may fail.
    if (expect404 && msg.text().includes("404") && msg.location().url.endsWith("/no-such-page")) return;
    problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** The page after its dataset has arrived: the server's first screen has been replaced by the browser's own. */
async function settled(page: Page) {
  await expect(page.locator("#view-panel")).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The synthetic table (300 rows × 60 columns, and its print copy) takes seconds to render, and tens of seconds on a
  // 2-core machine shared with other test suites.
  await expect(page.getByTestId("data-status")).toHaveCount(0, { timeout: 90_000 });
}

for (const route of ["/", "/synthetic"]) {
  for (const lang of ["en", "zh"] as const) {
    test(`${route} in ${lang}: every tab loads with no console error or page error`, async ({ page }) => {
      // Ten page loads (the synthetic table has 300 rows × 60 columns), on a machine shared with other suites.
      test.setTimeout(300_000);
      const problems = watch(page);
      for (const tab of TABS) {
        await page.goto(`${route}?tab=${tab}&lang=${lang}`);
        await settled(page);
        await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute("aria-selected", "true");
        expect(problems, `${route}?tab=${tab}&lang=${lang}`).toEqual([]);
      }
    });
  }
}

test("a missing page answers 404 in both languages, and its scripts run under the CSP", async ({ browser }) => {
  for (const [locale, home] of [
    ["en", "Open the dashboard"],
    ["zh-CN", "打开仪表盘"],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const problems = watch(page, { expect404: true });
    const res = await page.goto("/no-such-page");
    expect(res!.status()).toBe(404);
    await page.waitForLoadState("networkidle");
    // The link navigates on the client (the marker survives; a full page load would clear it): the page's scripts ran
    // under the policy. A refused script would also have shown up as a console error.
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    await page.getByRole("link", { name: home }).click();
    await settled(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "en" ? en.app.title : zh.app.title);
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }
});

test("/synthetic shows the same ranking in the server's HTML and in the browser", async ({ page, request }) => {
  const html = await (await request.get("/synthetic?lang=en")).text();
  const serverSummary = /data-testid="ranking-summary"[^>]*>([^<]*)</.exec(html)?.[1];
  expect(serverSummary).toMatch(/ranks 1st with/);
  await page.goto("/synthetic?lang=en");
  await settled(page);
  await expect(page.getByTestId("ranking-summary")).toHaveText(serverSummary!.replace(/&#x27;/g, "'"));
});
