/**
 * `npm run data:check`: validate the bundled dataset in data/, check the data version's hash, and print the coverage
 * matrix (place × indicator) and each indicator's coverage. Exits 1 on any problem, naming the record and the field.
 * `npm run data:check -- some.json` validates a Dataset-shaped JSON file instead (no hash check), e.g. a broken fixture.
 */
import { readFileSync } from "node:fs";
import { bundledContent, bundledRaw } from "@/lib/data/bundled";
import { contentHash } from "@/lib/data/content-hash";
import { coverageMatrix } from "@/lib/data/coverage";
import { formatDataError, validateDataset } from "@/lib/data/validate";

const file = process.argv[2];
const result = validateDataset(file === undefined ? bundledRaw : readJson(file));
if (!result.ok) {
  console.error(`data:check FAILED: ${result.errors.length} problem(s) in ${file ?? "data/"}`);
  for (const e of result.errors) console.error(`  ✗ ${formatDataError(e)}`);
  process.exit(1);
}
const dataset = result.dataset;
const hash = contentHash(bundledContent);
if (file === undefined && hash !== dataset.version.hash) {
  console.error(
    `data:check FAILED: data/version.json hash ${dataset.version.hash} is stale; the content hash is ${hash}.`,
  );
  console.error("  Run npm run data:version to update it (and its date).");
  process.exit(1);
}

const m = coverageMatrix(dataset);
const key = (j: number) => String.fromCharCode(65 + j); // A, B, C … one column per indicator
const nameWidth = Math.max(...m.places.map((p) => p.id.length));
console.log(`data:check ok — data version ${dataset.version.date} #${dataset.version.hash}`);
console.log(
  `${dataset.places.length} places, ${dataset.indicators.length} indicators in ${dataset.pillars.length} pillars, ` +
    `${dataset.observations.length} observations, ${dataset.sources.length} sources`,
);
for (const w of result.warnings) console.log(`  ! ${w}`);

console.log("\nCoverage matrix (● observed, · missing; columns keyed below)");
console.log(`${"".padEnd(nameWidth)}  ${m.indicators.map((_, j) => key(j)).join(" ")}   n`);
m.places.forEach((p, k) => {
  const row = (m.cells[k] ?? []).map((c) => (c === null ? "·" : "●")).join(" ");
  const counts = m.byPlace[k];
  console.log(`${p.id.padEnd(nameWidth)}  ${row}   ${counts?.observed ?? 0}/${counts?.total ?? 0}`);
});

console.log("\nIndicator coverage");
const idWidth = Math.max(...m.indicators.map((i) => i.id.length));
m.byIndicator.forEach((c, j) => {
  const pct = `${Math.round(c.share * 100)}%`.padStart(4);
  const kind = c.indicator.kind === "rank" ? "rank" : "value";
  console.log(
    `  ${key(j)}  ${c.indicator.id.padEnd(idWidth)}  ${String(c.observed).padStart(2)} of ${c.total}  ${pct}` +
      `  [${c.indicator.pillar}, ${kind}, weight ${c.indicator.weight}]`,
  );
});

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    console.error(`data:check FAILED: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
