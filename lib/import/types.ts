/**
 * Data the user brings into the browser: what an import produces and keeps, and how a problem with a file is named.
 * Imported data never leaves the browser; these are the records kept in its storage.
 */
import type { Dataset } from "@/lib/data/types";
import type { Aggregation, Transform } from "@/lib/scoring/vocabulary";

/** One problem with an imported file: which file, which row (1 = the header row) and column, and why. */
export interface ImportError {
  file: string;
  /** 1-based line of the file, the header being row 1; null when the problem is not in one row. */
  row: number | null;
  /** The column's header (CSV) or the record › field (JSON); null when the problem is not in one column. */
  column: string | null;
  reason: string;
}

/**
 * What a meta.csv says beyond the dataset's shape: per-node aggregation, per-indicator transform, goalposts and
 * target. Applied to the engine input when the imported data are scored (`applyMethod`), so an index imported as a
 * CSV pair (the UNDP HDI, say) is computed as its meta.csv prescribes.
 */
export interface ImportedMethod {
  aggregation: Record<string, Aggregation>;
  transform: Record<string, Transform>;
  goalposts: Record<string, { min: number; max: number }>;
  target: Record<string, number>;
}

export type ImportKind = "csv-pair" | "dataset-json" | "wide-csv";

/** A dataset kept in this browser. */
export interface ImportedRecord {
  /** Random id; links made on this data carry it as `ds=<id>`. */
  id: string;
  /** Shown in the list; the user may rename it. */
  name: string;
  kind: ImportKind;
  /** The file names it was made from. */
  files: string[];
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  dataset: Dataset;
  method: ImportedMethod | null;
}

export type ImportResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; errors: ImportError[] };
