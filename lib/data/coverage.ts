/**
 * Which place × indicator cells are known on each indicator's latest edition (a figure, or what a complete list says
 * of an absent place): the matrix `npm run data:check` prints, and per-indicator and per-place counts.
 */
import { resolveCells, type Cell } from "./cells";
import type { Dataset, Indicator, Place } from "./types";

export interface IndicatorCoverage {
  indicator: Indicator;
  /** Places with a value (a figure, beyond a list, or none on a complete list). */
  observed: number;
  total: number;
  /** observed ÷ total, 0–1. */
  share: number;
}

export interface CoverageMatrix {
  places: Place[];
  indicators: Indicator[];
  /** cells[placeIndex][indicatorIndex]. */
  cells: Cell[][];
  byIndicator: IndicatorCoverage[];
  byPlace: { place: Place; observed: number; total: number }[];
}

export function coverageMatrix(dataset: Dataset, indicators: Indicator[] = dataset.indicators): CoverageMatrix {
  const resolved = resolveCells(dataset);
  const { places } = resolved;
  const cells = places.map((_, k) => indicators.map((i) => resolved.cells.get(i.id)![k]!));
  const known = (c: Cell) => c.value !== null;
  const byIndicator = indicators.map((indicator, j) => {
    const observed = cells.filter((row) => known(row[j]!)).length;
    const total = places.length;
    return { indicator, observed, total, share: total > 0 ? observed / total : 0 };
  });
  const byPlace = places.map((place, k) => ({
    place,
    observed: (cells[k] ?? []).filter(known).length,
    total: indicators.length,
  }));
  return { places, indicators, cells, byIndicator, byPlace };
}
