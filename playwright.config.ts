import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/chromium.mjs";

// The suite runs against the production build (`next start`), in the Chromium that scripts/chromium.mjs found.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } }],
  webServer: [
    {
      command: `npx next start -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same build serving a dataset whose names and notes are HTML and script (tests/e2e/hostile.spec.ts).
      command: `npx next start -p ${PORT + 1}`,
      url: `http://127.0.0.1:${PORT + 1}`,
      env: { AI_CITY_DATASET: "tests/fixtures/hostile-dataset.json" },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
