import type { PlaceLevel, SourceGrade } from "@/lib/data/types";
import type { ValueKind } from "@/lib/scoring/types";

/** Where a reported figure comes from, as the UI shows it on hover and focus. */
export interface Provenance {
  source: string;
  url: string;
  year: string;
  qualifier: ValueKind;
  note: string;
  alternatives: { source: string; value: number; year: string }[];
  /** Set when the figure is the user's (an override, an added place, an alternative source chosen): what changed. */
  userChange?: string | null;
  /** Authority of where the text was read; null for ungraded (imported, synthetic) data. */
  grade: SourceGrade | null;
  /** The figure rests only on a repost: shown with a secondary-source mark wherever it appears. */
  secondary: boolean;
  /** The edition read, as published ("2021-2022 report, AICC2021"); "" when the indicator has none. */
  edition: string;
  /** Set when the figure is what a complete list says of a place absent from it. */
  derived: "beyond_list" | "absent_zero" | null;
  /** The published list's length (N of a top N), for derived figures. */
  listLength: number | null;
}

/** The figure a per-capita or per-GDP value was divided by. */
export interface DenominatorUsed {
  kind: "population" | "gdp";
  value: number;
  unit: string;
  year: string;
  source: string;
}

/** One reported figure, or why there is none. */
export interface RawCell {
  /** The point value as reported (a range's midpoint; "beyond a top N" as N + 1). */
  value: number | null;
  /** The figure after per-capita / per-GDP scaling, when the view asks for it. */
  scaled: number | null;
  /** What `scaled` was divided by; null when the figure is used as reported. */
  denominator: DenominatorUsed | null;
  /** What is known beyond the point value, as reported (null: exact or missing). */
  bound: { lo: number; hi: number } | null;
  /** The same at the view's scale (null also when the figure cannot be scaled). */
  scaledBound: { lo: number; hi: number } | null;
  /** A yes/no designation (1 = yes), with the year granted when known. */
  flag: { granted: number | null } | null;
  provenance: Provenance | null;
  missingReason: string | null;
}

export interface NormCell {
  value: number | null;
  imputed: boolean;
}

/** A place as every view shows it: the engine's result joined with the dataset's names and provenance. */
export interface PlaceRow {
  id: string;
  name: string;
  level: PlaceLevel;
  /** A place the user added (their own figures or a hypothetical). */
  userMade?: boolean;
  rank: number | null;
  score: number | null;
  coverage: number;
  status: "ranked" | "excluded";
  reason: string | null;
  /** Score per intermediate node (pillar). */
  pillars: Record<string, number | null>;
  /** Points of the composite contributed by each pillar and each indicator. */
  contributions: Record<string, number>;
  raw: Record<string, RawCell>;
  norm: Record<string, NormCell>;
  /** Share of the composite's weight that rests on imputed figures (0 when nothing is imputed). */
  imputedShare: number;
}

/** One stacked series of the ranking chart (a pillar), with a non-colour cue for colour-blind readers and print. */
export interface SeriesDef {
  id: string;
  name: string;
  color: string;
  pattern: string;
}
