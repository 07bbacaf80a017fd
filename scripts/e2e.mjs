// Runs the Playwright suite against the production build in a Chromium found (or installed) by chromium.mjs.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./chromium.mjs";

const browser = ensureChromium();
const env = { ...process.env };
if (browser) env.CHROMIUM_PATH = browser;
const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
