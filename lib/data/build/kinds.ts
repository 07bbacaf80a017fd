/**
 * What a research row says about its figure: the point value, and its kind. A value written `A-B` is a published
 * range (a band of positions such as `6-10`, or of amounts), stored with both ends and scored at its midpoint. The
 * topic tables spell qualifiers out in the note (`LOWER BOUND ('超过')`, `APPROXIMATE ('约')`, `ROUNDED (2.35万亿)`)
 * or the unit (`…, lower bound`); the older table's notes carry the Chinese wording (`qualifierFromNote`).
 */
import { qualifierFromNote } from "@/lib/data/qualifier";
import type { Qualifier } from "@/lib/data/types";
import type { ResearchRow } from "./research";

export interface ParsedFigure {
  value: number;
  qualifier: Qualifier;
  lo?: number;
  hi?: number;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const RANGE = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/;

/** The row's figure, or a message saying why it is not a number (a build error names the row). */
export function parseFigure(row: Pick<ResearchRow, "file" | "value" | "unit" | "note">): ParsedFigure | string {
  const raw = row.value.trim();
  const range = RANGE.exec(raw);
  if (range) {
    const lo = Number(range[1]);
    const hi = Number(range[2]);
    if (!(lo < hi)) return `range "${raw}" does not run from low to high`;
    return { value: (lo + hi) / 2, qualifier: "range", lo, hi };
  }
  if (!NUMBER.test(raw)) return `value "${raw}" is not a plain number or a range A-B`;
  return { value: Number(raw), qualifier: kindFromWording(row) };
}

export function kindFromWording(row: Pick<ResearchRow, "file" | "unit" | "note">): Qualifier {
  if (row.file === "city-ai-figures.csv" || row.file === "denominators.csv") return qualifierFromNote(row.note);
  if (/LOWER BOUND/.test(row.note) || /lower bound/i.test(row.unit)) return "lower_bound";
  if (/APPROXIMATE|ROUNDED|\brounded\b/.test(row.note) || /approx/i.test(row.unit)) return "approximate";
  return "exact";
}

/** Notes that mark a plan or an estimate, never an actual figure. */
export const NOT_ACTUAL_NOTE = /\bTARGET\b|EXPECTED\/ESTIMATE|\(estimate\)|\(plan\)/;

/** A province's row: the research tables write `Guangdong (province)`; provinces are never places. */
export const PROVINCE_CITY = /\(province\)|\[NATIONAL\]|\(national\)/i;
