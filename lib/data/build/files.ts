/**
 * The build on disk (Node only: `npm run data:build`, `npm run data:check` and the check's vitest test): read the
 * research tables and the seed article from data/research/, build, and write or compare the dataset files. Arrays are
 * written one record per line, so a data change shows as a one-line diff.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentHash } from "@/lib/data/content-hash";
import { GAZETTEER_FILE, GAZETTEER_SOURCE } from "@/data/gazetteer";
import { buildDataset, type BuildReport, type BuiltFiles } from "./build";
import { withLocations } from "./locations";
import { addDistricts, type DistrictReport } from "./district-stage";
import { packageDivisions } from "./divisions-package";
import { ENTRY_FILES } from "./entries";
import { parseResearchTable, type ResearchRow } from "./research";
import type { ResearchFile, Selection } from "./selection-types";

export const RESEARCH_FILES: readonly ResearchFile[] = [
  "city-ai-figures.csv",
  "denominators.csv",
  "topics/statistics.csv",
  "topics/talent.csv",
  "topics/industry-capital-policy.csv",
  "topics/compute.csv",
  "topics/genai-filings.csv",
];

/** The content files, in the order `bundled.ts` hashes them. */
export const CONTENT_FILES = ["sources", "places", "framework", "indicators", "observations"] as const;

export function readResearch(dataDir: string): {
  tables: Map<ResearchFile, ResearchRow[]>;
  seedArticle: string;
  /** The filing lists' entries (issue 16): the district counts are made from them. */
  entries: { deepSynthesis: string; genai: string };
} {
  const tables = new Map<ResearchFile, ResearchRow[]>();
  const read = (f: string) => readFileSync(join(dataDir, "research", f), "utf8");
  for (const f of RESEARCH_FILES) tables.set(f, parseResearchTable(f, read(f)));
  return {
    tables,
    seedArticle: read("seed-article-zh.txt"),
    entries: { deepSynthesis: read(ENTRY_FILES.deepSynthesis), genai: read(ENTRY_FILES.genai) },
  };
}

export function freshBuild(
  dataDir: string,
  selection: Selection,
): { files: BuiltFiles; report: BuildReport & { districts?: DistrictReport } } {
  const { entries, ...research } = readResearch(dataDir);
  // Districts join the places before the gazetteer places them (a district can have a location too).
  const { files, report } = addDistricts(buildDataset({ selection, ...research }), selection, {
    texts: entries,
    table: packageDivisions(),
  });
  const gazetteer = readFileSync(join(dataDir, "research", GAZETTEER_FILE), "utf8");
  return { files: withLocations(files, gazetteer, GAZETTEER_SOURCE, GAZETTEER_FILE), report };
}

/** One record per line inside arrays; objects pretty-printed. Stable, so equal data gives equal bytes. */
export function serialize(value: unknown): string {
  if (Array.isArray(value))
    return value.length === 0 ? "[]\n" : `[\n${value.map((v) => `  ${JSON.stringify(v)}`).join(",\n")}\n]\n`;
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface VersionFile {
  date: string;
  hash: string;
}

/** The revision for these files: the committed date stays while the content hash is unchanged. */
export function revisionFor(files: BuiltFiles, committed: VersionFile | null, today: string): VersionFile {
  const hash = contentHash(files);
  return committed?.hash === hash ? committed : { date: today, hash };
}

export function readCommittedVersion(dataDir: string): VersionFile | null {
  const path = join(dataDir, "version.json");
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as VersionFile;
  } catch {
    return null;
  }
}

export function writeDataset(dataDir: string, files: BuiltFiles, version: VersionFile): void {
  for (const name of CONTENT_FILES) writeFileSync(join(dataDir, `${name}.json`), serialize(files[name]));
  writeFileSync(join(dataDir, "version.json"), serialize(version));
}

/** Which committed files differ from a fresh build (names), and whether version.json carries the fresh hash. */
export function staleFiles(dataDir: string, files: BuiltFiles): string[] {
  const stale: string[] = [];
  for (const name of CONTENT_FILES) {
    const path = join(dataDir, `${name}.json`);
    const committed = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (committed !== serialize(files[name])) stale.push(`${name}.json`);
  }
  const version = readCommittedVersion(dataDir);
  if (version?.hash !== contentHash(files)) stale.push("version.json");
  return stale;
}
