import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { baseDataset } from "@/lib/data/test-fixture";
import { runRankCli } from "./rank";
import { DATA, META } from "@/lib/scoring/test-fixture";

const files: Record<string, string> = { "data.csv": DATA, "meta.csv": META };
const io = {
  readFile: (path: string) => {
    if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: ${path}`);
    return files[path]!;
  },
};
const run = (...argv: string[]) => runRankCli(argv, io);
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("npm run rank", () => {
  it("writes CSV: rank,id,name,score,coverage,status, pillar:<id>…, norm:<id>…; blank for missing", () => {
    const r = run("--data", "data.csv", "--meta", "meta.csv");
    expect(r.code).toBe(0);
    const t = rows(r.stdout);
    expect(t.meta.fields).toEqual([
      "rank",
      "id",
      "name",
      "score",
      "coverage",
      "status",
      "pillar:talent",
      "pillar:capital",
      "norm:scholars",
      "norm:rank_liepin",
      "norm:vc",
      "reason",
    ]);
    const hz = t.data.find((d) => d["id"] === "hangzhou")!;
    expect(hz["norm:vc"]).toBe("");
    expect(hz["pillar:capital"]).toBe("");
    expect(Number(hz["coverage"])).toBeCloseTo(2 / 3, 12);
  });
  it("applies a view query with the page's codec and prints its notices", () => {
    const r = run("--data", "data.csv", "--meta", "meta.csv", "--view", "?m=mean&cov=80&n=nonsense");
    expect(r.code).toBe(0);
    expect(r.stderr.some((l) => l.startsWith("notice:") && l.includes("nonsense"))).toBe(true);
    const hz = rows(r.stdout).data.find((d) => d["id"] === "hangzhou")!;
    expect(hz).toMatchObject({ status: "excluded", rank: "", score: "" });
    expect(hz["reason"]).toMatch(/coverage 66.6% below threshold 80%/);
  });
  it("writes JSON with --format json and to a file with --out", () => {
    const r = run("--data", "data.csv", "--meta", "meta.csv", "--format", "json", "--out", "x.json");
    expect(r.stdout).toBe("");
    const json = JSON.parse(r.out!.text);
    expect(json.places[0]).toMatchObject({ id: "beijing", rank: 1, status: "ranked" });
    expect(json.nodes.map((n: { id: string }) => n.id)).toContain("vc");
  });
  it("scores the bundled dataset with no data flag", () => {
    const r = run("--view", "s=per_capita");
    expect(r.code).toBe(0);
    const t = rows(r.stdout);
    expect(t.data.length).toBeGreaterThan(5);
    expect(t.data[0]!["rank"]).toBe("1");
    expect(t.data.every((d) => d["score"] === "" || Number.isFinite(Number(d["score"])))).toBe(true);
  });
  it("scores a Dataset-shaped JSON file with --dataset, and names what is wrong with a broken one", () => {
    files["ds.json"] = JSON.stringify(baseDataset());
    const r = run("--dataset", "ds.json", "--view", "s=per_capita");
    expect(r.code).toBe(0);
    const t = rows(r.stdout).data;
    expect(t.map((d) => d["id"]).sort()).toEqual(["beijing", "beijing-haidian", "hangzhou"]);
    const broken = baseDataset() as unknown as { places: unknown[] };
    broken.places = [{ id: 1 }];
    files["broken.json"] = JSON.stringify(broken);
    const b = run("--dataset", "broken.json");
    expect(b.code).toBe(1);
    expect(b.stderr[0]).toMatch(/^error: broken.json: /);
    files["bad.json"] = "{";
    expect(run("--dataset", "bad.json").stderr.join("\n")).toMatch(/not readable JSON/);
  });
  it("exits 1 with each problem named", () => {
    const bad = (...argv: string[]) => {
      const r = run(...argv);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      return r.stderr.join("\n");
    };
    files["cycle.csv"] = META.replace("talent,Talent,city_index", "talent,Talent,scholars");
    expect(bad("--data", "data.csv", "--meta", "cycle.csv")).toMatch(/error: .*cycle/);
    files["log.csv"] = DATA.replace("1200", "-5");
    expect(bad("--data", "log.csv", "--meta", "meta.csv")).toMatch(/error: scholars: log\(1 \+ x\) of -5/);
    expect(bad("--data", "missing.csv", "--meta", "meta.csv")).toMatch(/error: missing.csv: cannot read/);
    expect(bad("--data", "data.csv")).toMatch(/--data and --meta go together/);
    expect(bad("--format", "xml")).toMatch(/csv or json/);
    expect(bad("--frobnicate")).toMatch(/unknown argument/);
  });
});
