import { spawn } from "node:child_process";
import http from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/** Servers of our own (the suite's use E2E_PORT and the next one), started as `npm start` does; one port per test. */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 5;

function start(port: number, env: Record<string, string>) {
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout.on("data", (b) => (log += b));
  child.stderr.on("data", (b) => (log += b));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, log: () => log };
}

test("an invalid AI_CITY_DATASET stops the server at start-up with the reason, and no stack trace", async () => {
  const dir = mkdtempSync(join(tmpdir(), "startup-"));
  const file = join(dir, "empty-pillar.json");
  const good = JSON.parse(readFileSync("tests/fixtures/hostile-dataset.json", "utf8")) as {
    pillars: { id: string; nameEn: string; nameZh: string; weight: number }[];
  };
  good.pillars.push({ id: "empty_pillar", nameEn: "Empty", nameZh: "空", weight: 5 });
  writeFileSync(file, JSON.stringify(good));
  const server = start(BASE_PORT, { AI_CITY_DATASET: file });
  const code = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r("still running"), 60_000))]);
  if (code === "still running") process.kill(-server.child.pid!, "SIGTERM");
  expect(code).toBe(1);
  expect(server.log()).toContain(
    `[ai-city-index] not starting: AI_CITY_DATASET=${file} is not a valid dataset:\n  - pillars[empty_pillar] › (record): the pillar has no indicators: an empty pillar`,
  );
  expect(server.log()).not.toMatch(/^\s+at /m);
});

/** GET on a keep-alive agent: whether the request went out on a connection already open. */
const getOn = (agent: http.Agent, url: string) =>
  new Promise<boolean>((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(req.reusedSocket));
    });
    req.on("error", reject);
  });

test("TRACE answers 405 and leaves no stack trace in the server's log; an idle keep-alive connection outlives 5 s", async ({
  request,
}) => {
  const PORT = BASE_PORT + 1;
  const server = start(PORT, {});
  try {
    await expect
      .poll(async () => (await request.get(`http://127.0.0.1:${PORT}/icon.svg`).catch(() => null))?.status(), {
        timeout: 60_000,
      })
      .toBe(200);
    const res = await request.fetch(`http://127.0.0.1:${PORT}/`, { method: "TRACE" });
    expect(res.status()).toBe(405);
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(server.log()).toMatch(/serving the bundled dataset: \d+ places/);
    // Node's default keep-alive is 5 s: under load the server dropped such connections as their next request arrived.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    expect(await getOn(agent, `http://127.0.0.1:${PORT}/icon.svg`)).toBe(false);
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await getOn(agent, `http://127.0.0.1:${PORT}/icon.svg`)).toBe(true);
    agent.destroy();
    expect(server.log()).not.toMatch(/^\s+at |Error/m);
  } finally {
    process.kill(-server.child.pid!, "SIGTERM");
  }
});
