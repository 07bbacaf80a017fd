/**
 * The parts of the screen model only the trends and map tabs need (issue 14), computed only when one of them is on
 * screen: the trend, what changed and its year choices; the places' coordinates and the gazetteer's citation.
 */
import { datedYears } from "@/lib/dashboard/editions";
import type { GazetteerCitation, PlaceLocation } from "@/lib/dashboard/map-model";
import { reasonText } from "@/lib/dashboard/reasons";
import { asOfYear, changesModel, runsFor, trendModel } from "@/lib/dashboard/time-model";
import type { Dataset } from "@/lib/data/types";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import { geonamesUrl } from "@/lib/geo/gazetteer";
import { yearRange } from "@/lib/time/trend";
import type { ChangesModel, TrendModel } from "@/lib/time/types";
import type { Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

export interface TimeParts {
  trends: TrendModel & { without: string[] };
  changes: ChangesModel | null;
  /** Years "what changed" can compare with: before the as-of year, latest first. */
  sinceOptions: number[];
}

export function timeParts(dataset: Dataset, view: View, locale: Locale, m: Messages): TimeParts {
  const say = (reason: string) => reasonText(reason, m.reasons, fill);
  const runs = runsFor(dataset, view);
  const trends = trendModel(dataset, view, locale, say, { yes: m.figures.yes, no: m.figures.no }, runs);
  const to = asOfYear(dataset, view);
  const sinceOptions =
    to === null
      ? []
      : yearRange(datedYears(dataset))
          .filter((y) => y < to)
          .reverse();
  return { trends, changes: changesModel(dataset, view, locale, say, runs), sinceOptions };
}

/**
 * The compare tab's trend (issue 14: "in compare, for 2–4 places"): the compared places' rank and score over the years,
 * the same runs as the trends tab; no small multiples and no "what changed" (the trends tab has them).
 */
export function compareTimeParts(dataset: Dataset, view: View, locale: Locale, m: Messages): TimeParts {
  const say = (reason: string) => reasonText(reason, m.reasons, fill);
  const compared = { ...view, time: { ...view.time, places: view.compare } };
  const runs = runsFor(dataset, compared);
  const trend = trendModel(dataset, compared, locale, say, { yes: m.figures.yes, no: m.figures.no }, runs, false);
  return { trends: trend, changes: null, sinceOptions: [] };
}

/** The time parts of the tab on screen: the trends tab's, the compare tab's trend, or none. */
export function timePartsFor(dataset: Dataset, view: View, locale: Locale, m: Messages): TimeParts | null {
  if (view.tab === "trends") return timeParts(dataset, view, locale, m);
  if (view.tab === "compare") return compareTimeParts(dataset, view, locale, m);
  return null;
}

export interface GeoParts {
  locations: Record<string, PlaceLocation>;
  citation: GazetteerCitation | null;
}

/** Every located place's coordinates and gazetteer record, and the source the map cites. */
export function geoParts(dataset: Dataset): GeoParts {
  const locations: Record<string, PlaceLocation> = {};
  let sourceId: string | null = null;
  for (const p of dataset.places) {
    const l = p.location;
    if (!l) continue;
    sourceId ??= l.sourceId;
    Object.defineProperty(locations, p.id, {
      value: { lat: l.lat, lon: l.lon, recordId: l.recordId, recordName: l.recordName, url: geonamesUrl(l.recordId) },
      enumerable: true,
    });
  }
  const s = sourceId === null ? undefined : dataset.sources.find((x) => x.id === sourceId);
  const citation = s ? { label: `${s.publisher}, ${s.title}`, url: s.url, retrieved: s.retrieved ?? s.date } : null;
  return { locations, citation };
}
