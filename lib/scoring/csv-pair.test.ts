import { describe, expect, it } from "vitest";
import { parseCsvPair, parseMetaCsv } from "./csv-pair";
import { EngineError } from "./errors";
import { score } from "./score";
import { DATA, META } from "./test-fixture";

describe("the CSV pair format", () => {
  it("reads meta.csv rows into framework nodes (empty weight 1, empty direction 1, empty transform none)", () => {
    const nodes = parseMetaCsv(META);
    expect(nodes[0]).toMatchObject({ id: "city_index", parent: null, aggregation: "arithmetic" });
    expect(nodes[1]).toMatchObject({ id: "talent", weight: 2, aggregation: "geometric" });
    expect(nodes[2]).not.toHaveProperty("aggregation");
    expect(nodes[4]).toMatchObject({ direction: -1, goalposts: { min: 1, max: 10 }, unit: "rank" });
    expect(nodes[5]).toMatchObject({ direction: 1, transform: "ln", goalposts: null, weight: 1 });
  });
  it("reads data.csv: empty = missing, quoted names", () => {
    const { input, warnings } = parseCsvPair(DATA, META);
    expect(warnings).toEqual([]);
    expect(input.places[2]).toEqual({ id: "shenzhen", name: "Shenzhen, Guangdong" });
    expect(input.values["vc"]).toEqual([500, null, 200]);
    const r = score(input);
    expect(r.places.map((p) => p.id)).toEqual(["beijing", "shenzhen", "hangzhou"]);
  });
  it("warns about data columns that are not indicators", () => {
    const { warnings } = parseCsvPair(DATA.replace("vc\n", "vc,extra\n").replace(",500\n", ",500,1\n"), META);
    expect(warnings).toEqual([{ node: "extra", problem: expect.stringContaining("not an indicator") }]);
  });
  it("names the node and the problem for bad cells", () => {
    const bad = (data: string, meta: string) => {
      try {
        parseCsvPair(data, meta);
      } catch (e) {
        return (e as EngineError).problems;
      }
      return [];
    };
    expect(bad(DATA.replace("1200", "n/a"), META)).toEqual([
      {
        node: "scholars",
        problem: 'value "n/a" for place "beijing" is not a number',
        // Where it is, for the browser's import: data.csv row 2 (the header is row 1), column scholars.
        at: { file: "data.csv", row: 2, column: "scholars" },
      },
    ]);
    expect(bad(DATA, META.replace("talent,1,1,log1p", "talent,up,1,log1p"))[0]).toMatchObject({ node: "scholars" });
    expect(bad(DATA, META.replace("talent,1,1,log1p", "talent,1,heavy,log1p"))[0]?.problem).toMatch(/weight "heavy"/);
    expect(bad(DATA, META.replace(",1,10,", ",1,,"))[0]?.problem).toMatch(/both goalpost_min and goalpost_max/);
    expect(bad(DATA, META.replace(",unit", ""))[0]?.problem).toMatch(/missing column\(s\): unit/);
    expect(bad(DATA.replace("id,", "code,"), META)[0]?.problem).toMatch(/no "id" column/);
  });
  it("a leaf with no data column is an error from the engine", () => {
    const { input } = parseCsvPair(
      DATA.replace(/,vc$/m, "").replace(/,500$/m, "").replace(/,$/m, "").replace(/,200$/m, ""),
      META,
    );
    expect(() => score(input)).toThrow(/vc: indicator has no data column/);
  });
});
