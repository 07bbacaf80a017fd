import { describe, expect, it } from "vitest";
import { bundledContent, bundledRaw } from "./bundled";
import { contentHash } from "./content-hash";
import { coverageMatrix } from "./coverage";
import { buildFramework } from "./framework";
import { getDataset } from "./load";
import { validateDataset } from "./validate";

const dataset = getDataset();

describe("the bundled dataset", () => {
  it("validates without errors or warnings", () => {
    expect(validateDataset(bundledRaw)).toMatchObject({ ok: true, warnings: [] });
  });

  it("carries a current dataset revision (run npm run data:build if this fails)", () => {
    expect(dataset.version.hash).toBe(contentHash(bundledContent));
  });

  it("has the 20 cities the issue names and Haidian as a district of Beijing; no province is a place", () => {
    const cities = dataset.places.filter((p) => p.level === "city").map((p) => p.nameEn);
    expect(cities.sort()).toEqual(
      [
        "Beijing",
        "Shanghai",
        "Shenzhen",
        "Hangzhou",
        "Guangzhou",
        "Suzhou",
        "Nanjing",
        "Chengdu",
        "Wuhan",
        "Hefei",
        "Wuxi",
        "Chongqing",
        "Tianjin",
        "Xi'an",
        "Changsha",
        "Zhengzhou",
        "Qingdao",
        "Ningbo",
        "Jinan",
        "Xiamen",
      ].sort(),
    );
    expect(dataset.places.find((p) => p.id === "beijing-haidian")).toMatchObject({
      level: "district",
      parent: "beijing",
    });
  });

  it("serves each indicator from one publisher, and ranks are lower-is-better", () => {
    const publisher = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
    for (const i of dataset.indicators) {
      const used = new Set(
        dataset.observations.filter((o) => o.indicator === i.id).map((o) => publisher.get(o.sourceId)),
      );
      expect(used.size, i.id).toBe(1);
      expect([...used][0], i.id).toBe(i.publisher);
      if (i.kind === "rank") expect(i.direction, i.id).toBe(-1);
    }
  });

  it("keeps every edition of an indicator with its year: IDC 2018, 2019, 2021; CAC filings at three dates", () => {
    const years = (id: string) => dataset.indicators.find((i) => i.id === id)?.editions?.map((e) => e.year);
    expect(years("ai_city_rank_idc")).toEqual([2018, 2019, 2021]);
    expect(years("deep_synthesis_filings")).toEqual([2024, 2025, 2026]);
    expect(years("talent_attraction_rank")).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    const hz = dataset.observations.filter((o) => o.place === "hangzhou" && o.indicator === "ai_city_rank_idc");
    expect(hz.map((o) => [o.edition, o.value])).toEqual([
      [2018, 1],
      [2019, 2],
      [2021, 2],
    ]);
  });

  it("states designations as yes/no with the year granted", () => {
    const zone = (p: string) =>
      dataset.observations.find((o) => o.place === p && o.indicator === "pilot_zone_ai_innovation");
    expect(zone("beijing")).toMatchObject({ value: 1, granted: 2019 });
    expect(zone("nanjing")).toMatchObject({ value: 0 });
    expect(zone("nanjing")?.granted).toBeUndefined();
  });

  it("keeps the seed article's Haidian figures as district context, never scored", () => {
    const haidian = dataset.observations.filter((o) => o.place === "beijing-haidian");
    const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
    const context = haidian.filter((o) => byId.get(o.indicator)?.role === "context").map((o) => [o.indicator, o.value]);
    expect(context).toEqual(
      expect.arrayContaining([
        ["haidian_universities_ai_major", 21],
        ["haidian_ai_scholars", 12300],
        ["haidian_ai_enterprises", 1300],
        ["haidian_tech_fund", 100],
        ["haidian_annual_ai_support", 10],
      ]),
    );
    for (const id of ["haidian_ai_scholars", "haidian_tech_fund"])
      expect(byId.get(id)).toMatchObject({ role: "context", contextReason: "district_only" });
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
    expect(leaves.sort()).toEqual(
      dataset.indicators
        .filter((i) => i.role !== "context")
        .map((i) => i.id)
        .sort(),
    );
  });

  it("gives every node share 0 when all sibling weights are 0, never NaN", () => {
    const zero = { ...dataset, pillars: dataset.pillars.map((p) => ({ ...p, weight: 0 })) };
    for (const p of buildFramework(zero).children) expect(p.share).toBe(0);
  });
});

describe(coverageMatrix, () => {
  it("counts places with a figure per indicator and per place", () => {
    const m = coverageMatrix(dataset);
    expect(m.cells).toHaveLength(dataset.places.length);
    expect(m.byPlace.reduce((a, c) => a + c.observed, 0)).toBe(m.byIndicator.reduce((a, c) => a + c.observed, 0));
    // GEI's complete 2021 list gives every city a count (Xiamen 0); the districts have none.
    expect(m.byIndicator.find((c) => c.indicator.id === "unicorns")).toMatchObject({
      observed: 20,
      total: dataset.places.length,
    });
  });
});
