import { readFileSync } from "node:fs";
import { expect, test, type Page, type Request } from "@playwright/test";
import { readRanking, screenshot } from "./helpers";

const dir = "tests/fixtures/import";
const file = (name: string, as = name) => ({ name: as, mimeType: "text/csv", buffer: readFileSync(`${dir}/${name}`) });
/** Text from the imported files that must never appear in a request. */
const MARKERS = ["Testopolis", "testopolis", "98765", "Otherburg", "测试城", "%E6%B5%8B%E8%AF%95"];

function watchNetwork(page: Page) {
  const seen: Request[] = [];
  page.on("request", (r) => seen.push(r));
  return () =>
    seen.filter((r) => {
      const text = `${r.url()} ${r.postData() ?? ""} ${JSON.stringify(r.headers())}`;
      return r.method() !== "GET" || MARKERS.some((mk) => text.includes(mk));
    });
}

async function openDataTab(page: Page, query = "") {
  await page.goto(`/?tab=data${query}`);
  await expect(page.getByTestId("import-file")).toBeAttached();
  await page.waitForLoadState("networkidle");
}

test("import a CSV pair: the ranking shows it, a reload keeps it, and no request carries any of it", async ({
  page,
}) => {
  const leaks = watchNetwork(page);
  await openDataTab(page);
  await page.getByTestId("import-file").setInputFiles([file("data.csv"), file("meta.csv")]);
  await expect(page).toHaveURL(/[?&]ds=[a-z0-9]+/);
  await expect(page.getByTestId("imported-banner")).toContainText("My AI index");
  await page.getByTestId("tab-ranking").click();
  expect((await readRanking(page))[0]).toMatch(/^1\.\s*Testopolis/);
  // Scoring with other weights stays in the browser too.
  await page.getByRole("spinbutton", { name: /Rating for Money/ }).fill("10");
  await expect(page).toHaveURL(/money:10/);
  await screenshot(page, "import-ranking");

  await page.reload();
  await expect(page.getByTestId("imported-banner")).toBeVisible();
  expect((await readRanking(page))[0]).toMatch(/^1\.\s*Testopolis/);

  // Listed in the browser's datasets; renamed; the link says it is on imported data.
  await page.getByTestId("tab-data").click();
  const item = page.getByTestId("dataset-list").locator("li").filter({ hasText: "My AI index" });
  await item.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("textbox", { name: /New name for/ }).fill("Survey 2026");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("dataset-list")).toContainText("Survey 2026");
  expect(leaks().map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
});

test("a broken file names its row and column, and the data in view stay as they were", async ({ page }) => {
  await openDataTab(page);
  await page.getByTestId("import-file").setInputFiles([file("broken-data.csv", "data.csv"), file("meta.csv")]);
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("data.csv, row 3, column funding");
  await expect(errors).toContainText('"n/a"');
  await expect(page).not.toHaveURL(/ds=/);
  await page.getByTestId("tab-ranking").click();
  expect((await readRanking(page))[0]).toMatch(/^1\.\s*Beijing/);
});

test("a wide CSV with a byte-order mark, semicolons and Chinese headers is confirmed in the page, then ranked", async ({
  page,
}) => {
  const leaks = watchNetwork(page);
  await openDataTab(page, "&lang=zh");
  await page.getByTestId("import-file").setInputFiles([file("wide.csv")]);
  const form = page.getByTestId("wide-confirm");
  await expect(form).toBeVisible();
  // The rank column is proposed lower-is-better; the text column is left out.
  await expect(form.getByRole("combobox", { name: /调查排名/ }).first()).toHaveValue("-1");
  await expect(form).toContainText("备注");
  await form.getByRole("button", { name: "导入并显示排名" }).click();
  await expect(page).toHaveURL(/ds=/);
  await page.getByTestId("tab-ranking").click();
  expect((await readRanking(page))[0]).toMatch(/^1\.\s*测试城/);
  expect(leaks()).toEqual([]);
});

