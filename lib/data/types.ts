/**
 * The bundled dataset's types. The files in `data/` are validated against the schemas in `schema.ts` at load time and
 * by `npm run data:check`; these types are what the rest of the app sees after validation.
 */

/** How a reported figure relates to the truth: "超/以上" is a lower bound, "约/近" approximate. */
export type Qualifier = "exact" | "lower_bound" | "approximate";

export type PlaceLevel = "city" | "district";

/** +1: higher is better. −1: lower is better (every rank indicator). */
export type Direction = 1 | -1;

export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** Publication date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  url: string;
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
  /** e.g. "LOW CONFIDENCE: secondary copy". Empty when there is nothing to add. */
  note: string;
}

export interface Place {
  id: string;
  nameEn: string;
  nameZh: string;
  level: PlaceLevel;
  /** Parent place id (Haidian → beijing); null for cities. */
  parent: string | null;
  population: Denominator | null;
  gdp: Denominator | null;
  /** Set on a place the user added in the page (`ed=add:…`); never in data files (the schema has no such field). */
  userMade?: boolean;
}

export interface Pillar {
  id: string;
  nameEn: string;
  nameZh: string;
  /** Default weight, relative among pillars. */
  weight: number;
}

export interface Indicator {
  id: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  unitZh: string;
  direction: Direction;
  /** "rank" observations are positions in a published list (1 = best); they are never turned into values. */
  kind: "value" | "rank";
  pillar: string;
  /** Default weight, relative among the indicators of its pillar. */
  weight: number;
  definition: string;
  definitionZh: string;
  /** Whether dividing by population or GDP makes sense (counts and amounts yes, shares and ranks no). */
  perCapita: boolean;
}

/** Another source's figure for the same place × indicator, kept for provenance but not used in scoring. */
export interface Alternative {
  sourceId: string;
  value: number;
  year: string;
  qualifier: Qualifier;
  note: string;
  /** The research CSV's indicator name when it differs from the observation's (e.g. `unicorns_all_sectors_hurun`). */
  researchIndicator?: string;
}

/** One place × indicator figure. Absence of an observation means missing: nothing is ever filled in. */
export interface Observation {
  place: string;
  indicator: string;
  value: number;
  sourceId: string;
  /** Year or period as the source gives it ("2024", "2025H1", "~2024-25"). */
  year: string;
  qualifier: Qualifier;
  note: string;
  alternatives: Alternative[];
  /**
   * Set when the user changed this figure in the page (`ed=`, `alt=`): what they did, in words. Never in data files
   * (the schema has no such field); added 2026-11-29 for issue 13.
   */
  userChange?: string;
}

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
