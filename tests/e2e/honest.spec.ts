import { expect, test, type Page } from "@playwright/test";
import { readRanking, ready, screenshot } from "./helpers";

/** Where a tick of the ranking axis sits, and where Beijing's bar (its score is 100) ends, in page pixels. */
async function axisAndBar(page: Page) {
  const chart = page.getByTestId("ranking-chart");
  const tick = async (t: number) => (await chart.locator(`[data-tick="${t}"]`).boundingBox())!;
  const track = (await chart.locator('[data-place="beijing"] [data-track]').boundingBox())!;
  const bar = (await chart.locator('[data-place="beijing"] [data-bar]').boundingBox())!;
  return {
    t0: (await tick(0)).x,
    t50: (await tick(50)).x,
    t100: (await tick(100)).x,
    track,
    barEnd: bar.x + bar.width,
  };
}

const expectAligned = async (page: Page) => {
  await expect(page.getByTestId("ranking-chart").locator('[data-place="beijing"]')).toBeVisible();
  const a = await axisAndBar(page);
  // The 100 tick sits where a score of 100 ends; 0 and 50 sit at the start and middle of every bar's track.
  expect(Math.abs(a.t100 - a.barEnd)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.t0 - a.track.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.t50 - (a.track.x + a.track.width / 2))).toBeLessThanOrEqual(1);
};

test.describe("the ranking chart tells the truth", () => {
  test("axis ticks sit on the bar track on a desktop and on paper", async ({ page }) => {
    await page.goto("/");
    await expectAligned(page);
    await page.emulateMedia({ media: "print" });
    await expectAligned(page);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test("axis ticks sit on the bar track at 390 px", async ({ page }) => {
      await page.goto("/");
      await expectAligned(page);
    });
  });
});

test("by default a place needs 60% coverage: the rest are listed apart with the reason; bars fade with missing weight", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("ranking-basis")).toContainText("at least 60% of the weight");
  const apart = page.getByTestId("unranked");
  await expect(apart.locator('[data-place="chengdu"]')).toContainText(
    /Chengdu: coverage 14.4% is below the threshold of 60%/,
  );
  const ranked = await readRanking(page);
  expect(ranked.some((r) => r.includes("Chengdu"))).toBe(false);
  // Bars are paler in proportion to the weight without a figure: Beijing (100%) full, Hangzhou (73%) 0.3 + 0.7·0.73.
  const opacity = (id: string) =>
    page
      .getByTestId("ranking-chart")
      .locator(`[data-place="${id}"] [data-bar]`)
      .evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(await opacity("beijing")).toBe(1);
  expect(await opacity("hangzhou")).toBeCloseTo(0.3 + 0.7 * 0.729166666667, 2);
  await screenshot(page, "honest-default-coverage");

  // A link made before the default changed (no v=) still shows what its sender saw: every place with data ranked.
  await page.goto("/?tab=ranking&d=2026-11-28.4904a6a1");
  expect((await readRanking(page)).some((r) => r.includes("Chengdu"))).toBe(true);
  await expect(page.getByTestId("ranking-basis")).toContainText("No minimum coverage is set");
});

test("geometric mean: one last place no longer zeroes a composite, and the methodology states the floor", async ({
  page,
}) => {
  await page.goto("/?v=2&a=geometric&cov=0");
  await ready(page);
  const ranked = await readRanking(page);
  // Before: Shanghai, Shenzhen, Hangzhou and eight more all read 0.0 (tied 5th) because min-max gives a last place 0.
  expect(ranked.filter((r) => / 0\.0$/.test(r))).toEqual([]);
  expect(ranked.slice(0, 3).map((r) => r.replace(/ [\d.]+$/, ""))).toEqual([
    "1. Beijing",
    "2. Shanghai",
    "3. Shenzhen",
  ]);
  await page.getByTestId("tab-method").click();
  await expect(page.getByTestId("methodology-floor")).toContainText("count a score below 1 as 1");
});

