import { expect, test } from "@playwright/test";
import { screenshot } from "./helpers";

test.describe("robustness", () => {
  test("runs the Monte Carlo analysis in the page, reads an interval, and a link reproduces it exactly", async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("/?tab=robust");
    await expect(page.getByTestId("mc-status")).toContainText(/Not run yet/);
    await page.getByTestId("mc-run").click();
    await expect(page).toHaveURL(/[?&]mc=2000/);
    const beijing = page.getByTestId("interval-beijing");
    await expect(beijing).toBeVisible();
    const interval = (await beijing.getByTestId("interval-text").textContent())!;
    expect(interval).toMatch(/^\d+(–\d+)?$/);
    const [lo, hi = lo] = interval.split("–").map(Number);
    const now = Number(await beijing.locator("td").first().textContent());
    expect(lo!).toBeLessThanOrEqual(hi!);
    await expect(page.getByTestId("mc-summary")).toContainText("2000 draws, seed 1");

    // Best and worst achievable rank, exact for these 14 places, bracket the rank now.
    const row = page.getByTestId("extremes-beijing");
    await expect(row.getByTestId("best")).toContainText("exact");
    const best = Number((await row.getByTestId("best").locator("strong").textContent())!);
    const worst = Number((await row.getByTestId("worst").locator("strong").textContent())!);
    expect(best).toBeLessThanOrEqual(now);
    expect(now).toBeLessThanOrEqual(worst);
    await screenshot(page, "robustness-tab");

    // The same link in a new page gives the same interval (seeded).
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(other.getByTestId("interval-beijing").getByTestId("interval-text")).toHaveText(interval);

    // Beside the ranking, and in the table.
    await page.getByTestId("tab-ranking").click();
    await expect(page.getByTestId("ranking-intervals").getByTestId("interval-beijing")).toBeVisible();
    await page.getByTestId("tab-table").click();
    await expect(page.getByTestId("scores-table").getByTestId("interval-cell").first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a long run shows progress and can be cancelled; the head to head says what would flip the pair", async ({
    page,
  }) => {
    await page.goto("/synthetic?tab=robust&unc=weights,data,methods");
    const draws = page.getByTestId("mc-draws");
    await draws.fill("20000");
    await page.getByTestId("mc-run").click();
    await expect(page.getByTestId("mc-progress")).toBeVisible();
    await page.getByTestId("mc-cancel").click();
    await expect(page.getByTestId("mc-status")).toContainText("Cancelled");
    await expect(page).toHaveURL(/mc=20000/);

    await page.goto("/?tab=h2h&h=beijing,hangzhou");
    await expect(page.getByTestId("flip-table")).toBeVisible();
    await expect(page.getByTestId("raw-flips").locator("li").first()).toBeVisible();
    await screenshot(page, "robustness-flip");
  });
});
