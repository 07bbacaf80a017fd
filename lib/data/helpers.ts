/** Small lookups over a validated dataset. */
import type { Dataset, Indicator, Observation, Place, Source } from "./types";

/** `place|indicator` → observation. Absence means missing: nothing is ever filled in. */
export function observationIndex(dataset: Dataset): Map<string, Observation> {
  return new Map(dataset.observations.map((o) => [observationKey(o.place, o.indicator), o]));
}

export function observationKey(place: string, indicator: string): string {
  return `${place}|${indicator}`;
}

export function sourceById(dataset: Dataset): Map<string, Source> {
  return new Map(dataset.sources.map((s) => [s.id, s]));
}

export function placeById(dataset: Dataset): Map<string, Place> {
  return new Map(dataset.places.map((p) => [p.id, p]));
}

export function indicatorById(dataset: Dataset): Map<string, Indicator> {
  return new Map(dataset.indicators.map((i) => [i.id, i]));
}

/** Whether an indicator is scored: context indicators (fewer than 5 places, or districts only) are shown, never scored. */
export const isScored = (i: { role?: "scored" | "context" }): boolean => i.role !== "context";
