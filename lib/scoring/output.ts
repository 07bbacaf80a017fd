/**
 * The CLI's CSV output: rank,id,name,score,coverage,status, pillar:<id>…, norm:<id>…, reason. Blank = missing. Numbers
 * at 12 significant digits; text that a spreadsheet would run as a formula is neutralised (`lib/csv/cell.ts`).
 */
import Papa from "papaparse";
import { numberCell as cell, textCell } from "@/lib/csv/cell";
import type { ScoreResult } from "./types";

/** Columns a caller appends after `reason` (the CLI's robustness columns): a header and one row of cells per place id. */
export interface ExtraColumns {
  header: string[];
  cells: (placeId: string) => string[];
}

export function toCsv(result: ScoreResult, extra?: ExtraColumns): string {
  const pillars = result.nodes.filter((n) => n.kind === "pillar").map((n) => n.id);
  const indicators = result.nodes.filter((n) => n.kind === "indicator").map((n) => n.id);
  const header = [
    "rank",
    "id",
    "name",
    "score",
    "coverage",
    "status",
    ...pillars.map((id) => `pillar:${id}`),
    ...indicators.map((id) => `norm:${id}`),
    "reason",
    ...(extra?.header ?? []),
  ];
  const rows = result.places.map((p) => [
    cell(p.rank),
    textCell(p.id),
    textCell(p.name),
    cell(p.score),
    cell(p.coverage),
    p.status,
    ...pillars.map((id) => cell(p.nodes[id])),
    ...indicators.map((id) => cell(p.norm[id]?.value)),
    textCell(p.reason ?? ""),
    ...(extra?.cells(p.id) ?? []),
  ]);
  return `${Papa.unparse([header.map(textCell), ...rows], { newline: "\n" })}\n`;
}
