import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { readRanking } from "./helpers";

const observations = JSON.parse(readFileSync("data/observations.json", "utf8")) as { note: string }[];
const places = JSON.parse(readFileSync("data/places.json", "utf8")) as { id: string; nameEn: string; level: string }[];

test("the page does not carry the dataset; the browser fetches it once, cached for good, and computes every view", async ({
  page,
  request,
}) => {
  // Notes of reported figures are shown only in tooltips of the table and compare views: not on the ranking's first
  // screen, so not in its HTML either.
  const html = await (await request.get("/")).text();
  const notes = observations.map((o) => o.note).filter((n) => n.length > 30);
  expect(notes.length).toBeGreaterThan(5);
  for (const note of notes) expect(html).not.toContain(note);

  const datasetRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/dataset/")) datasetRequests.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByTestId("ranking-view")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(new Set(datasetRequests).size).toBe(1);
  const url = datasetRequests[0]!;
  const res = await request.get(url);
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  const served = (await res.json()) as { places: { id: string }[]; sources: object[] };
  expect(served.places.map((p) => p.id)).toEqual(places.map((p) => p.id));
  expect(served.sources.every((s) => !("researchText" in s))).toBe(true);

  // Views the server did not render are computed in the browser from that one download.
  const before = await readRanking(page);
  const capital = page.getByRole("slider", { name: /Rating for Capital/ });
  await capital.focus();
  await capital.press("End");
  await expect.poll(() => readRanking(page)).not.toEqual(before);
  // Views load their code on demand: allow for a busy machine.
  await page.getByTestId("tab-table").click();
  // Cities only by default (districts join with lv=all).
  await expect(page.getByTestId("scores-table").locator("tbody tr")).toHaveCount(
    places.filter((p) => p.level === "city").length,
    { timeout: 20_000 },
  );
  await page.getByTestId("tab-compare").click();
  await expect(page.getByTestId("compare-view")).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");
  expect(new Set(datasetRequests).size).toBe(1);
});

test("a dataset address of another revision answers 404 saying to reload, and is never cached", async ({ request }) => {
  const res = await request.get("/api/dataset/0000000000000000");
  expect(res.status()).toBe(404);
  expect(res.headers()["cache-control"]).toBe("no-store");
  expect(((await res.json()) as { error: string }).error).toMatch(/reload/);
});
