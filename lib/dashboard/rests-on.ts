/**
 * What a ranking rests on, said where the ranking is shown: which years its figures span (the vintage line), and how
 * many of them are banded, bounded, beyond a published list or from secondary sources. Counts every figure of a
 * weighted, scored indicator for the places in view.
 */
import type { Cell, ResolvedCells } from "@/lib/data/cells";
import type { Source } from "@/lib/data/types";

export interface Vintage {
  from: number;
  to: number;
  /** The middle figure's year (for an even count, the earlier of the two middle ones: always a real year). */
  median: number;
}

export type FigureKind = "exact" | "lower_bound" | "approximate" | "range" | "beyond_list" | "absent_zero";

export interface RestsOn {
  vintage: Vintage | null;
  /** Figures entering the score, by kind. */
  counts: Record<FigureKind, number>;
  /** Of those, figures resting only on a repost. */
  secondary: number;
  total: number;
}

export function restsOn(
  resolved: ResolvedCells,
  indicatorIds: readonly string[],
  sources: Map<string, Source>,
): RestsOn {
  const counts: Record<FigureKind, number> = {
    exact: 0,
    lower_bound: 0,
    approximate: 0,
    range: 0,
    beyond_list: 0,
    absent_zero: 0,
  };
  const years: number[] = [];
  let secondary = 0;
  for (const id of indicatorIds) {
    for (const cell of resolved.cells.get(id) ?? []) {
      if (cell.value === null) continue;
      counts[kindOf(cell)]++;
      if (cell.year !== null) years.push(cell.year);
      const sourceId = cell.obs?.sourceId ?? cell.edition?.sourceId;
      if (sourceId !== undefined && sources.get(sourceId)?.grade === "repost") secondary++;
    }
  }
  years.sort((a, b) => a - b);
  const vintage =
    years.length === 0
      ? null
      : { from: years[0]!, to: years[years.length - 1]!, median: years[Math.floor((years.length - 1) / 2)]! };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { vintage, counts, secondary, total };
}

function kindOf(cell: Cell): FigureKind {
  if (cell.derived === "absent_zero") return "absent_zero";
  return cell.kind ?? "exact";
}
