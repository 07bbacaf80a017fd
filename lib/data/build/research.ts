/**
 * The research tables as rows: each row keeps its file and its 1-based position among the data rows, so every figure
 * the build stores can name the row it came from (`topics/compute.csv#12`). Pure: the caller reads the files.
 */
import Papa from "papaparse";
import type { ResearchFile } from "./selection-types";

export interface ResearchRow {
  file: ResearchFile;
  /** 1-based index among the data rows (the header is not counted). */
  index: number;
  city: string;
  indicator: string;
  value: string;
  unit: string;
  year: string;
  source: string;
  /** The sentence the figure was read in; empty in the older tables, which have no quote column. */
  quote: string;
  note: string;
}

export const refOf = (row: Pick<ResearchRow, "file" | "index">) => `${row.file}#${row.index}`;

const COLUMNS = ["city", "indicator", "value", "unit", "year", "source", "note"] as const;

/** Parses one research CSV; a malformed table is an error naming the file and the row. */
export function parseResearchTable(file: ResearchFile, text: string): ResearchRow[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0]!;
    throw new Error(`${file}: row ${(e.row ?? 0) + 1}: ${e.message}`);
  }
  const header = parsed.meta.fields ?? [];
  for (const c of COLUMNS) if (!header.includes(c)) throw new Error(`${file}: no "${c}" column`);
  return parsed.data.map((r, k) => ({
    file,
    index: k + 1,
    city: r.city ?? "",
    indicator: r.indicator ?? "",
    value: r.value ?? "",
    unit: r.unit ?? "",
    year: r.year ?? "",
    source: r.source ?? "",
    quote: r.quote ?? "",
    note: r.note ?? "",
  }));
}

/** A row by its ref, for the provenance test and the build's audit. */
export function rowByRef(tables: Map<ResearchFile, ResearchRow[]>, ref: string): ResearchRow | undefined {
  const m = /^(.+)#(\d+)$/.exec(ref);
  if (!m) return undefined;
  return tables.get(m[1] as ResearchFile)?.[Number(m[2]) - 1];
}
