import { describe, expect, it } from "vitest";
import { cityShares } from "./city-share";
import { baseDataset } from "./test-fixture";
import type { Dataset, Observation } from "./types";

const obs = (place: string, indicator: string, value: number, qualifier: Observation["qualifier"] = "exact") => ({
  place,
  indicator,
  value,
  sourceId: "szaia",
  year: "2025",
  qualifier,
  note: "",
  alternatives: [],
});

function withBeijing(value: number, qualifier: Observation["qualifier"] = "exact"): Dataset {
  const d = baseDataset();
  d.observations.push(obs("beijing", "ai_financing_amount", value, qualifier));
  return d;
}

describe(cityShares, () => {
  it("divides a district's count by its city's: Haidian 10 of Beijing 40 = 25 %", () => {
    const haidian = cityShares(withBeijing(40)).get("beijing-haidian")!;
    expect(haidian.ai_financing_amount).toEqual({
      city: "beijing",
      cityValue: 40,
      value: 10,
      share: 0.25, // 10 / 40
      why: "ok",
    });
  });

  it("gives no share for a rank or a share, a missing figure, a bound, or a city at zero, and says why", () => {
    expect(cityShares(withBeijing(40)).get("beijing-haidian")!.ai_tech_talent_demand_share).toMatchObject({
      share: null,
      why: "not_additive",
    });
    expect(cityShares(baseDataset()).get("beijing-haidian")!.ai_financing_amount).toMatchObject({
      share: null,
      why: "missing",
    });
    expect(cityShares(withBeijing(40, "lower_bound")).get("beijing-haidian")!.ai_financing_amount).toMatchObject({
      share: null,
      why: "not_exact",
    });
    expect(cityShares(withBeijing(0)).get("beijing-haidian")!.ai_financing_amount).toMatchObject({
      share: null,
      why: "city_zero",
    });
  });

  it("lists districts only", () => {
    expect([...cityShares(withBeijing(40)).keys()]).toEqual(["beijing-haidian"]);
  });
});
