import { describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/input/limits";
import { baseDataset, broken } from "./test-fixture";
import type { Dataset } from "./types";
import { validateDataset, type DataError } from "./validate";

const errorsOf = (raw: unknown): DataError[] => {
  const r = validateDataset(raw);
  if (r.ok) throw new Error("accepted");
  return r.errors;
};

describe("datasets that would break a page are refused", () => {
  it("an id used by a pillar and an indicator", () => {
    const raw = broken((d) => {
      d.indicators[2]!.id = "capital";
      d.observations.forEach((o) => o.indicator === "ai_financing_amount" && (o.indicator = "capital"));
    });
    expect(errorsOf(raw)).toContainEqual({
      record: "indicators[capital]",
      field: "id",
      message: '"capital" is also the id of a pillar: ids are unique across levels',
    });
  });

  it("a pillar with the composite's id", () => {
    const raw = broken((d) => {
      d.pillars[1]!.id = "ai_city_index";
      d.indicators[2]!.pillar = "ai_city_index";
    });
    expect(errorsOf(raw)).toContainEqual({
      record: "pillars[ai_city_index]",
      field: "id",
      message: '"ai_city_index" is also the id of the composite',
    });
  });

  it("a pillar with no indicators", () => {
    const raw = broken((d) => d.pillars.push({ id: "compute", nameEn: "Compute", nameZh: "算力", weight: 5 }));
    expect(errorsOf(raw)).toEqual([
      { record: "pillars[compute]", field: "(record)", message: "the pillar has no indicators: an empty pillar" },
    ]);
  });

  it.each([1.7e308, -1.7e308, 1e16])("a figure of %d", (x) => {
    const raw = broken((d) => (d.observations[0]!.value = x));
    expect(errorsOf(raw)).toEqual([
      {
        record: "observations[0] (beijing × ai_tech_talent_demand_share)",
        field: "value",
        message: `${x} is beyond the largest magnitude accepted (±1e+15)`,
      },
    ]);
  });

  it("an alternative figure, a denominator or a weight beyond the largest magnitude", () => {
    const raw = broken((d) => {
      d.observations[0]!.alternatives.push({
        sourceId: "szaia",
        value: 1e300,
        year: "2024",
        qualifier: "exact",
        note: "",
      });
      d.places[1]!.population!.value = 1e200;
      d.indicators[0]!.weight = 1e100;
    });
    expect(errorsOf(raw).map((e) => `${e.record} › ${e.field}`)).toEqual([
      "indicators[ai_tech_talent_demand_share] › weight",
      "places[hangzhou] › population.value",
      "observations[0] (beijing × ai_tech_talent_demand_share) › alternatives[0].value",
    ]);
  });

  it("a figure at the largest magnitude accepted passes", () => {
    expect(validateDataset(broken((d) => (d.observations[0]!.value = -1e15))).ok).toBe(true);
  });
});

describe("limits", () => {
  it("100,000 places are refused by the places limit, before each is validated", () => {
    const d = baseDataset() as Dataset;
    const place = d.places[0]!;
    // The same object 100,000 times: counting is all the limit needs, so the check costs nothing per place.
    const raw = { ...d, places: Array.from({ length: 100_000 }, () => place) };
    expect(errorsOf(raw)).toEqual([
      {
        record: "dataset",
        field: "places",
        message: `100,000 places: the limit is ${LIMITS.places.toLocaleString("en-US")}`,
      },
    ]);
  });

  it(`${LIMITS.indicators} indicators pass the count; one more is refused`, () => {
    const d = baseDataset();
    const many = (n: number) => Array.from({ length: n }, (_, k) => ({ ...d.indicators[0]!, id: `i_${k}` }));
    expect(errorsOf({ ...d, indicators: many(LIMITS.indicators) }).some((e) => e.field === "indicators")).toBe(false);
    expect(errorsOf({ ...d, indicators: many(LIMITS.indicators + 1) })).toContainEqual({
      record: "dataset",
      field: "indicators",
      message: `501 indicators: the limit is ${LIMITS.indicators}`,
    });
  });
});
