import { describe, expect, it } from "vitest";
import { LIMITS } from "@/lib/input/limits";
import { InputError, type InputProblem } from "@/lib/input/problem";
import { parseCsvPair, parseMetaCsv } from "./csv-pair";
import { score } from "./score";
import { DATA, META } from "./test-fixture";

const HEADER = "id,name,parent,direction,weight,transform,goalpost_min,goalpost_max,aggregation,unit";

/** The problems a pair is refused with (fails the test when it is accepted). */
function refused(data: string, meta = META): InputProblem[] {
  try {
    parseCsvPair(data, meta);
  } catch (e) {
    if (e instanceof InputError) return e.problems;
    throw e;
  }
  throw new Error("accepted");
}

describe("the CSV pair format", () => {
  it("reads meta.csv rows into framework nodes (empty weight 1, empty direction 1, empty transform none)", () => {
    const nodes = parseMetaCsv(META);
    expect(nodes[0]).toMatchObject({ id: "city_index", parent: null, aggregation: "arithmetic" });
    expect(nodes[1]).toMatchObject({ id: "talent", weight: 2, aggregation: "geometric" });
    expect(nodes[2]).not.toHaveProperty("aggregation");
    expect(nodes[4]).toMatchObject({ direction: -1, goalposts: { min: 1, max: 10 }, unit: "rank" });
    expect(nodes[5]).toMatchObject({ direction: 1, transform: "ln", goalposts: null, weight: 1 });
  });

  it("reads data.csv: empty = missing, quoted names, blank lines skipped", () => {
    const { input, warnings } = parseCsvPair(`${DATA}\n,,,,\n`, META);
    expect(warnings).toEqual([]);
    expect(input.places[2]).toEqual({ id: "shenzhen", name: "Shenzhen, Guangdong" });
    expect(input.values["vc"]).toEqual([500, null, 200]);
    expect(score(input).places.map((p) => p.id)).toEqual(["beijing", "shenzhen", "hangzhou"]);
  });

  it("warns, by file, row and column, about columns that are not part of the format", () => {
    const withColumn = (csv: string, name: string, value: string) =>
      csv
        .split("\n")
        .map((line, k) => (line === "" ? line : `${line},${k === 0 ? name : value}`))
        .join("\n");
    const { warnings } = parseCsvPair(withColumn(DATA, "extra", "1"), withColumn(META, "owner", "x"));
    expect(warnings).toEqual([
      { file: "meta.csv", row: 1, column: "owner", reason: "not a column of meta.csv: ignored" },
      { file: "data.csv", row: 1, column: "extra", reason: "not an indicator of meta.csv: ignored" },
    ]);
  });
});

