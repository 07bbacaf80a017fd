import { describe, expect, it } from "vitest";
import { resolveCells } from "@/lib/data/cells";
import { getDataset } from "@/lib/data/load";
import { placesAtLevel } from "@/lib/scoring/from-dataset";
import { viewContextFor } from "@/lib/dashboard/context";
import { screenModel } from "@/lib/dashboard/derive";
import { firstScreen } from "@/lib/dashboard/first-screen";
import { messagesFor } from "@/lib/i18n";
import { parseView } from "@/lib/view/codec";
import { staticModel } from "@/lib/dashboard/model";
import { districtLines } from "./districts";

const dataset = getDataset();
const resolved = resolveCells(dataset, { places: placesAtLevel(dataset, "all") });
const MEASURES = ["deep_synthesis_filings", "genai_service_filings", "unicorns"];

describe(districtLines, () => {
  const lines = districtLines(
    dataset,
    resolved,
    [
      { id: "hangzhou-yuhang", rank: 4 },
      { id: "beijing", rank: 1 },
      { id: "beijing-haidian", rank: 1 },
    ],
    MEASURES,
    "en",
  );

  it("lists the districts in the given order, each with its city and code; cities are not lines", () => {
    expect(lines.map((l) => [l.id, l.rank, l.city, l.division])).toEqual([
      ["hangzhou-yuhang", 4, { id: "hangzhou", name: "Hangzhou" }, "330110"],
      ["beijing-haidian", 1, { id: "beijing", name: "Beijing" }, "110108"],
    ]);
  });

  it("gives each count its cancelled filings and its share of the city (bounds get no share)", () => {
    const haidian = lines[1]!;
    // Unicorns has no district figure: it is measured (counts add up) but missing for districts.
    expect(haidian.measures.map((m) => m.indicator)).toEqual(MEASURES);
    expect(haidian.measures[0]).toEqual({
      indicator: "deep_synthesis_filings",
      value: 731,
      kind: "exact",
      cancelled: 5,
      share: 731 / 1611, // research note: Haidian is 45.4% of Beijing
      cityValue: 1611,
      year: "2026-07",
    });
    expect(haidian.measures[1]).toMatchObject({ value: 109, kind: "lower_bound", share: null, cancelled: null });
    expect(haidian.measures[2]).toMatchObject({ value: null, share: null });
    expect(lines[0]!.measures[0]).toMatchObject({ value: 416, cancelled: 10, cityValue: 880 });
  });

  it("names places in Chinese for the Chinese page, and has nothing to list without additive measures", () => {
    const zh = districtLines(dataset, resolved, [{ id: "beijing-haidian", rank: 1 }], MEASURES, "zh");
    expect([zh[0]!.name, zh[0]!.city!.name]).toEqual(["北京市海淀区", "北京"]);
    expect(districtLines(dataset, resolved, [{ id: "beijing-haidian", rank: 1 }], ["rd_intensity"], "en")).toEqual([]);
  });
});

describe("the district view's model (lv=district)", () => {
  const m = messagesFor("en");
  const view = parseView("lv=district", viewContextFor(dataset)).view;
  const model = screenModel(dataset, view, "en", m);

  it("ranks districts only, on the two filing counts, under the one pillar they sit in", () => {
    expect(model.rows.every((r) => r.level === "district")).toBe(true);
    expect(model.rows).toHaveLength(model.districts.length);
    expect(model.rows[0]).toMatchObject({ id: "beijing-haidian", rank: 1 });
    expect(model.pillars.map((p) => p.id)).toEqual(["industry"]);
    expect(model.weightTree.map((p) => [p.id, p.indicators.map((i) => i.id)])).toEqual([
      ["industry", ["deep_synthesis_filings", "genai_service_filings"]],
    ]);
    expect(model.methodology.pillars).toEqual([
      expect.objectContaining({ id: "industry", share: 1, indicators: [expect.anything(), expect.anything()] }),
    ]);
    // Both counts are known for every district (0 where the complete list has none): full coverage.
    expect(model.rows.every((r) => r.coverage === 1)).toBe(true);
  });

  it("lists Haidian's own figures as context, and no indicator without a district figure", () => {
    const ids = model.indicators.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(["haidian_ai_scholars", "haidian_ai_enterprises", "haidian_tech_fund"]));
    expect(ids).not.toContain("unicorns");
    expect(model.indicators.filter((i) => !i.context).map((i) => i.id)).toEqual([
      "deep_synthesis_filings",
      "genai_service_filings",
    ]);
  });

  it("keeps the district table's figures in the first screen", () => {
    const f = firstScreen(model, view, "k", "en");
    expect(f.model.districts).toEqual(model.districts);
    const haidian = f.model.rows.find((r) => r.id === "beijing-haidian")!;
    expect(haidian.raw.deep_synthesis_filings?.value).toBe(731);
    expect(haidian.raw.haidian_ai_scholars?.value).toBe(12300);
  });
});

describe("places reporting, counted among the places a view shows", () => {
  const m = messagesFor("en");
  const about = (link: string, id: string) =>
    screenModel(dataset, parseView(link, viewContextFor(dataset)).view, "en", m)
      .weightTree.flatMap((p) => p.indicators)
      .find((i) => i.id === id)!.about;

  it("counts cities at lv=city, districts at lv=district, both at lv=all", () => {
    // Liepin published its share for the 11 cities of its top list (data/research/topics/talent.csv); the selection
    // has 20 cities, and the build's district rule chose 70 districts (data:build's report).
    expect(about("", "job_application_share_liepin")).toMatchObject({ reporting: 11, places: 20 });
    // Every city and every chosen district has a deep-synthesis count (0 where the list has none): 20, 70, 90.
    expect(about("", "deep_synthesis_filings")).toMatchObject({ reporting: 20, places: 20 });
    expect(about("lv=district", "deep_synthesis_filings")).toMatchObject({ reporting: 70, places: 70 });
    expect(about("lv=all", "deep_synthesis_filings")).toMatchObject({ reporting: 90, places: 90 });
    expect(about("lv=all", "job_application_share_liepin")).toMatchObject({ reporting: 11, places: 90 });
  });
});

describe("districts offered as context beside their city", () => {
  it("are those reporting a figure no city reports: Haidian's own, not the districts with only the filing counts", () => {
    const options = staticModel(dataset, "en").placeOptions;
    expect(options.filter((p) => p.ownFigures).map((p) => p.id)).toEqual(["beijing-haidian"]);
    expect(options.find((p) => p.id === "hangzhou-yuhang")).toMatchObject({ level: "district", ownFigures: false });
  });
});
