import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

const HOSTILE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
const data = JSON.parse(readFileSync("tests/fixtures/hostile-dataset.json", "utf8")) as {
  places: { id: string; nameEn: string }[];
  composite: { nameEn: string };
  sources: { title: string }[];
};

test("names and notes that contain HTML and script are shown as text everywhere, and nothing runs", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${HOSTILE}/`);
  // The page title holds the composite's name as text.
  await expect(page).toHaveTitle(`AI City Index — ${data.composite.nameEn}`);
  // Ranking (chart labels and text alternative) shows every name literally.
  const ranking = page.getByTestId("ranking-view");
  for (const p of data.places) await expect(ranking.locator("ol li").filter({ hasText: p.nameEn })).toHaveCount(1);
  await expect(page.getByTestId("ranking-chart")).toContainText(data.places[0]!.nameEn);

  // Table and provenance tooltips.
  await page.getByTestId("tab-table").click();
  const table = page.getByTestId("scores-table");
  await expect(table).toContainText(data.places[1]!.nameEn);
  const cell = table.locator("[data-testid^='cell-']").first();
  await cell.focus();
  const tip = page.getByRole("tooltip").filter({ hasText: data.sources[0]!.title }).first();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('<a href="javascript:window.__pwned=8">note</a>');

  // Methodology lists the source title as text.
  await page.getByTestId("tab-method").click();
  await expect(page.getByTestId("methodology")).toContainText(data.sources[0]!.title);

  // Nothing from the data became markup or ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator("img[src='x'], iframe, svg[onload], b[onmouseover]").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("the CLI prints hostile names as plain CSV fields", () => {
  const out = execFileSync("npx", ["tsx", "scripts/rank.ts", "--dataset", "tests/fixtures/hostile-dataset.json"], {
    encoding: "utf8",
  });
  // RFC 4180: a field with a quote or comma is quoted, inner quotes doubled; nothing is dropped or rewritten.
  expect(out).toContain(`"""Quoted"", =HYPERLINK(""http://x"") & <b>bold</b>"`);
  expect(out).toContain(data.places[0]!.nameEn);
});
