import { expect, test, type Page } from "@playwright/test";
import { ready, screenshot } from "./helpers";

const noSideScroll = async (page: Page, what: string) => {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(client);
};

test("each indicator in the weights panel explains itself: name, definition, years, places reporting, source", async ({
  page,
}) => {
  await page.goto("/");
  await ready(page);
  await page.getByText("Indicators of Talent").click();
  const about = page.getByRole("button", { name: "About Share of job applications, all occupations (Liepin)" });
  // By keyboard: Enter opens, Escape closes and gives focus back.
  await about.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("indicator-about");
  await expect(panel).toContainText("Share of job applications, all occupations (Liepin)");
  await expect(panel).toContainText("Definition");
  // Liepin published the share for the 11 cities of its top list (data/research/topics/talent.csv); the view shows
  // the 20 cities (the districts are not counted where they are not shown).
  await expect(panel).toContainText("Places reporting11 of 20");
  await expect(panel).toContainText("Liepin");
  await expect(about).toHaveAttribute("aria-expanded", "true");
  await panel.getByRole("button", { name: "Close" }).focus();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(about).toBeFocused();
});

test.describe("the table", () => {
  test("rank and place stay in view when scrolling sideways; tooltips float above, never clipped", async ({ page }) => {
    await page.goto("/?v=2&tab=table");
    await ready(page);
    const scroller = page.getByTestId("table-scroller");
    const name = page.locator('tr[data-place="beijing"] td[data-col="name"]');
    const before = (await name.boundingBox())!;
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(async () => (await name.boundingBox())!.x).toBeCloseTo(before.x, 0);
    await expect(name).toBeVisible();

    // The last column's provenance: focus it near the right edge of the box; its tooltip is fully on screen and on top.
    const cell = page.getByTestId("cell-beijing-ai_city_tier_zgc_pku");
    await cell.focus();
    const tip = page.getByRole("tooltip");
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const onTop = await tip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.left + r.width / 2, r.bottom - 4));
    });
    expect(onTop).toBe(true);
    await screenshot(page, "table-tooltip");
  });

  test("columns are grouped by pillar and can be hidden; a skip link jumps past the table", async ({ page }) => {
    await page.goto("/?v=2&tab=table");
    await ready(page);
    const table = page.getByTestId("scores-table");
    await expect(table.locator('thead th[scope="colgroup"]')).toHaveText([
      "Place and composite",
      "Talent",
      "Research & innovation",
      "Industry & models",
      "Capital",
      "Compute & national designations",
      "Published AI city rankings",
    ]);
    await page.getByTestId("column-picker").locator("summary").click();
    await page.getByTestId("columns-talent").uncheck();
    await expect(table.locator('th[data-col="raw:ai_tech_talent_demand_rank"]')).toHaveCount(0);
    await expect(table.locator('thead th[scope="colgroup"]')).not.toContainText(["Talent"]);
    await page.getByTestId("columns-norm").uncheck();
    await expect(table.locator('th[data-col^="norm:"]')).toHaveCount(0);
    await expect(table.locator('th[data-col="raw:unicorns"]')).toHaveCount(1);

    const skip = page.getByTestId("skip-table");
    await skip.focus();
    await expect(skip).toBeInViewport();
    await page.keyboard.press("Enter");
    await expect(page.locator("#after-table")).toBeFocused();
  });

  test("copying rows into a spreadsheet gives clean cells: no hidden text, no stray line breaks", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?v=2&tab=table&lv=all");
    await ready(page);
    const rows = page.getByTestId("scores-table").locator("tbody tr");
    const columns = await page.getByTestId("scores-table").locator("tbody tr").first().locator("td").count();
    await page.evaluate(() => {
      const body = document.querySelector<HTMLTableSectionElement>('[data-testid="scores-table"] tbody')!;
      const range = document.createRange();
      range.setStartBefore(body.rows[0]!);
      range.setEndAfter(body.rows[body.rows.length - 1]!);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    });
    await page.keyboard.press("ControlOrMeta+c");
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.replace(/\n$/, "").split("\n");
    // 20 cities and the 70 filing districts (Haidian among them): one line each.
    expect(await rows.count()).toBe(90);
    expect(lines).toHaveLength(90);
    for (const line of lines) expect(line.split("\t")).toHaveLength(columns);
    // Haidian is among them: missing cells are a bare dash, the district and secondary marks are not text, nothing
    // hidden leaks in.
    expect(text).not.toMatch(/missing|not reported|not in our data|Source|⚠|‡|ⁱ/);
    // Beijing has a figure for every scored indicator (coverage 100%); its score is a plain number with one decimal.
    const first = lines[0]!.split("\t");
    expect(first.slice(0, 2)).toEqual(["1", "Beijing"]);
    expect(first[2]).toMatch(/^\d{1,3}\.\d$/);
    expect(first[3]).toBe("100%");
    expect(lines.some((l) => l.split("\t")[1] === "Haidian (Beijing)")).toBe(true);
  });
});

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("no tab scrolls sideways, in either language", async ({ page }) => {
    for (const lang of ["en", "zh"])
      for (const tab of ["ranking", "compare", "h2h", "table", "method"]) {
        await page.goto(`/?v=2&tab=${tab}&lang=${lang}`);
        await ready(page);
        await noSideScroll(page, `${tab} (${lang})`);
      }
    // Long Chinese indicator names wrap inside the chart instead of running off its left edge.
    await page.goto("/?v=2&tab=compare&lang=zh");
    await ready(page);
    // The y axis's labels: end-anchored at the axis (the x axis's are centred under their ticks).
    const ticks = page.locator('.recharts-cartesian-axis-tick-label text[text-anchor="end"]');
    await expect(ticks.first()).toBeVisible();
    expect(await ticks.count()).toBeGreaterThan(5);
    const lefts = await ticks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(Math.min(...lefts)).toBeGreaterThanOrEqual(0);
    expect(await ticks.locator("tspan").count()).toBeGreaterThan(await ticks.count());
  });

  test("while weights are edited, the top of the ranking stays in view and follows the change", async ({ page }) => {
    await page.goto("/");
    await ready(page);
    await page.getByRole("button", { name: "Weights and method" }).tap();
    const top = page.getByTestId("top-of-ranking");
    await expect(top).toBeInViewport();
    await expect(top).toContainText("1. Beijing");
    // Controls down the panel: talent and compute to 0, capital to 10 reorder the top.
    await page.getByRole("spinbutton", { name: /Rating for Compute/ }).fill("0");
    const talent = page.getByRole("spinbutton", { name: /Rating for Talent/ });
    await talent.fill("0");
    await page.getByRole("spinbutton", { name: /Rating for Capital/ }).fill("10");
    await expect(page).toHaveURL(/capital:10/);
    await expect(top).toBeInViewport();
    const text = await top.textContent();
    await page.getByRole("button", { name: "Weights and method" }).tap();
    await expect(top).toBeHidden();
    await page.getByTestId("tab-ranking").tap();
    const first = await page.getByTestId("ranking-view").locator("ol li").first().textContent();
    expect(text).toContain(first!.replace(/ [\d.]+$/, ""));
    await screenshot(page, "phone-top-of-ranking");
  });
});

