import { describe, expect, it } from "vitest";
import { baseDataset } from "@/lib/data/test-fixture";
import type { Dataset, Indicator } from "@/lib/data/types";
import { DEFAULT_SCORING_OPTIONS } from "./options";
import { engineInputFromDataset, fitOptionsToInput } from "./from-dataset";
import { score } from "./score";
import { syntheticInput } from "./synthetic";

/** The data fixture plus a GDP figure and one more per-capita observation, so both scales have something to divide. */
function dataset(): Dataset {
  const d = baseDataset();
  const hz = d.places.find((p) => p.id === "hangzhou")!;
  hz.gdp = { value: 20000, unit: "亿元", year: "2023", sourceId: "liepin", qualifier: "exact", note: "" };
  const obs = d.observations.find((o) => o.place === "hangzhou" && o.indicator === "ai_financing_amount")!;
  d.observations.push({ ...obs, place: "beijing", value: 300, qualifier: "exact", alternatives: [] });
  return d;
}

const rank = (over: Partial<Indicator>): Indicator => ({
  id: "idc_rank",
  nameEn: "IDC rank",
  nameZh: "IDC排名",
  unit: "rank",
  unitZh: "名次",
  direction: -1,
  kind: "rank",
  pillar: "talent",
  weight: 5,
  definition: "Rank.",
  definitionZh: "排名。",
  perCapita: false,
  ...over,
});

