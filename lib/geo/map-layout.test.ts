import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { geonamesUrl, parseGazetteer } from "./gazetteer";
import { MAP_BOX, mapLayout, textWidth, type MapPlace } from "./map-layout";

const csv = readFileSync("data/research/gazetteer-geonames.csv", "utf8");

describe("parseGazetteer", () => {
  it("reads the bundled GeoNames records: 20 cities, each with a checkable record", () => {
    const { records, problems } = parseGazetteer(csv);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(20);
    const beijing = records.find((r) => r.place === "beijing")!;
    // GeoNames 1816670, the capital (PPLC), at 39.9075°N 116.39723°E.
    expect(beijing).toMatchObject({ geonameId: 1816670, lat: 39.9075, lon: 116.39723, featureCode: "PPLC" });
    expect(geonamesUrl(beijing.geonameId)).toBe("https://www.geonames.org/1816670");
    // Every record lies in China's extent (18–54°N, 73–135°E): a swapped latitude/longitude would fail here.
    for (const r of records) {
      expect(r.lat, r.place).toBeGreaterThan(18);
      expect(r.lat, r.place).toBeLessThan(54);
      expect(r.lon, r.place).toBeGreaterThan(73);
      expect(r.lon, r.place).toBeLessThan(135);
    }
  });

  it("reports malformed rows instead of guessing", () => {
    const head = csv.split("\n")[0];
    const bad = `${head}\nbeijing,1816670,Beijing,Beijing,39.9075,,P,PPLC,CN,,22,,,,1,,1,Asia/Shanghai,2025-12-15\nBad Id,1,x,x,1,1,P,P,CN,,,,,,1,,1,x,2025-01-01\n`;
    const { records, problems } = parseGazetteer(bad);
    expect(records).toEqual([]);
    expect(problems).toEqual(['row 1: longitude ""', 'row 2: place "Bad Id" is not a place id']);
  });
});

describe("mapLayout on the bundled coordinates", () => {
  const { records } = parseGazetteer(csv);
  const places: MapPlace[] = records.map((r, i) => ({
    id: r.place,
    name: r.name,
    lat: r.lat,
    lon: r.lon,
    value: i === 3 ? null : 100 - i * 5,
    priority: i + 1,
  }));
  const layout = mapLayout([
    ...places,
    { id: "nowhere", name: "Nowhere", lat: null, lon: null, value: 50, priority: 99 },
  ]);
  const at = (id: string) => layout.circles.find((c) => c.id === id)!;

  it("puts every city with coordinates on the map and lists the one without", () => {
    expect(layout.circles).toHaveLength(20);
    expect(layout.unmapped).toEqual([{ id: "nowhere", name: "Nowhere" }]);
  });

  it("keeps geography: north is up, east is right", () => {
    expect(at("beijing").ay).toBeLessThan(at("shanghai").ay);
    expect(at("shenzhen").ay).toBeGreaterThan(at("guangzhou").ay - 1e-9);
    expect(at("chengdu").ax).toBeLessThan(at("chongqing").ax);
    expect(at("chongqing").ax).toBeLessThan(at("wuhan").ax);
    expect(at("wuhan").ax).toBeLessThan(at("shanghai").ax);
    // Shenzhen (22.5°N) is the southernmost city, Beijing (39.9°N) the northernmost.
    const ys = layout.circles.map((c) => c.ay);
    expect(at("shenzhen").ay).toBe(Math.max(...ys));
    expect(at("beijing").ay).toBe(Math.min(...ys));
  });

  it("draws no two circles overlapping, all inside the box, and leaves lone cities in place", () => {
    for (const [i, a] of layout.circles.entries())
      for (const b of layout.circles.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id}/${b.id}`).toBeGreaterThanOrEqual(a.r + b.r);
    for (const c of layout.circles) {
      expect(c.x - c.r).toBeGreaterThanOrEqual(0);
      expect(c.x + c.r).toBeLessThanOrEqual(MAP_BOX.width);
    }
    // Chengdu has no neighbour within reach: it stays at its coordinates.
    expect([at("chengdu").x, at("chengdu").y]).toEqual([at("chengdu").ax, at("chengdu").ay]);
  });

  it("sizes by value, draws a place without one as a small white ring, and names the best-ranked first", () => {
    expect(at("beijing").r).toBe(MAP_BOX.rMax);
    expect(at("hangzhou").value).toBeNull();
    expect(at("hangzhou").fill).toBe("#ffffff");
    expect(at("beijing").label).not.toBeNull();
    expect(at("shanghai").label).not.toBeNull();
  });

  it("draws the degree grid every 5°", () => {
    expect(layout.meridians.map((m) => m.value)).toEqual([105, 110, 115, 120]);
    expect(layout.parallels.map((m) => m.value)).toEqual([25, 30, 35, 40]);
  });
});

describe("textWidth", () => {
  it("counts CJK characters as one em and others as 0.58 em", () => {
    expect(textWidth("北京", 10)).toBe(20);
    expect(textWidth("Wuxi", 10)).toBeCloseTo(23.2, 9);
  });
});
