// Finds a Chromium for the end-to-end tests, or gets one, and says what it did.
// Order: $CHROMIUM_PATH → a system Chromium → Debian's `chromium` package (when root on Debian) → Playwright's own
// browser download (the ordinary fallback on a machine with internet and no system browser).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

/** Flags for headless Chromium here: no sandbox as root, and no background traffic to a network that is closed. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const say = (msg) => console.log(`[chromium] ${msg}`);

function isRootOnDebian() {
  return process.platform === "linux" && process.getuid?.() === 0 && existsSync("/etc/debian_version");
}

/** @returns {string | undefined} a browser path, or undefined to let Playwright use its own download. */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) {
      say(`using CHROMIUM_PATH=${fromEnv}`);
      return fromEnv;
    }
    say(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) {
    say(`using the system browser at ${found}`);
    return found;
  }
  if (isRootOnDebian()) {
    say("no browser found; installing Debian's chromium package (apt-get, about a minute)");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-cjk"], {
      stdio: "inherit",
      env,
    });
    if (existsSync("/usr/bin/chromium")) {
      say("installed /usr/bin/chromium");
      return "/usr/bin/chromium";
    }
    say("apt-get finished but /usr/bin/chromium is missing");
  }
  say("no system Chromium; falling back to Playwright's own download (npx playwright install chromium)");
  const r = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (r.status !== 0) {
    throw new Error("Could not find or install Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary.");
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const p = ensureChromium();
  console.log(p ?? "(playwright-managed)");
}