test.describe("Chinese", () => {
  test("the server's HTML of a Chinese page says lang=zh-CN; a Chinese browser gets it too", async ({ request }) => {
    expect(await (await request.get("/?lang=zh")).text()).toMatch(/<html lang="zh-CN"/);
    expect(await (await request.get("/", { headers: { "Accept-Language": "zh-CN,zh;q=0.9" } })).text()).toMatch(
      /<html lang="zh-CN"/,
    );
    expect(await (await request.get("/?lang=en")).text()).toMatch(/<html lang="en"/);
  });

  test("place names sort by pinyin; punctuation is full-width; years are in Chinese, notes labelled as original", async ({
    page,
  }) => {
    await page.goto("/?v=2&tab=h2h&lang=zh");
    const options = await page.getByTestId("h2h-a").locator("option").allTextContents();
    // 北京 (Beijing) … 成都 (Chengdu) … 重庆 (Chongqing) … 无锡 (Wuxi): pinyin order, not code-point order.
    const order = ["北京", "成都", "重庆", "广州", "合肥", "南京", "上海", "深圳", "苏州", "天津", "无锡", "武汉"];
    expect(options.filter((o) => order.includes(o))).toEqual(order);
    const view = await page.getByTestId("h2h-view").innerText();
    expect(view).not.toMatch(/\p{Script=Han}[,:;?!]|[,:;?!]\p{Script=Han}/u);

    await page.goto("/?v=2&tab=table&lang=zh");
    await ready(page);
    await page.getByTestId("cell-beijing-ai_financing_amount").focus();
    const tip = page.getByRole("tooltip");
    await expect(tip).toContainText("年份：2024年");
    await expect(tip).toContainText("备注（原文）：");
    await expect(page.locator('th[data-col="name"]')).toHaveText("地区");
  });
});
