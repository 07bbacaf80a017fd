/** Which place × indicator cells are observed: the matrix `npm run data:check` prints, and per-indicator coverage. */
import { observationIndex, observationKey } from "./helpers";
import type { Dataset, Indicator, Observation, Place } from "./types";

export interface IndicatorCoverage {
  indicator: Indicator;
  observed: number;
  total: number;
  /** observed ÷ total, 0–1. */
  share: number;
}

export interface CoverageMatrix {
  places: Place[];
  indicators: Indicator[];
  /** cells[placeIndex][indicatorIndex]: the observation, or null when missing. */
  cells: (Observation | null)[][];
  byIndicator: IndicatorCoverage[];
  byPlace: { place: Place; observed: number; total: number }[];
}

export function coverageMatrix(dataset: Dataset): CoverageMatrix {
  const index = observationIndex(dataset);
  const { places, indicators } = dataset;
  const cells = places.map((p) => indicators.map((i) => index.get(observationKey(p.id, i.id)) ?? null));
  const byIndicator = indicators.map((indicator, j) => {
    const observed = cells.filter((row) => row[j] !== null).length;
    const total = places.length;
    return { indicator, observed, total, share: total > 0 ? observed / total : 0 };
  });
  const byPlace = places.map((place, k) => ({
    place,
    observed: (cells[k] ?? []).filter((c) => c !== null).length,
    total: indicators.length,
  }));
  return { places, indicators, cells, byIndicator, byPlace };
}