describe("strict parsing: every problem names file, row and column", () => {
  it("a row with one field too many (the README's stray comma) is refused, not shifted", () => {
    // Header: id,name,scholars,rank_liepin,vc (5 fields); the row has 6.
    expect(refused(DATA.replace("beijing,Beijing,1200,1,500", "beijing,Beijing,,1200,1,500"))).toEqual([
      {
        file: "data.csv",
        row: 2,
        column: "column 6",
        reason: expect.stringMatching(/^6 fields, but the header has 5/),
      },
    ]);
  });

  it("a row with a field missing is refused, naming the first column it lacks", () => {
    expect(refused(DATA.replace("hangzhou,Hangzhou,300,4,", "hangzhou,Hangzhou,300,4"))).toEqual([
      { file: "data.csv", row: 3, column: "vc", reason: expect.stringMatching(/^4 fields, but the header has 5/) },
    ]);
  });

  it("an empty file and a header without rows are refused, for either file", () => {
    expect(refused("")).toEqual([
      { file: "data.csv", row: null, column: null, reason: expect.stringMatching(/empty/) },
    ]);
    expect(refused("\uFEFF\n  \n")[0]!.reason).toMatch(/the file is empty/);
    expect(refused("id,name,scholars,rank_liepin,vc\n")).toEqual([
      { file: "data.csv", row: null, column: null, reason: "the file has a header but no rows: no places" },
    ]);
    expect(refused(DATA, `${HEADER}\n`)[0]).toMatchObject({
      file: "meta.csv",
      reason: expect.stringMatching(/no rows/),
    });
  });

  it("an id used at two levels of the framework is refused, naming both rows", () => {
    // capital is a pillar (row 4); a second row gives an indicator the same id.
    const meta = META.replace("vc,VC amount,capital", "capital,VC amount,capital");
    expect(refused(DATA, meta)[0]).toEqual({
      file: "meta.csv",
      row: 7,
      column: "id",
      reason: '"capital" is already the id of row 4: ids are unique across levels',
    });
  });

  it("a pillar without indicators is refused", () => {
    const meta = `${META}compute,Compute,city_index,,1,,,,arithmetic,\n`;
    expect(refused(DATA, meta)).toEqual([
      {
        file: "meta.csv",
        row: 8,
        column: "aggregation",
        reason: '"compute" has an aggregation but no indicators below it: an empty pillar',
      },
    ]);
  });

  it("an indicator without a data.csv column is refused, naming its meta.csv row", () => {
    const data = DATA.replace(",vc\n", "\n").replace(",500\n", "\n").replace(",\n", "\n").replace(",200\n", "\n");
    expect(refused(data)).toEqual([
      { file: "data.csv", row: 1, column: null, reason: 'no column for indicator "vc" (meta.csv row 7)' },
    ]);
  });

  it.each([
    ["1e309", /beyond the largest magnitude/],
    ["-1.7e308", /beyond the largest magnitude/],
    ["2e15", /beyond the largest magnitude/],
    ["Infinity", /is not a number/],
    ["NaN", /is not a number/],
    ["1,200", /fields, but the header has/],
    ['"1,200"', /"1,200" is not a number/],
    ["21%", /"21%" is not a number/],
  ])("the value %s is refused", (value, reason) => {
    const problems = refused(DATA.replace("beijing,Beijing,1200,", `beijing,Beijing,${value},`));
    expect(problems[0]).toMatchObject({ file: "data.csv", row: 2, reason: expect.stringMatching(reason) });
  });

  it("a value at the largest magnitude accepted is read exactly", () => {
    const { input } = parseCsvPair(DATA.replace("beijing,Beijing,1200,", "beijing,Beijing,1e15,"), META);
    expect(input.values["scholars"]![0]).toBe(1e15);
  });

  it("names the cell for a value that is not a number, and the column for a bad method", () => {
    expect(refused(DATA.replace("1200", "n/a"))).toEqual([
      { file: "data.csv", row: 2, column: "scholars", reason: expect.stringMatching(/^"n\/a" is not a number/) },
    ]);
    const badMeta = (meta: string) => refused(DATA, meta)[0];
    expect(badMeta(META.replace("talent,1,1,log1p", "talent,up,1,log1p"))).toMatchObject({
      row: 5,
      column: "direction",
    });
    expect(badMeta(META.replace("talent,1,1,log1p", "talent,1,heavy,log1p"))).toMatchObject({
      row: 5,
      column: "weight",
    });
    expect(badMeta(META.replace("talent,1,1,log1p", "talent,1,1,sqrt"))).toMatchObject({ row: 5, column: "transform" });
    expect(badMeta(META.replace(",,,geometric,", ",,,median,"))).toMatchObject({ row: 3, column: "aggregation" });
    expect(badMeta(META.replace(",1,10,", ",1,,"))).toMatchObject({ row: 6, column: "goalpost_max" });
    expect(badMeta(META.replace(",1,10,", ",10,1,"))).toMatchObject({ row: 6, column: "goalpost_max" });
    expect(badMeta(META.replace(",unit", ""))!.reason).toMatch(/missing column\(s\): unit/);
    expect(refused(DATA.replace("id,", "code,"))[0]!.reason).toMatch(/no "id" column/);
  });

  it("a duplicate place, a duplicate or unnamed column and broken quoting are refused; semicolon files are read", () => {
    expect(refused(`${DATA}beijing,Again,1,1,1\n`)[0]).toEqual({
      file: "data.csv",
      row: 5,
      column: "id",
      reason: '"beijing" is already the id of row 2',
    });
    expect(refused(DATA.replace("id,name,scholars", "id,name,scholars,scholars"))[0]).toMatchObject({
      row: 1,
      column: "scholars",
      reason: "the column appears more than once (columns 3 and 4)",
    });
    expect(refused(DATA.replace("id,name,", "id,,"))[0]).toMatchObject({ row: 1, column: "column 2" });
    expect(refused(DATA.replace('"Shenzhen, Guangdong"', '"Shenzhen, Guangdong'))[0]).toMatchObject({
      file: "data.csv",
      reason: expect.stringMatching(/quot/i),
    });
    // A file separated by semicolons or tabs throughout is read as such (the header says which); mixing is refused.
    const sep = (c: string) =>
      [
        ["id", "name", "scholars", "rank_liepin", "vc"],
        ["beijing", "Beijing", "1200", "1", "500"],
        ["hangzhou", "Hangzhou", "300", "4", ""],
        ["shenzhen", '"Shenzhen, Guangdong"', "450", "3", "200"],
      ]
        .map((r) => r.join(c))
        .join("\n");
    expect(parseCsvPair(sep(";"), META).input.values["vc"]).toEqual([500, null, 200]);
    expect(parseCsvPair(sep("\t"), META).input.places[2]!.name).toBe("Shenzhen, Guangdong");
    expect(refused(DATA.replace("beijing,Beijing,1200,1,500", "beijing;Beijing;1200;1;500"))[0]).toMatchObject({
      row: 2,
      reason: expect.stringMatching(/^1 fields, but the header has 5/),
    });
  });

  it("the framework's tree problems name their rows: no composite, two, unknown parent, cycle", () => {
    const meta = (edit: (m: string) => string) => refused(DATA, edit(META))[0];
    expect(meta((m) => m.replace("city_index,City index,,", "city_index,City index,talent,"))).toMatchObject({
      column: "parent",
      reason: expect.stringMatching(/no row has an empty parent/),
    });
    expect(meta((m) => m.replace("capital,Capital,city_index", "capital,Capital,"))).toMatchObject({
      row: 4,
      reason: expect.stringMatching(/a second composite/),
    });
    expect(meta((m) => m.replace("vc,VC amount,capital", "vc,VC amount,capitol"))).toMatchObject({
      row: 7,
      reason: '"capitol" is not an id in meta.csv',
    });
  });
});

