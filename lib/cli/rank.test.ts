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
    // Cities only by default; lv=all puts the district beside them, as the page does.
    expect(t.map((d) => d["id"]).sort()).toEqual(["beijing", "hangzhou"]);
    const all = rows(run("--dataset", "ds.json", "--view", "lv=all").stdout).data;
    expect(all.map((d) => d["id"]).sort()).toEqual(["beijing", "beijing-haidian", "hangzhou"]);
    const broken = baseDataset() as unknown as { places: unknown[] };
    broken.places = [{ id: 1 }];
    files["broken.json"] = JSON.stringify(broken);
    const b = run("--dataset", "broken.json");
    expect(b.code).toBe(1);
    expect(b.stderr[0]).toMatch(/^error: broken.json, places\[0\], column "id": /);
    files["bad.json"] = "{";
    expect(run("--dataset", "bad.json").stderr.join("\n")).toMatch(
      /^error: bad.json: not valid JSON at line 1, column 2/,
    );
  });
  it("exits 1 for invalid input, 2 for wrong arguments (with the usage), 3 for a file it cannot read", () => {
    const fails = (code: number, ...argv: string[]) => {
      const r = run(...argv);
      expect(r.code).toBe(code);
      expect(r.stdout).toBe("");
      return r.stderr.join("\n");
    };
    files["cycle.csv"] = META.replace("talent,Talent,city_index", "talent,Talent,scholars");
    expect(fails(1, "--data", "data.csv", "--meta", "cycle.csv")).toMatch(
      /error: cycle.csv, row \d, column "parent": .*cycle/,
    );
    files["log.csv"] = DATA.replace("1200", "-5");
    expect(fails(1, "--data", "log.csv", "--meta", "meta.csv")).toMatch(/error: scholars: log\(1 \+ x\) of -5/);
    expect(fails(3, "--data", "missing.csv", "--meta", "meta.csv")).toMatch(
      /^error: missing.csv: cannot read the file/,
    );
    expect(fails(2, "--data", "data.csv")).toMatch(/--data and --meta go together\nusage: /);
    expect(fails(2, "--format", "xml")).toMatch(/csv or json/);
    expect(fails(2, "--frobnicate")).toMatch(/^error: unknown argument "--frobnicate"\nusage: /);
  });

  it("refuses the README's example with one stray comma instead of ranking shifted rows", () => {
    files["stray.csv"] = DATA.replace("beijing,Beijing,1200,1,500", "beijing,Beijing,,1200,1,500");
    const r = run("--data", "stray.csv", "--meta", "meta.csv");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toEqual([
      "error: stray.csv, row 2, column 6: 6 fields, but the header has 5: an unquoted comma in a value, or a value " +
        "without a column (quote values that contain commas)",
    ]);
  });

  it("refuses an empty file and a header-only file, naming the file", () => {
    files["empty.csv"] = "";
    files["header.csv"] = "id,name,scholars,rank_liepin,vc\n";
    expect(run("--data", "empty.csv", "--meta", "meta.csv")).toMatchObject({
      code: 1,
      stderr: ["error: empty.csv: the file is empty: it needs a header row and at least one row of data"],
    });
    expect(run("--data", "header.csv", "--meta", "meta.csv")).toMatchObject({
      code: 1,
      stderr: ["error: header.csv: the file has a header but no rows: no places"],
    });
    files["empty.json"] = "";
    expect(run("--dataset", "empty.json").stderr[0]).toMatch(/^error: empty.json: not valid JSON/);
  });

  it("refuses a file over the size limit before reading it", () => {
    let reads = 0;
    const big = runRankCli(["--data", "data.csv", "--meta", "meta.csv"], {
      readFile: (path) => (reads++, files[path]!),
      fileSize: (path) => (path === "data.csv" ? 50_000_000 : 100),
    });
    expect(big).toMatchObject({ code: 1, stderr: ["error: data.csv: the file is 50.0 MB; the limit is 20 MB"] });
    expect(reads).toBe(0);
  });

  it("names the line and column of a JSON syntax error, and every record a dataset file gets wrong", () => {
    files["syntax.json"] = '{\n  "version": {\n    "date": "2026-01-01",\n  }\n}';
    expect(run("--dataset", "syntax.json").stderr[0]).toMatch(
      /^error: syntax.json: not valid JSON at line 4, column 3/,
    );
  });

  it("neutralises spreadsheet formulas in names and prints the top score as 100, not 100.00000000000004", () => {
    // Geometric mean with weights 1, 2, 3 of min-max scores 100, 100, 100: exp((ln 100 + 2 ln 100 + 3 ln 100) / 6)
    // = 100 exactly in arithmetic, 100.00000000000004 in floating point.
    files["g-meta.csv"] = [
      "id,name,parent,direction,weight,transform,goalpost_min,goalpost_max,aggregation,unit",
      "r,R,,,,,,,geometric,",
      "a,A,r,1,1,none,,,,",
      "b,B,r,1,2,none,,,,",
      "c,C,r,1,3,none,,,,",
    ].join("\n");
    const names = ['"=HYPERLINK(""http://x"",""click"")"', "+1+2", "@SUM(A1)", "-cmd"];
    files["g-data.csv"] = [
      "id,name,a,b,c",
      ...names.map((n, k) => `p${k},${n},${k === 0 ? 5 : 1},${k === 0 ? 5 : 1},${k === 0 ? 5 : 1}`),
    ].join("\n");
    const r = run("--data", "g-data.csv", "--meta", "g-meta.csv");
    expect(r.code).toBe(0);
    const t = rows(r.stdout).data;
    expect(t[0]).toMatchObject({ id: "p0", rank: "1", score: "100" });
    expect(t.map((d) => d["name"]).sort()).toEqual(
      ['\'=HYPERLINK("http://x","click")', "'+1+2", "'@SUM(A1)", "'-cmd"].sort(),
    );
    // Tab and CR survive in a dataset file's names (the CSV reader trims cells), and come out neutralised too.
    const ds = baseDataset();
    ds.places[0]!.nameEn = "\tTab";
    ds.places[1]!.nameEn = "\rCR";
    files["tabs.json"] = JSON.stringify(ds);
    const names2 = rows(run("--dataset", "tabs.json").stdout).data.map((d) => d["name"]);
    expect(names2).toEqual(expect.arrayContaining(["'\tTab", "'\rCR"]));
  });

  it("adds best_rank,worst_rank with --bounds and the Monte Carlo columns with --draws", () => {
    files["d3.csv"] = "id,name,x,y\nA,A,100,0\nB,B,0,100\nC,C,40,40\n";
    files["m3.csv"] =
      "id,name,parent,direction,weight,transform,goalpost_min,goalpost_max,aggregation,unit\n" +
      "root,Root,,,,,,,arithmetic,\nx,X,root,1,3,none,,,,\ny,Y,root,1,1,none,,,,\n";
    // A = 100·s_x, B = 100·(1 − s_x), C = 40 (min-max). With s_x in 10–90 %: A and B each rank 1 to 3; C is never
    // first (one of A, B has ≥ 50) and last at s_x = 50 %.
    const r = run(
      "--data",
      "d3.csv",
      "--meta",
      "m3.csv",
      "--bounds",
      "10-90",
      "--draws",
      "500",
      "--seed",
      "4",
      "--spread",
      "50",
    );
    expect(r.code).toBe(0);
    const t = rows(r.stdout);
    expect(t.meta.fields!.slice(-6)).toEqual([
      "best_rank",
      "worst_rank",
      "mc_median_rank",
      "mc_p05_rank",
      "mc_p95_rank",
      "mc_p_first",
    ]);
    const at = (id: string) => t.data.find((d) => d["id"] === id)!;
    expect([at("A")["best_rank"], at("A")["worst_rank"], at("C")["best_rank"], at("C")["worst_rank"]]).toEqual([
      "1",
      "3",
      "2",
      "3",
    ]);
    // Weights 3 and 1 times a factor in [0.5, 1.5]: s_x ≥ 1.5 / 3 = 50 %, so A = 100·s_x ≥ 50 ≥ B and A stays first.
    expect([at("A")["mc_p05_rank"], at("A")["mc_p95_rank"], at("A")["mc_p_first"]]).toEqual(["1", "1", "1"]);
    const again = run("--data", "d3.csv", "--meta", "m3.csv", "--draws", "500", "--seed", "4", "--spread", "50");
    expect(rows(again.stdout).data.map((d) => d["mc_p95_rank"])).toEqual(t.data.map((d) => d["mc_p95_rank"]));
  });
  it("puts the robustness columns in each place of the JSON output", () => {
    const r = run("--data", "d3.csv", "--meta", "m3.csv", "--bounds", "10-90", "--format", "json");
    const c = JSON.parse(r.stdout).places.find((p: { id: string }) => p.id === "C");
    expect(c).toMatchObject({ best_rank: 2, worst_rank: 3 });
  });
  it("prints node,current_share,flip_share with --flip", () => {
    const r = run("--data", "d3.csv", "--meta", "m3.csv", "--flip", "A,C");
    // A = 100·s_x, C = 40: swap at s_x = 40 %, i.e. s_y = 60 %.
    expect(r.stdout).toBe("node,current_share,flip_share\nx,75,40\ny,25,60\n");
    files["d4.csv"] = "id,name,x,y\nA,A,10,10\nB,B,5,5\nC,C,0,0\n";
    expect(run("--data", "d4.csv", "--meta", "m3.csv", "--flip", "A,B").stdout).toBe(
      "node,current_share,flip_share\nx,75,\ny,25,\n",
    );
  });
  it("names what is wrong with a robustness flag", () => {
    const bad = (...argv: string[]) => run("--data", "d3.csv", "--meta", "m3.csv", ...argv).stderr.join("\n");
    expect(bad("--bounds", "60-90")).toMatch(/exceed 100%/);
    expect(bad("--bounds", "ten")).toMatch(/LO-HI/);
    expect(bad("--draws", "0")).toMatch(/--draws "0" must be a whole number from 1 to 20000/);
    expect(bad("--seed", "3")).toMatch(/need --draws/);
    expect(bad("--flip", "A")).toMatch(/two places/);
    expect(bad("--flip", "A,Z")).toMatch(/no place "Z"/);
  });
  it("reads the seed, spread and what is perturbed from the view when the flags do not say", () => {
    const a = run("--data", "d3.csv", "--meta", "m3.csv", "--draws", "200", "--view", "seed=9&spr=60&unc=weights");
    const b = run("--data", "d3.csv", "--meta", "m3.csv", "--draws", "200", "--seed", "9", "--spread", "60");
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
  it("ranks districts with --level district, placing each: city, code, figure and share of its city", () => {
    const r = run("--level", "district");
    expect(r.code).toBe(0);
    const t = rows(r.stdout);
    expect(t.meta.fields).toEqual(
      expect.arrayContaining(["level", "parent", "division", "value:deep_synthesis_filings"]),
    );
    expect(t.data.every((d) => d["level"] === "district")).toBe(true);
    const haidian = t.data.find((d) => d["id"] === "beijing-haidian")!;
    // 731 of Beijing's 1,611 deep-synthesis filings (research note: "Haidian is 45.4% of Beijing"): 731 / 1611.
    expect(haidian).toMatchObject({ parent: "beijing", division: "110108", "value:deep_synthesis_filings": "731" });
    expect(Number(haidian["city_share:deep_synthesis_filings"])).toBeCloseTo(731 / 1611, 12);
    // Generative-AI filings are lower bounds on both sides: no share.
    expect(haidian["city_share:genai_service_filings"]).toBe("");
    const yuhang = t.data.find((d) => d["id"] === "hangzhou-yuhang")!;
    expect(Number(yuhang["city_share:deep_synthesis_filings"])).toBeCloseTo(416 / 880, 12);
  });
  it("--level all puts districts beside cities, and the flag wins over the view's lv=", () => {
    const t = rows(run("--level", "all", "--view", "lv=district").stdout);
    expect(new Set(t.data.map((d) => d["level"]))).toEqual(new Set(["city", "district"]));
    expect(t.data.find((d) => d["id"] === "hangzhou")!["city_share:deep_synthesis_filings"]).toBe("");
  });
  it("names a bad --level, and refuses districts for data without them (wrong arguments: exit 2)", () => {
    const bad = run("--level", "province");
    expect(bad.code).toBe(2);
    expect(bad.stderr[0]).toMatch(/^error: --level "province" must be city, all, district/);
    const r = run("--data", "data.csv", "--meta", "meta.csv", "--level", "district");
    expect([r.code, r.stderr[0]]).toEqual([2, "error: --level district: these data have no districts"]);
  });
});
