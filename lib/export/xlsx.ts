/**
 * Exported tables as one XLSX workbook (results, provenance, view), written with ExcelJS. Text cells are neutralised
 * like the CSV's (`textCell`): a cell is stored as text, but a copy pasted or saved as CSV would otherwise become a
 * live formula. Numbers are stored as numbers at 12 significant digits. Loaded on demand: ExcelJS is large, and only
 * someone who asks for a workbook pays for it.
 */
import { numberCell, textCell } from "@/lib/csv/cell";
import type { Cell, Table } from "./report";

/** A number as the workbook stores it: the CSV's 12-significant-digit value, so both exports agree digit for digit. */
function xlsxValue(c: Cell): string | number | null {
  if (c === null) return null;
  if (typeof c === "number") {
    const s = numberCell(c);
    return s === "" ? null : Number(s);
  }
  return textCell(c);
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
}

export async function tablesToXlsx(tables: Table[], meta: { title: string; created: Date }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "AI City Index";
  wb.title = meta.title;
  wb.created = meta.created;
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.name), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(t.header.map((h) => textCell(h))).font = { bold: true };
    for (const r of t.rows) ws.addRow(r.map(xlsxValue));
    ws.columns.forEach((col, i) => {
      const widest = Math.max(
        String(t.header[i] ?? "").length,
        ...t.rows.slice(0, 200).map((r) => String(r[i] ?? "").length),
      );
      col.width = Math.min(60, Math.max(8, widest + 2));
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
