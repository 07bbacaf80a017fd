import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** The real command, as a person runs it: exit code and output, and never a stack trace. */
const dir = mkdtempSync(join(tmpdir(), "rank-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rank = (...args: string[]) => {
  const r = spawnSync("npx", ["tsx", "scripts/rank.ts", ...args], { encoding: "utf8" });
  expect(r.stderr).not.toMatch(/^\s+at /m);
  return r;
};

describe("npm run rank, as a process", { timeout: 30_000 }, () => {
  it("--out to a path it cannot write: exit 3 and the reason", () => {
    const r = rank("--out", join(dir, "no-such-dir", "out.csv"));
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe(
      `error: --out ${join(dir, "no-such-dir", "out.csv")}: cannot write the file (ENOENT: open ${join(dir, "no-such-dir", "out.csv")})`,
    );
    expect(r.stdout).toBe("");
  });

  it("a 50 MB data file: refused by its size before it is read (exit 1)", () => {
    const big = join(dir, "big.csv");
    const fd = openSync(big, "w");
    ftruncateSync(fd, 50_000_000); // sparse: 50 MB by size, nothing to read
    closeSync(fd);
    const r = rank("--data", big, "--meta", "tests/fixtures/hdi-2022/meta.csv");
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`error: ${big}: the file is 50.0 MB; the limit is 20 MB`);
  });
});
