import { describe, expect, it } from "vitest";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import { score } from "@/lib/scoring/score";
import { baseDataset } from "./test-fixture";
import type { Dataset, Observation, Place } from "./types";
import { validateDataset } from "./validate";

const CITIES = ["a", "b", "c", "d", "e", "f"];

/** Six cities and one district, no `role` on any indicator (as an imported dataset). */
function imported(): Dataset {
  const base = baseDataset();
  const city = (id: string): Place => ({ ...base.places[0]!, id, nameEn: id.toUpperCase(), nameZh: id });
  const district: Place = { ...base.places[2]!, id: "a-d", parent: "a" };
  const obs = (place: string, indicator: string, value: number): Observation => ({
    place,
    indicator,
    value,
    sourceId: "liepin",
    year: "2024",
    qualifier: "exact",
    note: "",
    alternatives: [],
  });
  return {
    ...base,
    places: [...CITIES.map(city), district],
    indicators: base.indicators.map((i) => ({ ...i, perCapita: false })),
    observations: [
      // Demand share: all six cities, f highest. Demand rank: three cities, a first. Financing: only the district.
      ...CITIES.map((p, k) => obs(p, "ai_tech_talent_demand_share", 10 + k)),
      obs("a", "ai_tech_talent_demand_rank", 1),
      obs("b", "ai_tech_talent_demand_rank", 2),
      obs("c", "ai_tech_talent_demand_rank", 3),
      obs("a-d", "ai_financing_amount", 5),
    ],
  };
}

describe("a dataset that does not say which indicators are context", () => {
  it("gets the < 5 cities and districts-only rule when read, with a warning naming each", () => {
    const r = validateDataset(imported());
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const role = Object.fromEntries(r.dataset.indicators.map((i) => [i.id, [i.role, i.contextReason]]));
    expect(role).toEqual({
      ai_tech_talent_demand_share: ["scored", undefined],
      ai_tech_talent_demand_rank: ["context", "few_places"],
      ai_financing_amount: ["context", "district_only"],
    });
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        "indicators[ai_tech_talent_demand_rank]: fewer than 5 cities report it; shown as context, not scored",
        "indicators[ai_financing_amount]: only districts report it; shown as context, not scored",
      ]),
    );
  });

  it("so the three-city indicator cannot lift a city to the top", () => {
    const r = validateDataset(imported());
    if (!r.ok) throw new Error("invalid");
    const result = score(engineInputFromDataset(r.dataset, "absolute"));
    // Only the demand share is scored (min-max over 10..15): f = (15 − 10)/5 · 100 = 100, a = 0. Had the three-city
    // rank been scored (weight 4 beside the share's 7), a would get (7·0 + 4·100)/11 = 36.4 and f, with no rank,
    // 100 on the share alone under re-distribution: a figure only half the cities have would decide a's place.
    const f = result.places.find((p) => p.id === "f")!;
    expect(Object.keys(f.norm)).toEqual(["ai_tech_talent_demand_share"]);
    expect(f.score).toBe(100);
    expect(result.places.find((p) => p.id === "a")!.score).toBe(0);
  });

  it("keeps a stated role, and leaves a dataset of fewer than 5 cities as it is", () => {
    const stated = imported();
    stated.indicators = stated.indicators.map((i) => ({ ...i, role: "scored" as const }));
    const r = validateDataset(stated);
    if (!r.ok) throw new Error("invalid");
    expect(r.dataset.indicators.map((i) => i.role)).toEqual(["scored", "scored", "scored"]);
    expect(r.warnings.some((w) => w.includes("shown as context"))).toBe(false);

    const small = validateDataset(baseDataset());
    if (!small.ok) throw new Error("invalid");
    expect(small.dataset.indicators.map((i) => i.role)).toEqual(["scored", "scored", "scored"]);
  });
});
