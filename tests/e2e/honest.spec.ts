import { expect, test, type Page } from "@playwright/test";
import { readRanking, ready, screenshot } from "./helpers";

/** Where the ranking axis' ticks sit, and where Beijing's bar track and bar end, in page pixels; Beijing's score. */
async function axisAndBar(page: Page) {
  const chart = page.getByTestId("ranking-chart");
  const tick = async (t: number) => (await chart.locator(`[data-tick="${t}"]`).boundingBox())!;
  const track = (await chart.locator('[data-place="beijing"] [data-track]').boundingBox())!;
  const bar = (await chart.locator('[data-place="beijing"] [data-bar]').boundingBox())!;
  const text = (await chart.locator('[data-place="beijing"]').textContent())!;
  return {
    t0: (await tick(0)).x,
    t50: (await tick(50)).x,
    t100: (await tick(100)).x,
    track,
    barEnd: bar.x + bar.width,
    score: Number(/(\d+\.\d) · coverage/.exec(text)![1]),
  };
}

const expectAligned = async (page: Page) => {
  await expect(page.getByTestId("ranking-chart").locator('[data-place="beijing"]')).toBeVisible();
  const a = await axisAndBar(page);
  // 0, 50 and 100 sit at the start, middle and end of every bar's track, and a bar ends where the axis reads its
  // score (Beijing's score is shown to 0.1, at most 0.05% of the track, well under a pixel).
  expect(Math.abs(a.t0 - a.track.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(a.t50 - (a.track.x + a.track.width / 2))).toBeLessThanOrEqual(1);
  expect(Math.abs(a.t100 - (a.track.x + a.track.width))).toBeLessThanOrEqual(1);
  expect(Math.abs(a.t0 + (a.score / 100) * (a.t100 - a.t0) - a.barEnd)).toBeLessThanOrEqual(1);
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
  // Every city passes; the 70 filing districts (shown with lv=all) fall short, Haidian among them: for the weights it
  // has figures only for the two CAC filing counts (its own figures are context): industry is 5 of
  // the 24 pillar ratings and the two counts 10 of industry's 20 indicator ratings, so 5/24 · 10/20 = 5/48 = 10.4%.
  await page.goto("/?lv=all");
  await expect(page.getByTestId("ranking-basis")).toContainText(
    "20 of 90 places are ranked, each with reported figures behind at least 60% of the weight; the rest (70) are listed apart below.",
  );
  const apart = page.getByTestId("unranked");
  await expect(apart.locator('[data-place="beijing-haidian"]')).toContainText(
    /Haidian \(Beijing\) ⚠: coverage 10.4% is below the threshold of 60%/,
  );
  const ranked = await readRanking(page);
  expect(ranked.some((r) => r.includes("Haidian"))).toBe(false);
  // Bars are paler in proportion to the weight without a figure: Beijing (100%) full; Hangzhou lacks high-tech
  // enterprises (4) and universities (2) of research's 11 indicator ratings, research being 3 of 24 pillar ratings:
  // coverage 1 − 3/24 · 6/11 = 41/44, opacity 0.3 + 0.7 · 41/44.
  const opacity = (id: string) =>
    page
      .getByTestId("ranking-chart")
      .locator(`[data-place="${id}"] [data-bar]`)
      .evaluate((el) => Number(getComputedStyle(el).opacity));
  expect(await opacity("beijing")).toBe(1);
  expect(await opacity("hangzhou")).toBeCloseTo(0.3 + (0.7 * 41) / 44, 2);
  await screenshot(page, "honest-default-coverage");

  // A link made before the default changed (no v=) still shows what its sender saw: every place with data ranked.
  await page.goto("/?tab=ranking&d=2026-11-28.4904a6a1&lv=all");
  expect((await readRanking(page)).some((r) => r.includes("Haidian"))).toBe(true);
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
  // Beijing has a figure for every scored indicator: nothing of its is imputed.
  await expect(page.getByTestId("ranking-chart").locator('[data-place="beijing"]')).not.toContainText("†");
  await page.getByTestId("tab-table").click();
  const cell = page.locator('tr[data-place="chongqing"] td[data-col="norm:rd_intensity"] [data-imputed]');
  await expect(cell).toHaveAttribute("title", "imputed");
  await page.goto("/?v=2&m=median&cov=0&tab=h2h&h=beijing,chongqing");
  await ready(page);
  await expect(page.getByTestId("h2h-table").locator('[data-indicator="rd_intensity"] [data-imputed]')).toHaveCount(1);
});

test("head to head: 'no composite' instead of 'Level'; one-sided indicators apart; different effective weights shown", async ({
  page,
}) => {
  // Haidian's coverage is 5/48 = 10.4% (see the coverage test above).
  await page.goto("/?v=2&lv=all&tab=h2h&h=beijing,beijing-haidian");
  const verdict = page.getByTestId("h2h-verdict");
  await expect(verdict).toContainText(
    "Haidian (Beijing) has no composite (coverage 10.4% is below the threshold of 60%)",
  );
  await expect(verdict).not.toContainText("Level");

  await page.goto("/?v=2&tab=h2h&h=beijing,hangzhou");
  await expect(page.getByTestId("h2h-verdict")).toContainText("Beijing leads");
  // Hangzhou has no count of high-tech enterprises in our data: listed apart, not among what decides the gap.
  const oneSided = page.getByTestId("h2h-one-sided");
  await expect(oneSided.locator('[data-indicator="high_tech_enterprises"]')).toContainText("Beijing only");
  await expect(page.getByTestId("h2h-table").locator('[data-indicator="high_tech_enterprises"]')).toHaveCount(0);
  await expect(page.getByTestId("h2h-weights-differ")).toBeVisible();
  await expect(page.getByTestId("h2h-table").locator("thead")).toContainText("Weight for Hangzhou");
  await screenshot(page, "honest-h2h");
});

test("a repeated place gives one notice; figures keep their source's precision", async ({ page }) => {
  await page.goto("/?tab=compare&p=beijing,beijing,shanghai");
  await expect(page.getByTestId("notices").locator("li")).toHaveCount(1);
  await page.goto("/?v=2&tab=table");
  // Shanghai's R&D intensity is "about 4.4%" in its source, in a column where Beijing's is 6.58: shown as ~4.4, not 4.40.
  await expect(page.locator('tr[data-place="shanghai"] td[data-col="raw:rd_intensity"]')).toHaveText("~4.4", {
    useInnerText: true,
  });
});
