import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { screenshot } from "./helpers";

test("/embed can be framed by another site and / cannot", async ({ page, baseURL }) => {
  // "Another site": a page served by a second web server (another origin on loopback) that frames both.
  const host = createServer((_, res) => {
    res.setHeader("Content-Type", "text/html");
    res.end(
      `<iframe id="embed" src="${baseURL}/embed?w=talent:9&tab=compare" width="800" height="700"></iframe>` +
        `<iframe id="home" src="${baseURL}/" width="400" height="300"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  const { port } = host.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  const embed = page.frameLocator("#embed");
  await expect(embed.getByTestId("embed-chart")).toBeVisible();
  await expect(embed.getByTestId("embed-chart").locator("svg title")).toHaveText(
    "AI city competitiveness — Pillar scores",
  );
  await expect(embed.getByTestId("embed-full-view")).toHaveAttribute("href", /\/\?v=2&w=talent:9&tab=compare/);
  await expect(embed.getByTestId("embed-full-view")).toHaveAttribute("target", "_blank");
  // The framed home page is refused: its frame never gets the dashboard.
  await expect(page.frameLocator("#home").locator("body")).toContainText("refused");
  await expect(page.frameLocator("#home").getByText("AI City Index")).toHaveCount(0);
  const homeRes = await page.request.get("/");
  expect(homeRes.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(homeRes.headers()["x-frame-options"]).toBe("DENY");
  await screenshot(page, "embed-framed");
  host.close();
});

test("the Embed button gives iframe code for the view's chart", async ({ page }) => {
  await page.goto("/?w=capital:9&tab=h2h");
  // Retried until the page has hydrated and the button responds.
  await expect(async () => {
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    await expect(page.getByTestId("embed-dialog")).toBeVisible({ timeout: 1000 });
  }).toPass();
  const code = await page.getByTestId("embed-code").inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\?v=2&amp;w=capital:9&amp;tab=h2h&amp;d=[^"]+"/);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("embed-dialog")).toBeHidden();
  // The code's address renders the chart.
  const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, "&");
  await page.goto(src);
  await expect(page.getByTestId("embed-chart").locator("svg")).toContainText("What decides the gap");
});

test("every view has link-preview tags naming the leaders, and its og:image responds with an image", async ({
  page,
  request,
}) => {
  await page.goto("/?w=talent:10,research:0,industry:0,capital:0,compute:0,rankings:0&tab=compare");
  const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).first();
  const title = await meta("og:title").getAttribute("content");
  expect(title).toMatch(/^\S.* leads, ahead of .+ — AI City Index$/);
  // The leader named in the preview is the leader on the page.
  await page.getByTestId("tab-ranking").click();
  const first = (await page.getByTestId("ranking-view").locator("ol li").first().textContent())!.replace(
    /^1\.\s*(.+?)\s+[\d.]+$/,
    "$1",
  );
  expect(title!.startsWith(`${first} leads`)).toBe(true);
  expect(await meta("og:description").getAttribute("content")).toContain("Talent 100%");
  expect(await meta("twitter:card").getAttribute("content")).toBe("summary_large_image");
  const image = (await meta("og:image").getAttribute("content"))!;
  expect(image).toMatch(
    /^http:\/\/.+\/og\?v=2&w=talent:10,research:0,industry:0,capital:0,compute:0,rankings:0&tab=compare&d=.+&lang=en$/,
  );
  const res = await request.get(image.replace(/^http:\/\/[^/]+/, ""));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const png = await res.body();
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  // 1200 × 630, read from the IHDR chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

  // In Chinese the preview speaks Chinese.
  await page.goto("/?lang=zh");
  expect(await meta("og:title").getAttribute("content")).toMatch(/领先/);
});
