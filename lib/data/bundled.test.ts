import { describe, expect, it } from "vitest";
import { bundledContent, bundledRaw } from "./bundled";
import { contentHash } from "./content-hash";
import { coverageMatrix } from "./coverage";
import { buildFramework } from "./framework";
import { observationIndex } from "./helpers";
import { getDataset } from "./load";
import { validateDataset } from "./validate";

const dataset = getDataset();

describe("the bundled dataset", () => {
  it("validates without errors or warnings", () => {
    expect(validateDataset(bundledRaw)).toMatchObject({ ok: true, warnings: [] });
  });

  it("carries a current data version (run npm run data:version if this fails)", () => {
    expect(dataset.version.hash).toBe(contentHash(bundledContent));
  });

  it("has the places the issue names, Haidian as a district of Beijing", () => {
    const ids = dataset.places.map((p) => p.id);
    for (const id of ["beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "suzhou", "nanjing", "chengdu"])
      expect(ids).toContain(id);
    for (const id of ["wuhan", "hefei", "wuxi", "beijing-haidian"]) expect(ids).toContain(id);
    expect(dataset.places.length).toBeGreaterThanOrEqual(12);
    expect(dataset.places.find((p) => p.id === "beijing-haidian")).toMatchObject({
      level: "district",
      parent: "beijing",
    });
  });

  it("has at least 10 indicators in 4–6 pillars, including the seed's three", () => {
    expect(dataset.indicators.length).toBeGreaterThanOrEqual(10);
    expect(dataset.pillars.length).toBeGreaterThanOrEqual(4);
    expect(dataset.pillars.length).toBeLessThanOrEqual(6);
    const ids = dataset.indicators.map((i) => i.id);
    for (const id of ["ai_tech_talent_demand_share", "ai_tech_talent_demand_rank", "ai_top_talent_share"])
      expect(ids).toContain(id);
    for (const i of dataset.indicators) if (i.kind === "rank") expect(i.direction, i.id).toBe(-1);
  });

  it("keeps Hangzhou's Liepin observation a rank: no share is derived from it", () => {
    const index = observationIndex(dataset);
    expect(index.get("hangzhou|ai_tech_talent_demand_rank")?.value).toBe(4);
    expect(index.has("hangzhou|ai_tech_talent_demand_share")).toBe(false);
  });

  it("serves each indicator from one publisher", () => {
    const publisher = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
    for (const i of dataset.indicators) {
      const used = new Set(
        dataset.observations.filter((o) => o.indicator === i.id).map((o) => publisher.get(o.sourceId)),
      );
      expect(used.size, i.id).toBe(1);
    }
  });
});

describe(buildFramework, () => {
  it("is a tree composite → pillars → indicators whose sibling shares sum to 1", () => {
    const tree = buildFramework(dataset);
    expect(tree).toMatchObject({ kind: "composite", id: dataset.composite.id, weight: 1 });
    expect(tree.children.map((p) => p.id)).toEqual(dataset.pillars.map((p) => p.id));
    expect(tree.children.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1);
    for (const pillar of tree.children) {
      expect(pillar.children.length, pillar.id).toBeGreaterThan(0);
      expect(pillar.children.reduce((a, i) => a + i.share, 0)).toBeCloseTo(1);
    }
    const leaves = tree.children.flatMap((p) => p.children.map((i) => i.id));
    expect(leaves.sort()).toEqual(dataset.indicators.map((i) => i.id).sort());
  });

  it("gives every node share 0 when all sibling weights are 0, never NaN", () => {
    const zero = { ...dataset, pillars: dataset.pillars.map((p) => ({ ...p, weight: 0 })) };
    for (const p of buildFramework(zero).children) expect(p.share).toBe(0);
  });
});

describe(coverageMatrix, () => {
  it("counts observed cells per indicator and per place", () => {
    const m = coverageMatrix(dataset);
    expect(m.cells).toHaveLength(dataset.places.length);
    const total = m.byIndicator.reduce((a, c) => a + c.observed, 0);
    expect(total).toBe(dataset.observations.length);
    expect(m.byPlace.reduce((a, c) => a + c.observed, 0)).toBe(dataset.observations.length);
    const unicorns = m.byIndicator.find((c) => c.indicator.id === "unicorns_all_sectors");
    expect(unicorns).toMatchObject({ observed: 13, total: 14 });
  });
});
