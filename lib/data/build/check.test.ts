/**
 * `npm run data:check` in the test path: CI fails when the committed dataset differs from a fresh build of
 * data/selection.ts and data/research/, or when a target of issue 10 is missed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { selection } from "@/data/selection";
import { checkData } from "./check";

const DATA = fileURLToPath(new URL("../../../data/", import.meta.url));

describe("data:check", () => {
  const result = checkData(DATA, selection);

  it("finds the committed dataset equal to a fresh build, valid, without warnings", () => {
    expect(result.buildErrors).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.invalid).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it.each(result.targets.map((t) => [t.name, t] as const))("meets the target: %s", (_, t) => {
    expect(t.ok, t.actual).toBe(true);
  });

  describe("on a stale copy", () => {
    const dir = mkdtempSync(join(tmpdir(), "data-check-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(DATA, dir, { recursive: true });
    const path = join(dir, "observations.json");
    // Someone edits a figure by hand: Beijing's first stored rank 1 becomes 2.
    writeFileSync(path, readFileSync(path, "utf8").replace('"value":1,', '"value":2,'));
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
    const framework = read("framework.json") as { composite: unknown; pillars: unknown };
    const raw = {
      version: read("version.json"),
      composite: framework.composite,
      pillars: framework.pillars,
      sources: read("sources.json"),
      places: read("places.json"),
      indicators: read("indicators.json"),
      observations: read("observations.json"),
    };

    it("fails, naming the file that differs from a fresh build", () => {
      const r = checkData(dir, selection, raw);
      expect(r.ok).toBe(false);
      expect(r.stale).toEqual(["observations.json"]);
    });

    it("counts the hand-edited figure as invented (it no longer equals its research row)", () => {
      const r = checkData(dir, selection, raw);
      expect(r.targets.find((t) => t.name.startsWith("0 figures invented"))).toMatchObject({ ok: false });
    });
  });
});
