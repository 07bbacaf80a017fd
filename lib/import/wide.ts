/**
 * A single wide CSV: one row per place, a column of names, one column per indicator (the way most tables arrive from
 * a statistics yearbook or a spreadsheet). The file alone cannot say which way is better or how indicators group, so
 * `readWideCsv` proposes (lower is better for a column named like a rank) and the user confirms in the page before
 * `datasetFromWide` builds the dataset.
 */
import Papa from "papaparse";
import { parseCell } from "@/lib/scoring/csv-pair";
import type { Dataset } from "@/lib/data/types";
import { buildDataset } from "./build";
import { idMaker } from "./ids";
import type { ImportError, ImportResult } from "./types";

export interface WideColumn {
  /** Index in the header. */
  index: number;
  header: string;
  /** Numbers found in the column (empty cells are missing). */
  numeric: number;
  /** Proposed direction: -1 for a rank column (排名, 名次, rank, position), else 1. */
  direction: 1 | -1;
}

export interface WideTable {
  file: string;
  header: string[];
  rows: string[][];
  /** The column holding place names. */
  nameColumn: number;
  /** Columns that hold figures. */
  indicators: WideColumn[];
  /** Text columns other than the names, left out. */
  ignored: string[];
}

/** How the user confirmed each indicator column. */
export interface WideChoice {
  index: number;
  include: boolean;
  direction: 1 | -1;
  pillar: string;
  weight: number;
}

const NAME_HEADER = /^(id|name|place|city|region|district|城市|地区|地市|区县|名称|城市名称|地区名称)$/i;
const RANK_HEADER = /rank|position|排名|名次|位次/i;

/** Reads the table and proposes a reading. Every cell that should be a number and is not is an error with its row and column. */
export function readWideCsv(text: string, file: string): ImportResult<WideTable> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const errors: ImportError[] = parsed.errors
    .slice(0, 20)
    .map((e) => ({ file, row: (e.row ?? 0) + 1, column: null, reason: e.message }));
  if (errors.length > 0) return { ok: false, errors };
  const [head, ...rows] = parsed.data;
  if (!head || rows.length === 0)
    return { ok: false, errors: [{ file, row: null, column: null, reason: "the file has no rows of figures" }] };
  const header = head.map((h) => h.trim());
  const seen = new Map<string, number>();
  header.forEach((h, c) => {
    if (h === "") errors.push({ file, row: 1, column: `#${c + 1}`, reason: "a column has no header" });
    else if (seen.has(h)) errors.push({ file, row: 1, column: h, reason: "this header appears more than once" });
    seen.set(h, c);
  });
  rows.forEach((r, k) => {
    if (r.length !== header.length)
      errors.push({
        file,
        row: k + 2,
        column: null,
        reason: `${r.length} cells where the header has ${header.length}`,
      });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };

  const named = header.findIndex((h) => NAME_HEADER.test(h));
  const isNumber = (s: string | undefined) => {
    const x = parseCell(s);
    return x !== null && x !== undefined;
  };
  const numericCount = header.map((_, c) => rows.filter((r) => isNumber(r[c])).length);
  const nameColumn = named >= 0 ? named : numericCount.findIndex((n) => n === 0);
  if (nameColumn < 0)
    return {
      ok: false,
      errors: [
        { file, row: 1, column: null, reason: "no column of place names (a column of text, such as name or 城市)" },
      ],
    };

  const indicators: WideColumn[] = [];
  const ignored: string[] = [];
  header.forEach((h, c) => {
    if (c === nameColumn) return;
    if (numericCount[c] === 0) {
      ignored.push(h);
      return;
    }
    indicators.push({ index: c, header: h, numeric: numericCount[c]!, direction: RANK_HEADER.test(h) ? -1 : 1 });
    rows.forEach((r, k) => {
      const cell = (r[c] ?? "").trim();
      if (cell !== "" && !isNumber(cell))
        errors.push({
          file,
          row: k + 2,
          column: h,
          reason: `"${cell}" is not a number (plain digits, a dot for decimals; empty = missing)`,
        });
    });
  });
  const names = new Map<string, number>();
  rows.forEach((r, k) => {
    const name = (r[nameColumn] ?? "").trim();
    if (name === "") errors.push({ file, row: k + 2, column: header[nameColumn]!, reason: "no place name" });
    else if (names.has(name))
      errors.push({
        file,
        row: k + 2,
        column: header[nameColumn]!,
        reason: `"${name}" appears twice (also row ${names.get(name)})`,
      });
    else names.set(name, k + 2);
  });
  if (indicators.length === 0)
    errors.push({ file, row: 1, column: null, reason: "no column of figures besides the place names" });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, value: { file, header, rows, nameColumn, indicators, ignored }, warnings: [] };
}

/** The confirmed table as a dataset: pillars named by the user, one composite named after the file. */
export function datasetFromWide(t: WideTable, choices: WideChoice[], today: string): ImportResult<Dataset> {
  const chosen = choices.filter((c) => c.include);
  if (chosen.length === 0)
    return {
      ok: false,
      errors: [{ file: t.file, row: 1, column: null, reason: "choose at least one column of figures" }],
    };
  const pillarId = idMaker("_", "pillar");
  const pillars = new Map<string, string>();
  for (const c of chosen) {
    const name = c.pillar.trim() || "Indicators";
    if (!pillars.has(name)) pillars.set(name, pillarId(name));
  }
  const indId = idMaker("_", "indicator");
  const placeId = idMaker("-", "place");
  const places = t.rows.map((r) => {
    const name = (r[t.nameColumn] ?? "").trim();
    return { id: placeId(name), name };
  });
  const indicators = chosen.map((c) => {
    const header = t.header[c.index]!;
    const unit = /[(（]([^()（）]+)[)）]\s*$/.exec(header)?.[1] ?? "";
    return {
      id: indId(header),
      name: header,
      unit,
      direction: c.direction,
      pillar: pillars.get(c.pillar.trim() || "Indicators")!,
      weight: Number.isFinite(c.weight) && c.weight >= 0 ? c.weight : 1,
      index: c.index,
    };
  });
  const values: Record<string, (number | null)[]> = {};
  for (const i of indicators) values[i.id] = t.rows.map((r) => parseCell(r[i.index]) ?? null);
  return buildDataset(
    {
      composite: { id: "imported_index", name: t.file.replace(/\.[^.]+$/, "") || "Imported index" },
      pillars: [...pillars].map(([name, id]) => ({ id, name, weight: 1 })),
      indicators: indicators.map(({ index: _index, ...i }) => i),
      places,
      values,
      sourceTitle: t.file,
      today,
    },
    t.file,
  );
}