test("a link made on imported data, opened in another browser, says the data live on the sender's machine", async ({
  page,
  browser,
}) => {
  await openDataTab(page);
  await page.getByTestId("import-file").setInputFiles([file("data.csv"), file("meta.csv")]);
  await expect(page).toHaveURL(/ds=/);
  const link = page.url();
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(link);
  await expect(elsewhere.getByTestId("import-missing")).toContainText("imported into another browser");
  await expect(elsewhere.getByTestId("import-missing")).toContainText("never leave the machine");
  await elsewhere.getByRole("link", { name: "Back to the published data" }).click();
  expect((await readRanking(elsewhere))[0]).toMatch(/^1\.\s*Beijing/);
  await other.close();
});

test("your own figures: Xi'an added, a hypothetical Hangzhou with 20% more firms, marked and carried in the link; one click back", async ({
  page,
}) => {
  await openDataTab(page);
  const panel = page.getByTestId("yours-panel");
  await panel.getByTestId("add-name").fill("Xi'an");
  await panel.getByTestId("add-place").click();
  // (Chromium writes the apostrophe as %27 in the address bar.)
  await expect(page).toHaveURL(/ed=add:xi-an:Xi(?:'|%27)an/);
  await panel.getByTestId("figure-place").selectOption("xi-an");
  await panel.getByTestId("figure-indicator").selectOption("unicorns");
  await panel.getByTestId("figure-value").fill("3");
  await panel.getByTestId("figure-apply").click();
  await expect(page).toHaveURL(/set:xi-an:unicorns:3/);

  await panel.getByTestId("add-name").fill("Hangzhou +20% AI firms");
  await panel.getByTestId("add-base").selectOption("hangzhou");
  await panel.getByTestId("add-place").click();
  // The GEI unicorn count is Hangzhou's published firm count (22 in 2021).
  await panel.getByTestId("figure-indicator").selectOption("unicorns");
  await panel.getByTestId("figure-how").selectOption("scale");
  await panel.getByTestId("figure-value").fill("1.2");
  await panel.getByTestId("figure-apply").click();
  await expect(page).toHaveURL(/x1\.2/);

  // One change undone on its own: Xi'an keeps its place, loses the figure.
  await page.getByRole("button", { name: /Undo: Xi'an ✎ › Unicorns, all sectors \(GEI\): set to 3/ }).click();
  await expect(page).not.toHaveURL(/set:xi-an/);
  await panel.getByTestId("figure-place").selectOption("xi-an");
  await panel.getByTestId("figure-indicator").selectOption("unicorns");
  await panel.getByTestId("figure-how").selectOption("set");
  await panel.getByTestId("figure-value").fill("3");
  await panel.getByTestId("figure-apply").click();
  await expect(page).toHaveURL(/set:xi-an:unicorns:3/);

  const banner = page.getByTestId("edits-banner");
  await expect(banner).toContainText("Added Xi'an ✎");
  await expect(banner).toContainText("a hypothetical starting from Hangzhou's figures");
  await page.getByTestId("tab-table").click();
  const table = page.getByTestId("scores-table");
  await expect(table.locator('tr[data-place="xi-an"]')).toContainText("Xi'an ✎");
  // Every figure of the hypothetical is marked as the user's (copied from Hangzhou); the scaled one says by how much.
  const hypo = table.locator('tr[data-place^="hangzhou-20"]');
  await expect(hypo.locator("[data-user-change]").first()).toBeVisible();
  // Its provenance (on focus, in a tooltip drawn above the table) says by how much.
  await hypo.locator('td[data-col="raw:unicorns"] [tabindex="0"]').focus();
  await expect(page.getByRole("tooltip")).toContainText("× 1.2");
  await expect(table.locator('tr[data-place="hangzhou"] [data-user-change]')).toHaveCount(0);
  await screenshot(page, "your-figures");

  // The link alone reproduces the edited view (a fresh page load).
  const link = page.url();
  await page.goto(link);
  await expect(page.getByTestId("edits-banner")).toContainText("Xi'an");
  await expect(page.getByTestId("scores-table").locator('tr[data-place="xi-an"]')).toBeVisible();

  await page.getByTestId("edits-reset").click();
  await expect(page.getByTestId("edits-banner")).toHaveCount(0);
  await expect(page).not.toHaveURL(/ed=/);
  await expect(page.getByTestId("scores-table").locator('tr[data-place="xi-an"]')).toHaveCount(0);
});