describe("limits", () => {
  const chain = (levels: number) => {
    // composite n0 ← n1 ← … ← n(levels−1), the last one the only indicator.
    const rows = Array.from({ length: levels }, (_, k) => `n${k},N${k},${k === 0 ? "" : `n${k - 1}`},,,,,,,`);
    return `${HEADER}\n${rows.join("\n")}\n`;
  };
  const chainData = (levels: number) => `id,name,n${levels - 1}\na,A,1\nb,B,2\n`;

  it(`a framework of ${LIMITS.frameworkDepth} levels is read; one level more is refused`, () => {
    const ok = parseCsvPair(chainData(LIMITS.frameworkDepth), chain(LIMITS.frameworkDepth));
    expect(score(ok.input).places.map((p) => p.id)).toEqual(["b", "a"]);
    const deeper = refused(chainData(LIMITS.frameworkDepth + 1), chain(LIMITS.frameworkDepth + 1));
    expect(deeper).toEqual([
      {
        file: "meta.csv",
        row: LIMITS.frameworkDepth + 2,
        column: "parent",
        reason: `"n${LIMITS.frameworkDepth}" is deeper than ${LIMITS.frameworkDepth} levels below the composite (the limit)`,
      },
    ]);
  });

  it("a 20,000-level framework is refused by the node limit, without a stack overflow", () => {
    expect(refused(chainData(20_000), chain(20_000))).toEqual([
      {
        file: "meta.csv",
        row: LIMITS.frameworkNodes + 2,
        column: null,
        reason: `more than ${LIMITS.frameworkNodes.toLocaleString("en-US")} framework nodes: the limit is ${LIMITS.frameworkNodes.toLocaleString("en-US")}`,
      },
    ]);
  });

  it(`more than ${LIMITS.places} places, or ${LIMITS.indicators} indicators, are refused`, () => {
    const rows = Array.from({ length: LIMITS.places + 1 }, (_, k) => `p${k},P,1,1,1`);
    expect(refused(`id,name,scholars,rank_liepin,vc\n${rows.join("\n")}\n`)).toEqual([
      {
        file: "data.csv",
        row: LIMITS.places + 2,
        column: null,
        reason: `more than ${LIMITS.places.toLocaleString("en-US")} places: the limit is ${LIMITS.places.toLocaleString("en-US")}`,
      },
    ]);
    const leaves = Array.from({ length: LIMITS.indicators + 1 }, (_, k) => `i${k},I,root,,,,,,,`);
    const meta = `${HEADER}\nroot,Root,,,,,,,,\n${leaves.join("\n")}\n`;
    expect(refused(DATA, meta)).toEqual([
      { file: "meta.csv", row: null, column: null, reason: `501 indicators: the limit is ${LIMITS.indicators}` },
    ]);
  });

  it("a text longer than the file size limit is refused before it is parsed", () => {
    const huge = `id,name,x\n${"a".repeat(LIMITS.fileBytes)}\n`;
    expect(refused(huge)[0]!.reason).toMatch(/characters; the limit is 20,000,000/);
  });
});
