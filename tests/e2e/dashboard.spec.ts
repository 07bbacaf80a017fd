import { expect, test } from "@playwright/test";
import { readRanking, screenshot } from "./helpers";

test.describe("the dashboard", () => {
  test("moving a weight changes the ranking and the URL; the URL reproduces the view; back restores it", async ({
    page,
    context,
  }) => {
    await page.goto("/");
    const before = await readRanking(page);
    expect(before.length).toBeGreaterThan(3);
    await screenshot(page, "dashboard-default");

    // Keyboard: focus the Capital slider and press End (rating 10).
    const capital = page.getByRole("slider", { name: /Rating for Capital/ });
    const capitalDefault = await capital.inputValue();
    await capital.focus();
    await capital.press("End");
    await expect(page).toHaveURL(/[?&]w=[^&]*capital:10/);
    await expect(capital).toHaveValue("10");
    // and set Talent to 0 with the number field.
    const talent = page.getByRole("spinbutton", { name: /Rating for Talent/ });
    await talent.fill("0");
    await expect(page).toHaveURL(/talent:0/);
    const after = await readRanking(page);
    expect(after).not.toEqual(before);
    const url = page.url();

    // The same link in a new page: same ranking, same control positions.
    const other = await context.newPage();
    await other.goto(url);
    expect(await readRanking(other)).toEqual(after);
    await expect(other.getByRole("slider", { name: /Rating for Capital/ })).toHaveValue("10");
    await expect(other.getByRole("slider", { name: /Rating for Talent/ })).toHaveValue("0");
    await screenshot(other, "dashboard-reweighted");

    // Back steps through the views.
    await page.goBack();
    await expect(page).not.toHaveURL(/talent:0/);
    await expect(page).toHaveURL(/capital:10/);
    await page.goBack();
    await expect(page).not.toHaveURL(/w=/);
    expect(await readRanking(page)).toEqual(before);
    await expect(page.getByRole("slider", { name: /Rating for Capital/ })).toHaveValue(capitalDefault);
  });

  test("the first HTML of a shared link already shows its ranking", async ({ page, request }) => {
    await page.goto("/?w=capital:10,talent:0");
    const rendered = await readRanking(page);
    const html = await (await request.get("/?w=capital:10,talent:0")).text();
    // Every ranked place appears in the server's HTML text alternative, in the same order.
    const list = html.slice(html.indexOf('aria-label="Composite ranking"'));
    let at = 0;
    for (const item of rendered) {
      const name = item.replace(/^\d+\.\s*/, "").replace(/\s[\d.]+$/, "");
      // React escapes text in HTML: Xi'an is written Xi&#x27;an.
      const escaped = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;");
      const i = list.indexOf(`${escaped}<`, at);
      expect(i, `${name} in server HTML`).toBeGreaterThan(-1);
      at = i;
    }
  });

  test("a garbage link shows a notice and a working page; the notice can be dismissed", async ({ page }) => {
    await page.goto("/?w=talent:99,nowhere:3&n=astrology&p=atlantis&%E0%A4%A=1&tab=nope&cov=abc");
    const notices = page.getByTestId("notices");
    await expect(notices).toBeVisible();
    await expect(notices).toContainText("talent");
    await expect(notices).toContainText("astrology");
    expect((await readRanking(page)).length).toBeGreaterThan(3);
    await screenshot(page, "dashboard-bad-link");
    await notices.getByRole("button", { name: "Dismiss" }).click();
    await expect(notices).toBeHidden();
  });

  test("Copy link copies the view stamped with the data version; the copied link reproduces it", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?tab=h2h&h=shanghai,shenzhen");
    await page.getByTestId("copy-link").click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/[?&]h=shanghai,shenzhen/);
    expect(copied).toMatch(/[?&]d=\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}/);
    const other = await context.newPage();
    await other.goto(copied);
    await expect(other.getByTestId("h2h-a")).toHaveValue("shanghai");
    await expect(other.getByTestId("notices")).toHaveCount(0);
  });

  test("a link made on another data version says so, and still shows its view", async ({ page }) => {
    await page.goto("/?w=capital:10&d=2025-01-01.deadbeef");
    const notices = page.getByTestId("notices");
    await expect(notices).toContainText("2025-01-01.deadbeef");
    await expect(notices).toContainText(/Scores may differ/);
    await expect(page.getByRole("slider", { name: /Rating for Capital/ })).toHaveValue("10");
  });

  test("compare shows the chosen places; head to head shows the pair and who leads", async ({ page }) => {
    await page.goto("/?tab=compare&p=beijing,hangzhou,shenzhen");
    const compare = page.getByTestId("compare-view");
    const header = compare.getByTestId("compare-raw").locator("thead th");
    await expect(header).toHaveText(["Indicator", "Beijing", "Hangzhou", "Shenzhen"]);
    await expect(compare.locator(".recharts-radar")).toHaveCount(3);
    await compare.getByRole("button", { name: "Remove Shenzhen" }).click();
    await expect(page).toHaveURL(/p=beijing,hangzhou(&|$)/);
    await screenshot(page, "compare");

    await page.getByTestId("tab-h2h").click();
    const h2h = page.getByTestId("h2h-view");
    await expect(h2h.getByTestId("h2h-a")).toHaveValue("beijing");
    await expect(h2h.getByTestId("h2h-b")).toHaveValue("hangzhou");
    await expect(h2h.getByTestId("h2h-verdict")).toContainText(/leads|Level/);
    await screenshot(page, "head-to-head");
  });

  test("the table sorts by a column, keeps the sort in the URL, and shows a cell's provenance on focus", async ({
    page,
  }) => {
    await page.goto("/?tab=table");
    const table = page.getByTestId("scores-table");
    // The wide table scrolls inside its box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await table.getByTestId("sort-name").click();
    await expect(page).toHaveURL(/sort=/);
    const names = await table.locator("tbody tr td:nth-child(2)").allTextContents();
    const sorted = [...names].sort((a, b) => a.localeCompare(b));
    expect(names[0] === sorted[0] || names[0] === sorted[sorted.length - 1]).toBe(true);

    const cell = table.getByTestId("cell-beijing-ai_tech_talent_demand_share");
    await cell.focus();
    const tip = page.getByRole("tooltip").filter({ hasText: "Liepin" }).first();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText("Source");
    await screenshot(page, "table-provenance");
  });
});
