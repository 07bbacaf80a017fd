import { describe, expect, it } from "vitest";
import { baseDataset } from "@/lib/data/test-fixture";
import type { Dataset } from "@/lib/data/types";
import { engineInputFromDataset } from "./from-dataset";
import { score } from "./score";
import { syntheticInput } from "./synthetic";

/** The data fixture plus a GDP figure and one more per-capita observation, so both scales have something to divide. */
function dataset(): Dataset {
  const d = baseDataset();
  const hz = d.places.find((p) => p.id === "hangzhou")!;
  hz.gdp = { value: 20000, unit: "亿元", year: "2023", sourceId: "liepin", qualifier: "exact", note: "" };
  const obs = d.observations.find((o) => o.place === "hangzhou" && o.indicator === "ai_financing_amount")!;
  d.observations.push({ ...obs, place: "beijing", value: 300 });
  return d;
}

describe("engineInputFromDataset", () => {
  it("builds composite → pillars → indicators with the dataset's weights and directions", () => {
    const d = dataset();
    const input = engineInputFromDataset(d, "absolute");
    expect(input.nodes[0]).toMatchObject({ id: d.composite.id, parent: null });
    expect(input.nodes.find((n) => n.id === "ai_tech_talent_demand_rank")).toMatchObject({
      parent: "talent",
      weight: 4,
      direction: -1,
    });
    expect(input.places.map((p) => p.id)).toEqual(["beijing", "hangzhou", "beijing-haidian"]);
    expect(input.values["ai_financing_amount"]).toEqual([300, 100, 10]);
    expect(input.missingReasons!["ai_tech_talent_demand_share"]).toEqual([null, "not reported", "not reported"]);
  });
  it("per capita: value ÷ population × 1e6 (per million residents); no population → missing with the reason", () => {
    const input = engineInputFromDataset(dataset(), "per_capita");
    // Hangzhou: 100 / 11,936,010 persons × 1e6
    expect(input.values["ai_financing_amount"]![1]).toBeCloseTo((100 / 11936010) * 1e6, 12);
    expect(input.values["ai_financing_amount"]![0]).toBeNull();
    expect(input.missingReasons!["ai_financing_amount"]![0]).toBe("no population figure");
    // Indicators without perCapita are never divided.
    expect(input.values["ai_tech_talent_demand_rank"]).toEqual(
      engineInputFromDataset(dataset(), "absolute").values["ai_tech_talent_demand_rank"],
    );
    expect(input.nodes.find((n) => n.id === "ai_financing_amount")!.unit).toMatch(/per million residents$/);
  });
  it("per GDP: value ÷ GDP (亿元) × 1e4 (per trillion CNY); no GDP → missing with the reason", () => {
    const input = engineInputFromDataset(dataset(), "per_gdp");
    expect(input.values["ai_financing_amount"]![1]).toBeCloseTo((100 / 20000) * 1e4, 12);
    expect(input.missingReasons!["ai_financing_amount"]![2]).toBe("no GDP figure");
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
