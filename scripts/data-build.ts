/**
 * `npm run data:build`: data/research/*.csv + data/selection.ts → data/{sources,places,framework,indicators,
 * observations,version}.json. Prints what it left out and why. The revision date (version.json) moves to today only
 * when the content changed.
 */
import { fileURLToPath } from "node:url";
import { selection } from "@/data/selection";
import { BuildError, datasetOf } from "@/lib/data/build/build";
import { freshBuild, readCommittedVersion, revisionFor, writeDataset } from "@/lib/data/build/files";
import { formatDataError, validateDataset } from "@/lib/data/validate";

const dataDir = fileURLToPath(new URL("../data/", import.meta.url));
try {
  const { files, report } = freshBuild(dataDir, selection);
  const version = revisionFor(files, readCommittedVersion(dataDir), new Date().toISOString().slice(0, 10));
  const check = validateDataset(datasetOf(files, version));
  if (!check.ok) {
    console.error("data:build FAILED: the built dataset does not validate:");
    for (const e of check.errors) console.error(`  ✗ ${formatDataError(e)}`);
    process.exit(1);
  }
  writeDataset(dataDir, files, version);
  const scored = files.indicators.filter((i) => i.role !== "context").length;
  console.log(
    `data:build ok — revision ${version.date}.${version.hash}: ${files.places.length} places, ` +
      `${files.indicators.length} indicators (${scored} scored), ${files.observations.length} figures, ` +
      `${files.sources.length} sources`,
  );
  for (const w of check.warnings) console.log(`  ! ${w}`);
  if (report.omitted.length > 0) console.log(`\nResearch rows left out (${report.omitted.length}):`);
  for (const o of report.omitted) console.log(`  - ${o.indicator} ${o.ref}: ${o.why}`);
  if (report.unattached.length > 0)
    console.log(`\nAlternatives with nothing to sit beside (${report.unattached.length}):`);
  for (const o of report.unattached) console.log(`  - ${o.indicator} ${o.ref}: ${o.why}`);
  if (report.districts) {
    const d = report.districts;
    console.log(
      `\nDistricts counted from the filing lists' entries: ${d.districts.length} (names from ${d.table}); ` +
        `${d.districts.filter((x) => x.reasons.includes("top")).length} among the top 30 nationally`,
    );
    console.log(
      `Division codes the package does not know (${d.unknownCodes.length}; counted nationally, for no place):`,
    );
    for (const u of d.unknownCodes)
      console.log(
        `  - ${u.code}: ${u.filings} deep-synthesis, ${u.genai} generative-AI filings; city: ${u.city ?? "none"}`,
      );
  }
  if (report.unusedSources.length > 0) console.log(`\nSource records not used: ${report.unusedSources.join(", ")}`);
} catch (e) {
  if (e instanceof BuildError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
