import { describe, expect, it } from "vitest";
import { divisionTable } from "./divisions";
import type { FilingEdition, GenaiEdition } from "./filing-counts";
import { planDistricts } from "./districts";

const table = divisionTable("fixture", {
  provinces: [
    { code: "110000", name: "北京市" },
    { code: "330000", name: "浙江省" },
    { code: "440000", name: "广东省" },
  ],
  prefectures: [
    { code: "330100", name: "杭州市" },
    { code: "440300", name: "深圳市" },
    { code: "441900", name: "东莞市" },
  ],
  counties: [
    { code: "110108", name: "海淀区" },
    { code: "110105", name: "朝阳区" },
    { code: "330110", name: "余杭区" },
    { code: "330108", name: "滨江区" },
    { code: "440305", name: "南山区" },
  ],
});

const tally = (all: number, cancelled = 0) => ({ all, cancelled, providers: all });
const edition = (year: number, counts: Record<string, number>): FilingEdition => ({
  edition: year,
  through: `${year}-12`,
  lastBatch: 1,
  byCode: new Map(Object.entries(counts).map(([c, n]) => [c, tally(n)])),
  total: tally(Object.values(counts).reduce((a, b) => a + b, 0)),
});
const genai: GenaiEdition[] = [
  {
    edition: 2026,
    throughSeq: 10,
    byCode: new Map([
      ["110108", 3],
      ["441901", 1],
    ]),
    total: { all: 10, matched: 4, sasac: 0, unmatched: 6 },
  },
];
const cities = [
  { id: "beijing", nameEn: "Beijing", nameZh: "北京" },
  { id: "hangzhou", nameEn: "Hangzhou", nameZh: "杭州" },
  { id: "shenzhen", nameEn: "Shenzhen", nameZh: "深圳" },
];

describe("planDistricts", () => {
  const latest = { "110108": 9, "440305": 7, "330110": 7, "110105": 4, "330108": 2, "441901": 8, "406301": 3 };
  const plan = planDistricts({
    rule: { top: 2, minInCity: 4 },
    cities,
    filings: [edition(2025, { "110108": 5 }), edition(2026, latest)],
    genai,
    table,
  });
  const byId = new Map(plan.districts.map((d) => [d.id, d]));

  it("links each city to its code prefix by its GB/T 2260 name", () => {
    expect(plan.cityPrefixes).toEqual(
      new Map([
        ["beijing", "11"],
        ["hangzhou", "3301"],
        ["shenzhen", "4403"],
      ]),
    );
  });

  it("takes the top N nationally (ties at the N-th included) and every city district with at least M filings", () => {
    // Known codes by filings: 110108 9, then 330110 and 440305 tied at 7 (both rank 2), 110105 4, 330108 2.
    // Top 2 → 9 and both 7s; 110105 has 4 ≥ minInCity; 330108's 2 is below both rules.
    expect(plan.districts.map((d) => [d.id, d.nationalRank, d.reasons])).toEqual([
      ["beijing-haidian", 1, ["top", "in_city"]],
      ["hangzhou-yuhang", 2, ["top", "in_city"]],
      ["shenzhen-nanshan", 2, ["top", "in_city"]],
      ["beijing-chaoyang", 4, ["in_city"]],
    ]);
  });

  it("names districts in both languages from the table and links them to their city", () => {
    expect(byId.get("hangzhou-yuhang")).toMatchObject({
      code: "330110",
      nameEn: "Yuhang (Hangzhou)",
      nameZh: "杭州市余杭区",
      parent: "hangzhou",
    });
    expect(byId.get("beijing-haidian")).toMatchObject({ nameEn: "Haidian (Beijing)", nameZh: "北京市海淀区" });
  });

  it("keeps each edition's count, zero where the complete list has no filing of the district", () => {
    const haidian = byId.get("beijing-haidian")!;
    expect(haidian.filings.get(2025)).toEqual(tally(5));
    expect(haidian.filings.get(2026)).toEqual(tally(9));
    expect(haidian.genai.get(2026)).toBe(3);
    expect(byId.get("hangzhou-yuhang")!.filings.get(2025)).toEqual({ all: 0, cancelled: 0, providers: 0 });
  });

  it("reports codes the table does not know, with their filings and what is known of their city", () => {
    expect(plan.unknownCodes).toEqual([
      { code: "406301", filings: 3, genai: 0, city: null },
      { code: "441901", filings: 8, genai: 1, city: "东莞市" },
    ]);
    // 441901's 8 filings would rank it 2nd: an unknown code is never named, and never moves another out of the top N.
    expect(plan.districts.some((d) => d.code === "441901")).toBe(false);
    expect(plan.problems).toEqual([]);
  });

  it("stops on a leading district whose city is not in the dataset, and on a city the table does not know", () => {
    const p = planDistricts({
      rule: { top: 1, minInCity: 100 },
      cities: [...cities.slice(1), { id: "atlantis", nameEn: "Atlantis", nameZh: "亚特兰蒂斯" }],
      filings: [edition(2026, latest)],
      genai: [],
      table,
    });
    expect(p.problems).toEqual([
      "city atlantis (亚特兰蒂斯): no single GB/T 2260 city of that name",
      "district 110108 北京市海淀区 (9 filings, national rank 1) belongs to no city of the dataset: add 北京市 to the places",
    ]);
  });
});
