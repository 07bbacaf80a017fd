/**
 * Every bundled figure traces to its row in the research CSVs (copied verbatim into data/research/): same place, same
 * indicator, same value, same year or period, a source record that stands for the row's source text, the row's note
 * kept verbatim, and the qualifier its wording implies. Denominators are checked after explicit unit conversion.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getDataset } from "./load";
import { qualifierFromNote } from "./qualifier";
import { toPersons, toYiYuan } from "./units";

interface Row {
  city: string;
  indicator: string;
  value: string;
  unit: string;
  year: string;
  source: string;
  note: string;
}

const DATA = fileURLToPath(new URL("../../data/research/", import.meta.url));
const SHARED = fileURLToPath(new URL("../../../shared/research/", import.meta.url));
const FILES = ["city-ai-figures.csv", "denominators.csv"] as const;

function readCsv(name: string): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(DATA + name, "utf8"), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Place id → the city name the research CSVs use. */
const RESEARCH_NAME: Record<string, string> = {
  beijing: "Beijing",
  shanghai: "Shanghai",
  shenzhen: "Shenzhen",
  hangzhou: "Hangzhou",
  guangzhou: "Guangzhou",
  suzhou: "Suzhou",
  nanjing: "Nanjing",
  chengdu: "Chengdu",
  wuhan: "Wuhan",
  hefei: "Hefei",
  wuxi: "Wuxi",
  chongqing: "Chongqing",
  tianjin: "Tianjin",
  "beijing-haidian": "Beijing-Haidian",
};

const dataset = getDataset();
const figures = readCsv("city-ai-figures.csv");
const denominators = readCsv("denominators.csv");
const researchText = new Map(dataset.sources.map((s) => [s.id, new Set(s.researchText ?? [])]));

function matches(
  rows: Row[],
  want: { place: string; indicator: string; value: number; year: string; sourceId: string },
): Row[] {
  const city = RESEARCH_NAME[want.place];
  const texts = researchText.get(want.sourceId) ?? new Set<string>();
  return rows.filter(
    (r) =>
      r.city === city &&
      r.indicator === want.indicator &&
      Number(r.value) === want.value &&
      r.year === want.year &&
      texts.has(r.source),
  );
}

describe("provenance: bundled data ↔ research CSVs", () => {
  it("names every place in the research CSVs", () => {
    for (const p of dataset.places) expect(RESEARCH_NAME[p.id], p.id).toBeDefined();
  });

  it("every source stands for research rows that exist", () => {
    const texts = new Set([...figures, ...denominators].map((r) => r.source));
    for (const s of dataset.sources) {
      expect(s.researchText?.length, `sources[${s.id}].researchText`).toBeGreaterThan(0);
      for (const t of s.researchText ?? []) expect(texts.has(t), `sources[${s.id}]: ${t}`).toBe(true);
    }
  });

  it.each(dataset.observations.map((o, i) => [`observations[${i}] (${o.place} × ${o.indicator})`, o] as const))(
    "%s matches its research row",
    (_, o) => {
      const rows = matches(figures, o);
      expect(rows, "exactly one research row").toHaveLength(1);
      const row = rows[0] as Row;
      expect(o.note.startsWith(row.note), "note keeps the research note verbatim").toBe(true);
      expect(o.qualifier).toBe(qualifierFromNote(row.note));
      for (const a of o.alternatives) {
        const alt = matches(figures, { ...a, place: o.place, indicator: a.researchIndicator ?? o.indicator });
        expect(alt, `alternative from ${a.sourceId}`).toHaveLength(1);
        expect(a.note.startsWith((alt[0] as Row).note)).toBe(true);
        expect(a.qualifier).toBe(qualifierFromNote((alt[0] as Row).note));
        expect(a.sourceId, "an alternative comes from another source").not.toBe(o.sourceId);
      }
    },
  );

  it("leaves out no research row of a bundled place from an indicator's serving source", () => {
    for (const indicator of dataset.indicators) {
      const serving = new Set(dataset.observations.filter((o) => o.indicator === indicator.id).map((o) => o.sourceId));
      const texts = new Set([...serving].flatMap((id) => [...(researchText.get(id) ?? [])]));
      const expected = figures.filter(
        (r) => r.indicator === indicator.id && texts.has(r.source) && Object.values(RESEARCH_NAME).includes(r.city),
      );
      const bundled = dataset.observations.filter((o) => o.indicator === indicator.id);
      expect(bundled.length, indicator.id).toBe(expected.length);
    }
  });

  it("stores no TARGET or PROVINCE row, and no national or global-hub row", () => {
    const all = dataset.observations.flatMap((o) => [o.note, ...o.alternatives.map((a) => a.note)]);
    for (const note of all) expect(note).not.toMatch(/\b(TARGET|PROVINCE)\b/);
    const cities = new Set(Object.values(RESEARCH_NAME));
    for (const hub of ["San Francisco", "London", "Tokyo", "Singapore", "New York", "China (national)"])
      expect(cities.has(hub)).toBe(false);
  });

  it.each(dataset.places.map((p) => [p.id, p] as const))("%s: population and GDP match their rows", (id, place) => {
    const city = RESEARCH_NAME[id];
    const popRow = denominators.find((r) => r.city === city && r.indicator === "population_census_2020");
    const gdpRow = denominators.find((r) => r.city === city && r.indicator === "gdp_2024");
    if (popRow === undefined) expect(place.population).toBeNull();
    else {
      const converted = toPersons(Number(popRow.value), popRow.unit);
      expect(place.population).toMatchObject({ value: converted.value, year: popRow.year, unit: "persons" });
      expect(place.population?.qualifier).toBe(converted.qualifier);
      expect(place.population?.note.startsWith(popRow.note)).toBe(true);
      expect(researchText.get(place.population?.sourceId ?? "")?.has(popRow.source)).toBe(true);
    }
    if (gdpRow === undefined) expect(place.gdp).toBeNull();
    else {
      const converted = toYiYuan(Number(gdpRow.value), gdpRow.unit);
      expect(place.gdp).toMatchObject({ value: converted.value, year: gdpRow.year, unit: "亿元", qualifier: "exact" });
      expect(place.gdp?.note.startsWith(gdpRow.note)).toBe(true);
      expect(researchText.get(place.gdp?.sourceId ?? "")?.has(gdpRow.source)).toBe(true);
    }
  });

  it.runIf(existsSync(SHARED + FILES[0]))("data/research/ is a verbatim copy of ../shared/research/", () => {
    for (const name of FILES) expect(readFileSync(DATA + name, "utf8"), name).toBe(readFileSync(SHARED + name, "utf8"));
  });
});
