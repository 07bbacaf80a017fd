import { expect, test } from "@playwright/test";
import { zh } from "../../lib/i18n/zh";
import { screenshot } from "./helpers";

test.describe("a browser that prefers Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("gets the Chinese interface on first visit, and the language switch puts English in the link", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(zh.app.title);
    await expect(page.getByTestId("tab-h2h")).toHaveText(zh.tabs.h2h);
    // Place names come from the dataset in Chinese.
    await expect(page.getByTestId("ranking-view")).toContainText("北京");
    await screenshot(page, "zh-ranking");

    await page.getByTestId("lang-en").click();
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("AI City Index");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("ranking-view")).toContainText("Beijing");
  });
});
