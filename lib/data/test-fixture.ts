/**
 * A small valid dataset for the validation tests: each test clones it, breaks one thing, and checks the message.
 * (Test support only; the app never imports it.)
 */
import type { Dataset } from "./types";

export function baseDataset(): Dataset {
  return {
    version: { date: "2025-01-01", hash: "0123abcd" },
    composite: { id: "ai_city_index", nameEn: "AI city competitiveness", nameZh: "城市人工智能竞争力" },
    sources: [
      {
        id: "liepin",
        publisher: "Liepin",
        title: "Report",
        date: "2025-02-22",
        url: "https://example.org/a",
        covers: "AI-tech talent demand by city.",
      },
      { id: "szaia", publisher: "SZAIA", title: "Financing", date: "", url: "", covers: "AI financing by city." },
    ],
    places: [
      { id: "beijing", nameEn: "Beijing", nameZh: "北京", level: "city", parent: null, population: null, gdp: null },
      {
        id: "hangzhou",
        nameEn: "Hangzhou",
        nameZh: "杭州",
        level: "city",
        parent: null,
        population: {
          value: 11936010,
          unit: "persons",
          year: "2020",
          sourceId: "liepin",
          qualifier: "exact",
          note: "",
        },
        gdp: null,
      },
      {
        id: "beijing-haidian",
        nameEn: "Haidian (Beijing)",
        nameZh: "北京市海淀区",
        level: "district",
        parent: "beijing",
        population: null,
        gdp: null,
      },
    ],
    pillars: [
      { id: "talent", nameEn: "Talent", nameZh: "人才", weight: 5 },
      { id: "capital", nameEn: "Capital", nameZh: "资本", weight: 5 },
    ],
    indicators: [
      {
        id: "ai_tech_talent_demand_share",
        nameEn: "Demand share",
        nameZh: "需求占比",
        unit: "%",
        unitZh: "%",
        direction: 1,
        kind: "value",
        pillar: "talent",
        weight: 7,
        definition: "Share.",
        definitionZh: "占比。",
        perCapita: false,
      },
      {
        id: "ai_tech_talent_demand_rank",
        nameEn: "Demand rank",
        nameZh: "需求排名",
        unit: "rank",
        unitZh: "排名",
        direction: -1,
        kind: "rank",
        pillar: "talent",
        weight: 4,
        definition: "Rank.",
        definitionZh: "排名。",
        perCapita: false,
      },
      {
        id: "ai_financing_amount",
        nameEn: "Financing",
        nameZh: "融资",
        unit: "亿元",
        unitZh: "亿元",
        direction: 1,
        kind: "value",
        pillar: "capital",
        weight: 6,
        definition: "Money raised.",
        definitionZh: "融资金额。",
        perCapita: true,
      },
    ],
    observations: [
      {
        place: "beijing",
        indicator: "ai_tech_talent_demand_share",
        value: 21.17,
        sourceId: "liepin",
        year: "2024",
        qualifier: "exact",
        note: "",
        alternatives: [],
      },
      {
        place: "hangzhou",
        indicator: "ai_tech_talent_demand_rank",
        value: 4,
        sourceId: "liepin",
        year: "2024",
        qualifier: "exact",
        note: "Rank only.",
        alternatives: [],
      },
      {
        place: "hangzhou",
        indicator: "ai_financing_amount",
        value: 100,
        sourceId: "szaia",
        year: "2024",
        qualifier: "lower_bound",
        note: "超过100亿",
        alternatives: [{ sourceId: "liepin", value: 65.2, year: "2024", qualifier: "exact", note: "Other vendor." }],
      },
      {
        place: "beijing-haidian",
        indicator: "ai_financing_amount",
        value: 10,
        sourceId: "szaia",
        year: "2025",
        qualifier: "exact",
        note: "District-level.",
        alternatives: [],
      },
    ],
  };
}

/** A copy of the base fixture with one change applied. The raw result is `unknown`-friendly (any shape allowed). */
export function broken(change: (d: Record<string, unknown> & Dataset) => void): unknown {
  const d = structuredClone(baseDataset()) as Record<string, unknown> & Dataset;
  change(d);
  return d;
}
