/**
 * The shape of `data/selection.ts`: the one declarative file that says which research rows become the dataset
 * (which research indicator, which publisher, which editions, pillar, direction, default weight, definitions in both
 * languages, and why). `npm run data:build` reads it with the research tables; nothing in `data/*.json` is edited
 * by hand.
 */
import type { ListInfo, PlaceLevel, SourceGrade } from "@/lib/data/types";
import type { DistrictSelection } from "./district-build";

/** A research table under data/research/, e.g. "topics/compute.csv". */
export type ResearchFile =
  | "city-ai-figures.csv"
  | "denominators.csv"
  | "topics/statistics.csv"
  | "topics/talent.csv"
  | "topics/industry-capital-policy.csv"
  | "topics/compute.csv"
  | "topics/genai-filings.csv";

export interface SelectedPlace {
  id: string;
  nameEn: string;
  nameZh: string;
  level: PlaceLevel;
  parent: string | null;
  /** How the research tables name the place (`Beijing-Haidian`). */
  researchName: string;
}

/**
 * A denominator row, named by its content (not its position, so a re-ordered research table still builds): the
 * file, research indicator, year and the value as written.
 */
export interface RowPick {
  file: ResearchFile;
  indicator: string;
  year: string;
  value: string;
}

export interface SelectedDenominators {
  gdp?: RowPick;
  population?: RowPick;
}

/**
 * Where a source's text was read, and by whom it was published. `cells` are the verbatim `source` cells of the
 * research rows this record stands for (a URL for the topic tables, a sentence for the older table).
 */
export interface SelectedSource {
  id: string;
  cells: string[];
  publisher: string;
  title: string;
  /** Publication date of the original (YYYY, YYYY-MM, YYYY-MM-DD) or "" when unknown. */
  date: string;
  /** Where the text was read; defaults to the cell when the cell is an address. */
  url?: string;
  grade: SourceGrade;
  covers: string;
}

/** Which research rows serve an indicator: one research indicator (and, when it mixes publishers, one source). */
export interface RowFilter {
  file: ResearchFile;
  indicator: string;
  /** Only rows whose `source` cell starts with one of these (one publisher). */
  sourcePrefix?: string[];
}

export interface SelectedEdition {
  year: number;
  label: string;
  /** The research `year` cells that belong to this edition. */
  rowYears: string[];
  list?: ListInfo;
  /** The source (id) that publishes the list, for figures derived from its completeness. */
  listSource?: string;
}

/** A research row deliberately left out of an indicator, with the reason (printed by the build and the README). */
export interface RowSkip {
  city: string;
  year: string;
  value?: string;
  why: string;
}

export interface SelectedIndicator {
  id: string;
  pillar: string;
  nameEn: string;
  nameZh: string;
  unit: string;
  unitZh: string;
  direction: 1 | -1;
  kind: "value" | "rank" | "flag";
  /** Default rating 0–10 among the pillar's indicators (ignored for context indicators: they are never scored). */
  weight: number;
  perCapita: boolean;
  publisher: string;
  definition: string;
  definitionZh: string;
  why: string;
  whyZh: string;
  rows: RowFilter | RowFilter[];
  /** Editions of one definition; absent: official statistics, each place's own series of years. */
  editions?: SelectedEdition[];
  skip?: RowSkip[];
  /**
   * Verbatim quotes for rows of the older table (which has no quote column), keyed by research city name; each must
   * occur in the seed article (checked by the build and the provenance test).
   */
  quotes?: Record<string, string>;
  /** Other publishers' figures for the same measure, kept beside the figure as provenance (never scored). */
  alternatives?: RowFilter[];
}

export interface Selection {
  composite: { id: string; nameEn: string; nameZh: string };
  pillars: { id: string; nameEn: string; nameZh: string; weight: number; why: string }[];
  places: SelectedPlace[];
  denominators: Record<string, SelectedDenominators>;
  sources: SelectedSource[];
  indicators: SelectedIndicator[];
  /**
   * Districts counted from the CAC filing lists' entries (issue 16): which become places, and where each edition of
   * the two filing measures ends. Absent: no district stage.
   */
  districts?: DistrictSelection;
}