test("a method the data cannot support is refused with the reason, in English and Chinese; engine warnings reach the page", async ({
  page,
}) => {
  const defaultRanking = await page.goto("/").then(() => readRanking(page));
  await page.goto("/?v=2&n=goalposts");
  const notes = page.getByTestId("method-notes");
  await expect(notes).toContainText(
    "Goalposts (fixed min and max) cannot be used with these data: no indicator has goalposts (a fixed minimum and maximum). Min-max (0–100) is shown instead.",
  );
  expect(await readRanking(page)).toEqual(defaultRanking);
  // The control shows the method disabled, with the reasons under it.
  await expect(page.getByTestId("method-normalization").locator('option[value="goalposts"]')).toBeDisabled();
  await expect(page.getByTestId("method-normalization").locator('option[value="none"]')).toBeDisabled();
  await expect(page.getByTestId("unavailable-methods").first()).toContainText("different units");

  await page.goto("/?v=2&n=target&lang=zh");
  await expect(page.getByTestId("method-notes")).toContainText(
    "“与目标值的距离”不适用于当前数据：没有任何指标设有目标值",
  );
  // A per-indicator override the engine has to fall back on is a warning, shown (not swallowed) in both languages.
  await page.goto("/?v=2&no=unicorns:goalposts&lang=zh");
  await expect(page.getByTestId("method-notes")).toContainText("没有固定阈值，已改用观测到的最小值和最大值归一化");
  await page.goto("/?v=2&no=unicorns:goalposts");
  await expect(page.getByTestId("method-notes")).toContainText(/No goalposts for Unicorns/);
});

test("imputed figures are marked in the ranking, the table and head to head", async ({ page }) => {
  await page.goto("/?v=2&m=median&cov=0");
  await ready(page);
  await expect(page.getByTestId("ranking-imputed-note")).toBeVisible();
  const chongqing = page.getByTestId("ranking-chart").locator('[data-place="chongqing"]');
  await expect(chongqing).toContainText("†");
  await expect(chongqing).toContainText(/† \d+% imputed/);
  await expect(page.getByTestId("ranking-chart").locator('[data-place="shenzhen"]')).not.toContainText("†");
  await page.getByTestId("tab-table").click();
  const cell = page.locator(
    'tr[data-place="chongqing"] td[data-col="norm:ai_tech_talent_demand_share"] [data-imputed]',
  );
  await expect(cell).toHaveAttribute("title", "imputed");
});

test("head to head: 'no composite' instead of 'Level'; one-sided indicators apart; different effective weights shown", async ({
  page,
}) => {
  await page.goto("/?v=2&tab=h2h&h=beijing,chengdu");
  const verdict = page.getByTestId("h2h-verdict");
  await expect(verdict).toContainText("Chengdu has no composite (coverage 14.4% is below the threshold of 60%)");
  await expect(verdict).not.toContainText("Level");

  await page.goto("/?v=2&tab=h2h&h=beijing,hangzhou");
  await expect(page.getByTestId("h2h-verdict")).toContainText("Beijing leads");
  // Hangzhou has no Liepin demand share: listed apart, not among what decides the gap.
  const oneSided = page.getByTestId("h2h-one-sided");
  await expect(oneSided.locator('[data-indicator="ai_tech_talent_demand_share"]')).toContainText("Beijing only");
  await expect(page.getByTestId("h2h-table").locator('[data-indicator="ai_tech_talent_demand_share"]')).toHaveCount(0);
  await expect(page.getByTestId("h2h-weights-differ")).toBeVisible();
  await expect(page.getByTestId("h2h-table").locator("thead")).toContainText("Weight for Hangzhou");
  await screenshot(page, "honest-h2h");
});

test("a repeated place gives one notice; figures keep their source's precision", async ({ page }) => {
  await page.goto("/?tab=compare&p=beijing,beijing,shanghai");
  await expect(page.getByTestId("notices").locator("li")).toHaveCount(1);
  await page.goto("/?v=2&tab=table");
  // Beijing's unicorn valuation is 5227.7 in the data: shown as 5,227.7, not 5,227.70.
  await expect(page.locator('tr[data-place="beijing"] td[data-col="raw:unicorn_valuation_all_sectors"]')).toHaveText(
    "5,227.7",
    { useInnerText: true },
  );
});
