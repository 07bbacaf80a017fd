/**
 * `npm run data:check` and its vitest twin call this: a fresh build from data/selection.ts and data/research/ must
 * equal the committed files, the committed dataset must validate, and the targets must be met.
 */
import { bundledRaw } from "@/lib/data/bundled";
import { formatDataError, validateDataset } from "@/lib/data/validate";
import type { Dataset } from "@/lib/data/types";
import { BuildError } from "./build";
import { parseFilingEntries, parseGenaiEntries } from "./entries";
import { freshBuild, readResearch, staleFiles } from "./files";
import { refOf } from "./research";
import type { Selection } from "./selection-types";
import { targets, type Target } from "./targets";

export interface CheckResult {
  /** Build problems (the selection or the research tables cannot be built). */
  buildErrors: string[];
  /** Committed files that differ from a fresh build. */
  stale: string[];
  /** Validation errors of the committed dataset. */
  invalid: string[];
  warnings: string[];
  targets: Target[];
  dataset: Dataset | null;
  ok: boolean;
}

export function checkData(dataDir: string, selection: Selection, raw: unknown = bundledRaw): CheckResult {
  const result: CheckResult = {
    buildErrors: [],
    stale: [],
    invalid: [],
    warnings: [],
    targets: [],
    dataset: null,
    ok: false,
  };
  try {
    result.stale = staleFiles(dataDir, freshBuild(dataDir, selection).files);
  } catch (e) {
    if (!(e instanceof BuildError)) throw e;
    result.buildErrors = e.problems;
  }
  const v = validateDataset(raw);
  if (!v.ok) result.invalid = v.errors.map(formatDataError);
  else {
    result.dataset = v.dataset;
    result.warnings = v.warnings;
    const { tables, entries } = readResearch(dataDir);
    result.targets = targets(v.dataset, tables, seedQuoteLookup(selection, tables), {
      deepSynthesis: parseFilingEntries(entries.deepSynthesis).entries,
      genai: parseGenaiEntries(entries.genai).entries,
    });
  }
  result.ok =
    result.buildErrors.length === 0 &&
    result.stale.length === 0 &&
    result.invalid.length === 0 &&
    result.targets.every((t) => t.ok);
  return result;
}

/** The selection's quote for a row of the older table (which has no quote column), by the row's ref. */
export function seedQuoteLookup(
  selection: Selection,
  tables: ReturnType<typeof readResearch>["tables"],
): (ref: string) => string | undefined {
  const quotes = new Map<string, string>();
  for (const ind of selection.indicators) {
    if (!ind.quotes) continue;
    for (const f of [ind.rows].flat())
      for (const row of tables.get(f.file) ?? [])
        if (row.indicator === f.indicator && ind.quotes[row.city] !== undefined)
          quotes.set(refOf(row), ind.quotes[row.city]!);
  }
  return (ref) => quotes.get(ref);
}
