/**
 * The district stage on the real entries files (data/research/topics/entries/) and the real GB/T 2260 package. The
 * expected counts were made by hand with awk on the entries file, one command per figure, e.g.
 *   awk -F, '$5=="330110" && $12<=9' deep-synthesis-filings.csv | wc -l          → 107 (Yuhang, batches 1–9)
 *   awk -F, '$5=="330110" && $11=="已注销"' deep-synthesis-filings.csv | wc -l    → 10  (cancelled, all batches)
 *   awk -F, '$8=="110108" && $7=="ds_match_consistent" && $1<=302' genai-filings-company-matched.csv | wc -l → 62
 * (every deep-synthesis row has 14 plain fields, so awk's split is the CSV's), and agree with the research notes
 * (genai-filings-deep-synthesis.md: Haidian 435 / 596 / 731, 726 without the cancelled, 507 providers).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkStatedFigures, districtsFromEntries, type DistrictSelection } from "./district-build";
import { packageDivisions } from "./divisions-package";
import { ENTRY_FILES } from "./entries";
import { freshBuild } from "./files";
import { selection as dataSelection } from "@/data/selection";

const DATA_DIR = fileURLToPath(new URL("../../../data/", import.meta.url));
const RESEARCH = DATA_DIR + "research/";
const texts = {
  deepSynthesis: readFileSync(RESEARCH + ENTRY_FILES.deepSynthesis, "utf8"),
  genai: readFileSync(RESEARCH + ENTRY_FILES.genai, "utf8"),
};
// The selection's own rule and cutoffs, on the selection's 20 cities.
const selection: DistrictSelection = dataSelection.districts!;
const cities = dataSelection.places.filter((p) => p.level === "city");
const build = districtsFromEntries({
  selection,
  texts,
  table: packageDivisions(),
  cities,
});
const byCode = new Map(build.plan.districts.map((d) => [d.code, d]));

describe("districts from the entries files", () => {
  it("reads every filing of both lists without a problem", () => {
    expect(build.problems).toEqual([]);
    // National totals at the three cutoffs (batches 1–9, 1–14, 1–18), as the mirror's batch counts add up.
    expect(build.filings.map((e) => [e.edition, e.lastBatch, e.through, e.total.all, e.total.cancelled])).toEqual([
      [2024, 9, "2024-12", 2839, 36],
      [2025, 14, "2025-12", 5099, 44],
      [2026, 18, "2026-07", 7764, 46],
    ]);
    expect(build.genai.map((e) => [e.throughSeq, e.total.matched, e.total.sasac])).toEqual([
      [302, 216, 0],
      [748, 450, 1],
      [1105, 616, 2],
    ]);
  });

  // [code, id, end-2024, end-2025, latest, cancelled (latest), cancelled (end-2024), genAI end-2024/2025/latest]
  it.each([
    ["110108", "beijing-haidian", 435, 596, 731, 5, 3, [62, 94, 109]],
    ["440305", "shenzhen-nanshan", 206, 483, 696, 5, 4, [7, 22, 29]],
    ["330110", "hangzhou-yuhang", 107, 187, 416, 10, 8, [5, 10, 20]],
    ["440105", "guangzhou-haizhu", 64, 198, 401, 0, 0, null],
    ["110105", "beijing-chaoyang", 137, 233, 316, 0, 0, null],
  ] as const)("%s (%s): counts equal a direct count of the entries file", (code, id, e24, e25, all, x, x24, g) => {
    const d = byCode.get(code)!;
    expect(d.id).toBe(id);
    expect([2024, 2025, 2026].map((y) => d.filings.get(y)!.all)).toEqual([e24, e25, all]);
    expect(d.filings.get(2026)!.cancelled).toBe(x);
    expect(d.filings.get(2024)!.cancelled).toBe(x24);
    if (g) expect([2024, 2025, 2026].map((y) => d.genai.get(y))).toEqual(g);
  });

  it("Haidian's providers and cancelled filings match the research note (507 providers, 726 without cancelled)", () => {
    const h = byCode.get("110108")!.filings.get(2026)!;
    expect(h.providers).toBe(507);
    expect(h.all - h.cancelled).toBe(726);
  });

  it("reports the codes the package does not know, with their filings, and names every other district", () => {
    expect(build.plan.unknownCodes).toEqual([
      { code: "406301", filings: 4, genai: 0, city: null }, // 40 is no province (transcribed as printed)
      // grep -c "ds_match_consistent,441901" genai-filings-company-matched.csv → 1
      { code: "441901", filings: 25, genai: 1, city: "东莞市" },
      { code: "442001", filings: 7, genai: 0, city: "中山市" },
    ]);
  });

  it("reports a code it has never seen with its filings, and still counts them nationally", () => {
    const extra = `${texts.deepSynthesis}网信算备999901000000001260019号,某公司,某算法,第十八批 2026-07,999901,,,,,服务提供者,,18,999,p999.txt\r\n`;
    const b = districtsFromEntries({
      selection,
      texts: { ...texts, deepSynthesis: extra },
      table: packageDivisions(),
      cities,
    });
    expect(b.problems).toEqual([]);
    expect(b.plan.unknownCodes).toContainEqual({ code: "999901", filings: 1, genai: 0, city: null });
    expect(b.filings.at(-1)!.total.all).toBe(7764 + 1);
    expect(b.plan.districts.some((d) => d.code === "999901")).toBe(false);
  });

  it("reports the unknown codes in the data build's own report", () => {
    const { report } = freshBuild(DATA_DIR, dataSelection);
    expect(report.districts?.unknownCodes.map((u) => u.code)).toEqual(["406301", "441901", "442001"]);
    expect(report.districts?.districts).toHaveLength(70);
  });

  it("takes the top 30 nationally and every district of the 20 cities with 20 or more filings", () => {
    const ids = build.plan.districts.map((d) => d.id);
    expect(ids.slice(0, 3)).toEqual(["beijing-haidian", "shenzhen-nanshan", "hangzhou-yuhang"]);
    // The 30th: Shenzhen's Longhua (440309) and Shanghai's Fengxian (310120), tied at 49 filings.
    expect(byCode.get("440309")).toMatchObject({ nationalRank: 29, reasons: ["top", "in_city"] });
    expect(byCode.get("310110")).toMatchObject({ nationalRank: 31, reasons: ["in_city"] }); // Yangpu, 48
    expect(byCode.get("320505")?.filings.get(2026)?.all).toBe(20); // Suzhou's Huqiu, exactly 20
    expect(byCode.has("110119")).toBe(false); // Beijing's Yanqing, 3 filings
    expect(byCode.has("460106")).toBe(false); // Haikou's Longhua, 33: neither top 30 nor in a dataset city
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of build.plan.districts) expect(d.filings.get(2026)!.all).toBeGreaterThanOrEqual(20);
  });

  it("names districts from the package in Chinese and pinyin, each linked to its city", () => {
    expect(byCode.get("310115")).toMatchObject({
      id: "shanghai-pudong",
      nameEn: "Pudong New Area (Shanghai)",
      nameZh: "上海市浦东新区",
      parent: "shanghai",
    });
    expect(byCode.get("310112")).toMatchObject({ nameEn: "Minhang (Shanghai)", nameZh: "上海市闵行区" });
    expect(byCode.get("320582")).toMatchObject({ nameEn: "Zhangjiagang (Suzhou)", parent: "suzhou" });
    expect(build.plan.cityPrefixes.get("chongqing")).toBe("50");
    expect(build.plan.cityPrefixes.get("suzhou")).toBe("3205");
  });

  it("reproduces city figures the research states, and names one that differs", () => {
    const stated = (place: string, indicator: string, edition: number, value: number) => ({
      ref: `note:${place}`,
      place,
      indicator,
      edition,
      value,
    });
    // genai-filings-deep-synthesis.md §3–4: Beijing 1611 (latest), Chongqing 32 at end-2024 (prefix 50), Haidian
    // 109 matched genAI filings; Hangzhou is 880, not 881.
    expect(
      checkStatedFigures(build, selection, [
        stated("beijing", "deep_synthesis_filings", 2026, 1611),
        stated("chongqing", "deep_synthesis_filings", 2024, 32),
        stated("beijing-haidian", "genai_service_filings", 2026, 109),
        stated("hangzhou", "deep_synthesis_filings", 2026, 881),
        stated("lhasa", "deep_synthesis_filings", 2026, 1),
        stated("beijing", "unicorns", 2026, 1),
      ]),
    ).toEqual([
      "note:hangzhou: hangzhou deep_synthesis_filings 2026 states 881, the entries count 880",
      "note:lhasa: lhasa deep_synthesis_filings 2026: no division code or edition to count it by",
    ]);
  });
});
