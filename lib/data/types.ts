/**
 * The bundled dataset's types. The files in `data/` are validated against the schemas in `schema.ts` at load time and
 * by `npm run data:check`; these types are what the rest of the app sees after validation.
 */

import type { ValueKind } from "@/lib/scoring/types";

/**
 * How a reported figure relates to the truth: exact; "超/以上" a lower bound; "约/近" approximate; a position or amount
 * published only as a band ("6-10") a range. `beyond_list` is never stored: it is derived for places absent from a
 * complete published list (see `cells.ts`). Widened from three kinds 2026-11-29 (issue 10).
 */
export type Qualifier = ValueKind;

/** Where the text of a source was read, by authority (issue 10): figures resting only on a `repost` are secondary. */
export type SourceGrade = "official" | "publisher" | "media" | "repost";

export type PlaceLevel = "city" | "district";

/** +1: higher is better. −1: lower is better (every rank indicator). */
export type Direction = 1 | -1;

export interface Source {
  id: string;
  publisher: string;
  /** The original publication (report, bulletin, article) where known. */
  title: string;
  /** Publication date of the original as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD); empty when unknown. */
  date: string;
  /** Where the text was read (often a repost of the original). */
  url: string;
  /**
   * Authority of where the text was read: `official` (government, statistics bureau, regulator), `publisher` (the
   * report's own publisher), `media` (an established news organisation), `repost` (any other site). Absent on
   * imported or synthetic datasets: not graded. Added 2026-11-29 (issue 10).
   */
  grade?: SourceGrade;
  /** When the text was read (YYYY-MM-DD), for sources that change in place (a gazetteer). Added 2026-11-29 (issue 14). */
  retrieved?: string;
  /** What the source covers (which cities, which measure), in a sentence. */
  covers: string;
  /**
   * The verbatim `source` cells of `data/research/*.csv` rows this record stands for. The provenance test uses them to
   * trace every bundled figure back to its research row. Added 2026-11-28 (data issue 3); optional for small fixtures.
   */
  researchText?: string[];
}

/** A denominator (population, GDP) with its provenance. */
export interface Denominator {
  value: number;
  /** Canonical unit: population in persons, GDP in 亿元 (100 million CNY). */
  unit: "persons" | "亿元";
  year: string;
  sourceId: string;
  qualifier: Qualifier;
  /** The research row it was read from (`topics/statistics.csv#2`). */
  ref?: string;
  /** e.g. "LOW CONFIDENCE: secondary copy". Empty when there is nothing to add. */
  note: string;
}

/**
 * Where a place is, from a public gazetteer (issue 14): WGS84 decimal degrees as the record gives them, the record's
 * id and name (checkable at the source's address), and the gazetteer row it was read from. Absent: not on the map.
 */
export interface Location {
  lat: number;
  lon: number;
  sourceId: string;
  /** The gazetteer's record id (GeoNames: https://www.geonames.org/<recordId>). */
  recordId: number;
  recordName: string;
  /** The row of `data/research/gazetteer-geonames.csv` (1-based data row). */
  ref: string;
}

export interface Place {
  id: string;
  nameEn: string;
  nameZh: string;
  level: PlaceLevel;
  /** Parent place id (Haidian → beijing); null for cities. */
  parent: string | null;
  /**
   * The GB/T 2260 division code: a district's own (110108), a city's (330100; a municipality's 110000). Districts are
   * linked to their city by it. Added 2026-11-29 (issue 16); absent on imported or synthetic data.
   */
  division?: string;
  population: Denominator | null;
  gdp: Denominator | null;
  /** Set on a place the user added in the page (`ed=add:…`); never in data files (the schema has no such field). */
  userMade?: boolean;
  /** Added 2026-11-29 (issue 14); optional for imported and synthetic datasets. */
  location?: Location;
}

export interface Pillar {
  id: string;
  nameEn: string;
  nameZh: string;
  /** Default weight, relative among pillars. */
  weight: number;
}

/** How a ranked list was published: its length N and whether every position is known. */
export interface ListInfo {
  /** The list's length (a top-10 list: 10). */
  length: number;
  /**
   * true: the whole list is known, so a place of `level` absent from it ranks worse than N (a rank), or has none on it
   * (a count or a yes/no: exactly 0). false: only some entries are known; absent places stay missing unless `known`.
   */
  complete: boolean;
  /** Only the first k positions are known: other places of `level` rank worse than k. */
  known?: number;
  /** The level of place the list ranks (cities); places of another level are never "absent" from it. */
  level: PlaceLevel;
  /**
   * What a complete list (or one with `known` positions) says of a place absent from it: `beyond` it ranks worse
   * (ranks; the default for them); `zero` it has no entry (a count of the list's entries, or yes/no membership);
   * `below` its value is under the list's last (a top-N list of cities by a value: the place stays missing, with
   * that reason).
   */
  absent?: "beyond" | "zero" | "below";
}

