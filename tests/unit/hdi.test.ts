/**
 * Reproduces a published index end to end: the UNDP HDI 2022 for 193 countries, through the CLI, from the CSV pair in
 * tests/fixtures/hdi-2022 (copied from ../shared/reference/hdi-2022, see its README), with the view
 * `n=goalposts&cov=100&rd=1`. Every country's HDI (3 dp) and published rank must match.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runRankCli } from "@/lib/cli/rank";
import { roundHalfUp } from "@/lib/scoring/rank";

const DIR = fileURLToPath(new URL("../fixtures/hdi-2022/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HDI_VIEW = "n=goalposts&cov=100&rd=1";
const ARGS = ["--data", `${DIR}data.csv`, "--meta", `${DIR}meta.csv`, "--view", HDI_VIEW];

type Row = Record<string, string>;
const parse = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const expected = parse(readFileSync(`${DIR}expected_all193.csv`, "utf8"));
const io = { readFile: (path: string) => readFileSync(path, "utf8") };

/** Compares CLI CSV output with the published table; returns the mismatches. */
function compare(csv: string) {
  const rows = new Map(parse(csv).map((r) => [r["id"], r]));
  const hdiWrong: string[] = [];
  const rankWrong: string[] = [];
  for (const e of expected) {
    const got = rows.get(e["iso3"]);
    const hdi = got && got["score"] !== "" ? (roundHalfUp(Number(got["score"]), 1) / 100).toFixed(3) : "missing";
    if (hdi !== e["hdi"]) hdiWrong.push(`${e["iso3"]}: ${hdi} ≠ ${e["hdi"]}`);
    if (got?.["rank"] !== e["hdi_rank_global_published"])
      rankWrong.push(`${e["iso3"]}: ${got?.["rank"]} ≠ ${e["hdi_rank_global_published"]}`);
  }
  return { rows: rows.size, hdiWrong, rankWrong };
}

describe("UNDP HDI 2022 (193 countries) through the CLI", () => {
  it("gives every published HDI (3 dp) and published rank", () => {
    const result = runRankCli(ARGS, io);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
    expect(expected).toHaveLength(193);
    expect(compare(result.stdout)).toEqual({ rows: 193, hdiWrong: [], rankWrong: [] });
  });

  it("reproduces the published ties (e.g. BEL = FIN = LIE at rank 12, TCD = NER at 189)", () => {
    const rows = new Map(parse(runRankCli(ARGS, io).stdout).map((r) => [r["id"], r["rank"]]));
    expect(["BEL", "FIN", "LIE"].map((id) => rows.get(id))).toEqual(["12", "12", "12"]);
    expect(["TCD", "NER"].map((id) => rows.get(id))).toEqual(["189", "189"]);
  });

  it("without capping or on unrounded scores the check fails (it tells methods apart)", () => {
    const unrounded = compare(runRankCli([...ARGS.slice(0, 4), "--view", "n=goalposts&cov=100"], io).stdout);
    expect(unrounded.rankWrong.length).toBeGreaterThan(0);
    const arithmetic = compare(runRankCli([...ARGS.slice(0, 4), "--view", `${HDI_VIEW}&a=arithmetic`], io).stdout);
    expect(arithmetic.hdiWrong.length).toBeGreaterThan(100);
  });

  it("works as a real process: npx tsx scripts/rank.ts", () => {
    const run = spawnSync("npx", ["tsx", "scripts/rank.ts", ...ARGS], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(compare(run.stdout)).toEqual({ rows: 193, hdiWrong: [], rankWrong: [] });
  }, 30_000);
});
