import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { servedDataset } from "./served";
import { baseDataset, broken } from "./test-fixture";

const dir = mkdtempSync(join(tmpdir(), "served-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => delete process.env.AI_CITY_DATASET);

let n = 0;
/** Serves `content` as AI_CITY_DATASET (a new file name each time: the served dataset is cached per file). */
function serve(content: string): () => ReturnType<typeof servedDataset> {
  const file = join(dir, `d${n++}.json`);
  writeFileSync(file, content);
  process.env.AI_CITY_DATASET = file;
  return () => servedDataset();
}

describe(servedDataset, () => {
  it("serves the bundled dataset, with a revision that hashes exactly the JSON served", async () => {
    const { dataset, revision, json } = servedDataset();
    expect(dataset.places.length).toBeGreaterThan(5);
    const { createHash } = await import("node:crypto");
    expect(revision).toBe(createHash("sha256").update(json).digest("hex").slice(0, 16));
    expect(JSON.parse(json).sources.every((s: object) => !("researchText" in s))).toBe(true);
  });

  it("serves a valid AI_CITY_DATASET file", () => {
    const s = serve(JSON.stringify(baseDataset()))();
    expect(s.dataset.places.map((p) => p.id)).toEqual(["beijing", "hangzhou", "beijing-haidian"]);
  });

  it.each([
    ["not JSON", "{", /could not be read as JSON/],
    [
      "a pillar with no indicators",
      JSON.stringify(broken((d) => d.pillars.push({ id: "compute", nameEn: "C", nameZh: "算", weight: 5 }))),
      /pillars\[compute\] › \(record\): the pillar has no indicators/,
    ],
    [
      "an id used by a pillar and an indicator",
      JSON.stringify(
        broken((d) => {
          d.indicators[2]!.id = "capital";
          for (const o of d.observations) if (o.indicator === "ai_financing_amount") o.indicator = "capital";
        }),
      ),
      /indicators\[capital\] › id: "capital" is also the id of a pillar/,
    ],
    [
      "a value near 1.7e308",
      JSON.stringify(broken((d) => (d.observations[0]!.value = 1.7e308))),
      /value: 1\.7e\+308 is beyond the largest magnitude/,
    ],
  ])("refuses %s, saying why", (_, content, reason) => {
    expect(serve(content)).toThrow(reason);
    expect(serve(content)).toThrow(/^AI_CITY_DATASET=\S+d\d+\.json /);
  });

  it("refuses a file over the size limit without reading it", () => {
    const file = join(dir, "big.json");
    const fd = openSync(file, "w");
    ftruncateSync(fd, 25_000_000);
    closeSync(fd);
    process.env.AI_CITY_DATASET = file;
    expect(() => servedDataset()).toThrow(`AI_CITY_DATASET=${file}: the file is 25.0 MB; the limit is 20 MB`);
  });

  it("refuses a file that does not exist", () => {
    process.env.AI_CITY_DATASET = join(dir, "nope.json");
    expect(() => servedDataset()).toThrow(/cannot read the file \(ENOENT\)/);
  });
});