/** One edition of an indicator: the same definition published again, with its year. */
export interface Edition {
  /** The edition's year (data year where the publisher states it): what `asOf` compares with. */
  year: number;
  /** The edition as published, e.g. "2021-2022 report (AICC2021)". */
  label: string;
  list?: ListInfo;
  /** The source that publishes the list (the provenance of figures derived from its completeness). */
  sourceId?: string;
}

/** Why an indicator is shown but never scored (set by the build). */
export type ContextReason = "few_places" | "district_only";

export interface Indicator {
  id: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  unitZh: string;
  direction: Direction;
  /**
   * "rank" observations are positions in a published list (1 = best); they are never turned into values. "flag" is a
   * yes/no designation (1 = designated, with the year granted).
   */
  kind: "value" | "rank" | "flag";
  pillar: string;
  /** Default weight, relative among the indicators of its pillar. */
  weight: number;
  definition: string;
  definitionZh: string;
  /** Whether dividing by population or GDP makes sense (counts and amounts yes, shares and ranks no). */
  perCapita: boolean;
  /**
   * `context`: shown (table, compare, head to head) but never scored: fewer than 5 places report it, or only districts
   * do. Absent = scored. Added 2026-11-29 (issue 10).
   */
  role?: "scored" | "context";
  contextReason?: ContextReason;
  /** The one publisher whose figures serve this indicator. */
  publisher?: string;
  /** Why it is in the framework with this weight, in both languages. */
  why?: string;
  whyZh?: string;
  /**
   * The editions published with one definition, oldest first. Absent: each place's figures are a series of their own
   * (official statistics), and a view takes each place's latest figure at or before its year.
   */
  editions?: Edition[];
}

/** Another source's figure for the same place × indicator, kept for provenance but not used in scoring. */
export interface Alternative {
  sourceId: string;
  value: number;
  year: string;
  qualifier: Qualifier;
  note: string;
  /** The research row it was read from (`topics/talent.csv#12`: file under data/research/, 1-based data row). */
  ref?: string;
  /** The research CSV's indicator name when it differs from the observation's (e.g. `unicorns_all_sectors_hurun`). */
  researchIndicator?: string;
}

/**
 * One place × indicator figure of one edition. Absence of an observation means missing (or, for a complete published
 * list, beyond it): nothing is ever filled in.
 */
export interface Observation {
  place: string;
  indicator: string;
  /** The point value: as published; a range's midpoint. */
  value: number;
  sourceId: string;
  /** Year or period as the source gives it ("2024", "2025H1", "~2024-25"). */
  year: string;
  qualifier: Qualifier;
  /** A range's published ends (`6-10` → 6 and 10). */
  lo?: number;
  hi?: number;
  /** The edition this figure belongs to (its year); for per-place series, the figure's own year. */
  edition?: number;
  /** Designations: the year granted, when the source gives it. */
  granted?: number;
  /**
   * Filing counts: how many of `value` were cancelled (已注销) after publication; they stay in the count, as the list
   * keeps them. Counted from the list's entries. Added 2026-11-29 (issue 16).
   */
  cancelled?: number;
  /**
   * The research row it was read from (`topics/compute.csv#12`: file under data/research/, 1-based data row), or the
   * entries it counts (`topics/entries/deep-synthesis-filings.csv?code=330110&batches=1-9`: every entry with that
   * division-code prefix in batches 1–9; `nos=1-302` for list numbers).
   */
  ref?: string;
  note: string;
  alternatives: Alternative[];
  /**
   * Set when the user changed this figure in the page (`ed=`, `alt=`): what they did, in words. Never in data files
   * (the schema has no such field); added 2026-11-29 for issue 13.
   */
  userChange?: string;
}

/**
 * The dataset revision shared links carry (`d=date.hash`): when the bundled files last changed, not the data's date
 * (the figures' own years are on every figure and in the ranking's vintage line).
 */
export interface DataVersion {
  /** Date of the last data change, YYYY-MM-DD. */
  date: string;
  /** First 8 hex digits of the SHA-256 of the canonical dataset content. */
  hash: string;
}

export interface Dataset {
  version: DataVersion;
  composite: { id: string; nameEn: string; nameZh: string };
  sources: Source[];
  places: Place[];
  pillars: Pillar[];
  indicators: Indicator[];
  observations: Observation[];
}
