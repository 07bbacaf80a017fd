/**
 * `npm run data:check`: a fresh build from data/selection.ts and data/research/ must equal the committed data/*.json
 * (every figure's path from research row to screen is code), the dataset must validate, and the issue's targets must
 * hold; prints the targets and the coverage matrix (cities and districts × scored indicators, latest editions).
 * Exits 1 on any problem. `npm run data:check -- some.json` validates a Dataset-shaped JSON file instead.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { selection } from "@/data/selection";
import { checkData } from "@/lib/data/build/check";
import type { Cell } from "@/lib/data/cells";
import { coverageMatrix } from "@/lib/data/coverage";
import { isScored } from "@/lib/data/helpers";
import { formatDataError, validateDataset } from "@/lib/data/validate";
import type { Dataset } from "@/lib/data/types";

const file = process.argv[2];
if (file !== undefined) {
  const r = validateDataset(readJson(file));
  if (!r.ok) {
    console.error(`data:check FAILED: ${r.errors.length} problem(s) in ${file}`);
    for (const e of r.errors) console.error(`  ✗ ${formatDataError(e)}`);
    process.exit(1);
  }
  console.log(`data:check ok — ${file}: ${r.dataset.places.length} places, ${r.dataset.indicators.length} indicators`);
  for (const w of r.warnings) console.log(`  ! ${w}`);
  process.exit(0);
}

const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
const r = checkData(dataDir, selection);
for (const p of r.buildErrors) console.error(`  ✗ build: ${p}`);
if (r.stale.length > 0)
  console.error(`  ✗ stale: ${r.stale.join(", ")} differ from a fresh build (run npm run data:build and commit)`);
for (const e of r.invalid) console.error(`  ✗ ${e}`);
if (r.dataset) report(r.dataset);
console.log("\nTargets");
for (const t of r.targets) console.log(`  ${t.ok ? "✓" : "✗"} ${t.name}: ${t.actual}`);
for (const w of r.warnings) console.log(`  ! ${w}`);
if (!r.ok) {
  console.error("\ndata:check FAILED");
  process.exit(1);
}
console.log("\ndata:check ok");

function report(d: Dataset) {
  const scored = d.indicators.filter(isScored);
  console.log(
    `dataset revision ${d.version.date}.${d.version.hash}: ${d.places.length} places, ${d.indicators.length} indicators ` +
      `(${scored.length} scored in ${d.pillars.length} pillars), ${d.observations.length} figures, ${d.sources.length} sources`,
  );
  const m = coverageMatrix(d, scored);
  const key = (j: number) => (j < 26 ? String.fromCharCode(65 + j) : String.fromCharCode(97 + j - 26));
  const width = Math.max(...m.places.map((p) => p.id.length));
  console.log("\nCoverage matrix, latest editions (● figure, ＞ beyond a list, 0 none on a complete list, · missing)");
  console.log(`${"".padEnd(width)}  ${scored.map((_, j) => key(j)).join("")}   known`);
  m.places.forEach((p, k) => {
    const mark = (c: Cell) =>
      c.value === null ? "·" : c.derived === "beyond_list" ? "＞" : c.derived === "absent_zero" ? "0" : "●";
    const counts = m.byPlace[k]!;
    console.log(`${p.id.padEnd(width)}  ${m.cells[k]!.map(mark).join("")}   ${counts.observed}/${counts.total}`);
  });
  console.log("");
  m.byIndicator.forEach((c, j) => {
    const edition = c.indicator.editions?.at(-1)?.label ?? "latest figure per place";
    console.log(
      `  ${key(j)} ${c.indicator.id} [${c.indicator.pillar}, weight ${c.indicator.weight}]: ` +
        `${c.observed}/${c.total} known — ${edition}`,
    );
  });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    console.error(`data:check FAILED: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
