/** The plain data the time views render (built in `lib/dashboard/time-model.ts`, shared by server and browser). */
import type { PlaceChange, TrendSeries } from "@/lib/time";

/** Which edition of an indicator a view reads, or why it reads none. */
export interface EditionUse {
  id: string;
  name: string;
  /**
   * `edition`: one edition for all places (`label`, `year`); `series`: each place's latest dated figure up to the
   * year; `not_yet`: no edition by the year (`first` says when the first one came); `context`: shown, never scored.
   */
  status: "edition" | "series" | "not_yet" | "context";
  label: string | null;
  year: number | null;
  first: number | null;
}

/** One place's figure in one edition, and its rank among the places in view with a figure in that edition. */
export interface HistoryPoint {
  year: number;
  /** The point value (a range's midpoint; a place beyond a published list: the list length + 1). */
  value: number | null;
  /** The figure as the table shows it ("≥500", "~3", "＞10"); null when missing. */
  text: string | null;
  rank: number | null;
  of: number;
}

/** Every edition of one indicator, for the places of the trends view: the small multiple's data. */
export interface IndicatorHistory {
  id: string;
  name: string;
  unit: string;
  /** Ranks (positions in a published list): lower is better, and the axis runs 1 at the top. */
  lowerIsBetter: boolean;
  scored: boolean;
  /** The edition years (indicators with editions) or figure years (per-place series), ascending. */
  years: number[];
  places: { id: string; name: string; points: HistoryPoint[] }[];
}

export interface TrendModel {
  /** Every year from the first dated edition to the last. */
  years: number[];
  /** Years in which an edition or figure arrived. */
  changeYears: number[];
  series: TrendSeries[];
  indicators: IndicatorHistory[];
}

/** An indicator whose edition in use differs between the two years of "what changed". */
export interface EditionChange {
  id: string;
  name: string;
  /** Edition label before; null when it had none yet. */
  before: string | null;
  after: string;
}

export interface ChangesModel {
  from: number;
  to: number;
  editions: EditionChange[];
  places: PlaceChange[];
  /** Indicator id → name, for the drivers. */
  indicatorNames: Record<string, string>;
}
