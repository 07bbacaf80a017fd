import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { viewContextFor } from "@/lib/dashboard/context";
import { reasonSayer } from "@/lib/dashboard/derive";
import { editionsDataset } from "@/lib/dashboard/time-fixture";
import { trendModel } from "@/lib/dashboard/time-model";
import { servedDataset } from "@/lib/data/served";
import { en } from "@/lib/i18n/en";
import { parseView } from "@/lib/view/codec";
import { runRankCli } from "./rank";

const files: Record<string, string> = { "editions.json": JSON.stringify(editionsDataset()) };
const io = { readFile: (path: string) => files[path] ?? "" };
/** id → rank ("" when unranked) from the CLI's CSV. */
const ranksOf = (csv: string) =>
  Object.fromEntries(
    Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map((r) => [r.id, r.rank]),
  );

describe("npm run rank -- --view 'yr=…'", () => {
  it("scores each indicator on its latest edition by the year (the hand-checked case of as-of.test.ts)", () => {
    const y2019 = runRankCli(["--dataset", "editions.json", "--view", "yr=2019"], io);
    expect(y2019.code).toBe(0);
    expect(ranksOf(y2019.stdout)).toEqual({ c: "1", a: "2", b: "3" });
    expect(ranksOf(runRankCli(["--dataset", "editions.json", "--view", "yr=2021"], io).stdout)).toEqual({
      b: "1",
      c: "2",
      a: "3",
    });
    // As of 2018 the IDC rank has no edition yet: it is left out (no norm:idc column), base alone ranks C, B, A.
    const y2018 = runRankCli(["--dataset", "editions.json", "--view", "yr=2018"], io);
    expect(ranksOf(y2018.stdout)).toEqual({ c: "1", b: "2", a: "3" });
    expect(y2018.stdout.split("\n")[0]).not.toContain("norm:idc");
  });

  it("says when a year is outside the data, and ranks on the latest editions", () => {
    const r = runRankCli(["--dataset", "editions.json", "--view", "yr=2030"], io);
    expect(r.code).toBe(0);
    expect(r.stderr.join("\n")).toMatch(/yr.*2030/);
    expect(ranksOf(r.stdout)).toEqual({ b: "1", c: "2", a: "3" });
  });

  it("gives, for the bundled data, every trend point the page draws", () => {
    const { dataset } = servedDataset();
    const { view } = parseView("tp=hangzhou,beijing&s=per_capita", viewContextFor(dataset));
    const m = trendModel(dataset, view, "en", reasonSayer(en), { yes: "yes", no: "no" });
    for (const [k, year] of m.years.entries()) {
      const cli = runRankCli(["--view", `yr=${year}&s=per_capita`], io);
      const ranks = cli.code === 0 ? ranksOf(cli.stdout) : {};
      for (const s of m.series)
        expect([year, s.id, s.points[k]!.rank]).toEqual([year, s.id, ranks[s.id] ? Number(ranks[s.id]) : null]);
    }
  });
});
