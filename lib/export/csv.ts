/**
 * Exported tables as CSV. Every text cell goes through `textCell` (formula neutralising) and every number through
 * `numberCell` (12 significant digits), exactly as the CLI's CSV does. A byte-order mark leads the file so that Excel
 * opens UTF-8 (Chinese names) correctly; other readers skip it.
 */
import Papa from "papaparse";
import { numberCell, textCell } from "@/lib/csv/cell";
import type { Cell, Table } from "./report";

export function csvCell(c: Cell): string {
  if (c === null) return "";
  return typeof c === "number" ? numberCell(c) : textCell(c);
}

export function tableToCsv(t: Table): string {
  const body = Papa.unparse([t.header.map(textCell), ...t.rows.map((r) => r.map(csvCell))], { newline: "\r\n" });
  return `\uFEFF${body}\r\n`;
}