describe("engineInputFromDataset", () => {
  it("builds composite → pillars → indicators with the dataset's weights and directions, cities only by default", () => {
    const d = dataset();
    const input = engineInputFromDataset(d, "absolute");
    expect(input.nodes[0]).toMatchObject({ id: d.composite.id, parent: null });
    expect(input.nodes.find((n) => n.id === "ai_tech_talent_demand_rank")).toMatchObject({
      parent: "talent",
      weight: 4,
      direction: -1,
    });
    expect(input.places.map((p) => p.id)).toEqual(["beijing", "hangzhou"]);
    expect(input.values["ai_financing_amount"]).toEqual([300, 100]);
    expect(input.missingReasons!["ai_tech_talent_demand_share"]).toEqual([null, "not in our data"]);
  });

  it("puts districts beside cities only when asked (level all)", () => {
    const input = engineInputFromDataset(dataset(), "absolute", { level: "all" });
    expect(input.places.map((p) => p.id)).toEqual(["beijing", "hangzhou", "beijing-haidian"]);
    expect(input.values["ai_financing_amount"]).toEqual([300, 100, 10]);
  });

  it("carries what is known beyond each point value: a lower bound (超100亿) is [100, ∞)", () => {
    const input = engineInputFromDataset(dataset(), "absolute");
    expect(input.bounds!["ai_financing_amount"]).toEqual([null, { kind: "lower_bound", lo: 100, hi: Infinity }]);
  });

  it("scores a place absent from a complete top-10 list as rank 11, bounded 11 to the number of cities", () => {
    const d = dataset();
    d.indicators.push(
      rank({ editions: [{ year: 2021, label: "2021", list: { length: 10, complete: true, level: "city" } }] }),
    );
    d.observations.push({
      ...d.observations[1]!,
      indicator: "idc_rank",
      place: "beijing",
      value: 3,
      edition: 2021,
      qualifier: "exact",
      note: "",
    });
    const input = engineInputFromDataset(d, "absolute", { level: "all" });
    // Beijing is 3rd; Hangzhou is not on the complete top 10 → N + 1 = 11, between 11 and the 2 cities in view → 11.
    // Haidian is a district: a city list says nothing of it.
    expect(input.values["idc_rank"]).toEqual([3, 11, null]);
    expect(input.bounds!["idc_rank"]).toEqual([null, { kind: "beyond_list", lo: 11, hi: 11 }, null]);
    expect(input.missingReasons!["idc_rank"]![2]).toBe("the list ranks cities only");
  });

  it("leaves context indicators out of the tree, and so out of every aggregate", () => {
    const d = dataset();
    d.indicators[0]!.role = "context";
    d.indicators[0]!.contextReason = "few_places";
    const input = engineInputFromDataset(d, "absolute");
    expect(input.nodes.map((n) => n.id)).not.toContain("ai_tech_talent_demand_share");
    expect(Object.keys(input.values)).not.toContain("ai_tech_talent_demand_share");
  });

  it("leaves out an indicator with no edition yet at the view's year; the view's overrides for it are dropped", () => {
    const d = dataset();
    d.indicators.push(rank({ editions: [{ year: 2021, label: "2021" }] }));
    d.observations.push({ ...d.observations[1]!, indicator: "idc_rank", edition: 2021, qualifier: "exact" });
    const input = engineInputFromDataset(d, "absolute", { asOf: 2020 });
    expect(input.nodes.map((n) => n.id)).not.toContain("idc_rank");
    const options = fitOptionsToInput(
      { ...DEFAULT_SCORING_OPTIONS, weightOverrides: { idc_rank: 5, talent: 3 } },
      input,
    );
    expect(options.weightOverrides).toEqual({ talent: 3 });
    expect(() => score(input, options)).not.toThrow();
  });

  it("per capita: value ÷ population × 1e6 (per million residents), bounds alike; no population → missing with the reason", () => {
    const input = engineInputFromDataset(dataset(), "per_capita");
    // Hangzhou: 100 / 11,936,010 persons × 1e6 = 8.3780…; its lower bound moves with it, +∞ stays +∞.
    expect(input.values["ai_financing_amount"]![1]).toBeCloseTo((100 / 11936010) * 1e6, 12);
    expect(input.bounds!["ai_financing_amount"]![1]).toEqual({
      kind: "lower_bound",
      lo: (100 / 11936010) * 1e6,
      hi: Infinity,
    });
    expect(input.values["ai_financing_amount"]![0]).toBeNull();
    expect(input.missingReasons!["ai_financing_amount"]![0]).toBe("no population figure");
    // Indicators without perCapita are never divided.
    expect(input.values["ai_tech_talent_demand_rank"]).toEqual(
      engineInputFromDataset(dataset(), "absolute").values["ai_tech_talent_demand_rank"],
    );
    expect(input.nodes.find((n) => n.id === "ai_financing_amount")!.unit).toMatch(/per million residents$/);
  });

  it("per GDP: value ÷ GDP (亿元) × 1e4 (per trillion CNY); no GDP → missing with the reason", () => {
    const input = engineInputFromDataset(dataset(), "per_gdp", { level: "all" });
    // Hangzhou: 100 / 20,000 亿元 × 1e4 = 50.
    expect(input.values["ai_financing_amount"]![1]).toBeCloseTo(50, 12);
    expect(input.missingReasons!["ai_financing_amount"]![2]).toBe("no GDP figure");
  });

  it("per GDP: a place without a GDP figure is listed apart with the reason, not ranked on its shares and ranks", () => {
    const d = dataset();
    // Beijing (no GDP) has the best demand share; absolute, it ranks. Per GDP it must not stand in the ranking.
    const absolute = score(engineInputFromDataset(d, "absolute")).places.find((p) => p.id === "beijing")!;
    expect(absolute.rank).not.toBeNull();
    const input = engineInputFromDataset(d, "per_gdp");
    expect(Array.from(input.excluded!)).toEqual(["no GDP figure", null]);
    const r = score(input, { ...DEFAULT_SCORING_OPTIONS, coverageThreshold: 0 });
    expect(r.places.find((p) => p.id === "beijing")).toMatchObject({
      rank: null,
      score: null,
      reason: "no GDP figure",
    });
    expect(r.places.find((p) => p.id === "hangzhou")!.rank).toBe(1);
    // Absolute figures need no denominator: nobody is left out.
    expect(engineInputFromDataset(d, "absolute").excluded).toBeUndefined();
  });

  it("per capita: a place without a population figure is listed apart the same way", () => {
    const input = engineInputFromDataset(dataset(), "per_capita");
    expect(Array.from(input.excluded!)).toEqual(["no population figure", null]);
  });

  it("rejects an unknown scale", () => {
    expect(() => engineInputFromDataset(dataset(), "per_hectare" as never)).toThrow(
      /scale: unknown scale "per_hectare"/,
    );
  });

  it("scores, and the reason reaches the place's result", () => {
    const r = score(engineInputFromDataset(dataset(), "per_capita"));
    const bj = r.places.find((p) => p.id === "beijing")!;
    expect(bj.norm["ai_financing_amount"]).toEqual({ value: null, imputed: false, reason: "no population figure" });
  });
});

describe("syntheticInput", () => {
  it("is the same for the same seed and has the asked shape", () => {
    const spec = { places: 300, indicators: 30, pillars: 5, seed: 7, missingShare: 0.1 };
    const a = syntheticInput(spec);
    expect(syntheticInput(spec)).toEqual(a);
    expect(a.places).toHaveLength(300);
    expect(a.nodes.filter((n) => n.parent === "composite")).toHaveLength(5);
    expect(Object.keys(a.values)).toHaveLength(30);
    const cells = Object.values(a.values).flatMap((c) => Array.from(c as Float64Array));
    const missing = cells.filter((x) => Number.isNaN(x)).length / cells.length;
    expect(missing).toBeGreaterThan(0.07);
    expect(missing).toBeLessThan(0.13);
    expect(score(a).places[0]!.rank).toBe(1);
  });
});
