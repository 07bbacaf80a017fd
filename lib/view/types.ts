import type {
  Aggregation,
  Level,
  Locale,
  MissingPolicy,
  Normalization,
  Scale,
  Tab,
  Transform,
} from "@/lib/view/options";
import type { Uncertainty } from "@/lib/robustness/vocabulary";

/** The robustness analysis' settings (params `mc`, `seed`, `spr`, `bnd`, `unc`). */
export interface RobustView {
  /** Monte Carlo draws; null: not run (the link does not ask for it). */
  draws: number | null;
  seed: number;
  /** Percent, 0–99 on a 0.1 grid: weights drawn within ± this share of themselves. */
  spread: number;
  /** Percent share bounds LO–HI of each child of the composite for best/worst ranks; null: the default for the data. */
  bounds: { lo: number; hi: number } | null;
  /** What the draws perturb, in UNCERTAINTIES order (may be empty). */
  perturb: Uncertainty[];
}

/**
 * Time settings (params `yr`, `yr2`, `tp`; issue 14): which editions the scores rest on, which year "what changed"
 * compares with, and whose trend the trends view draws.
 */
export interface TimeView {
  /** Score each indicator on its latest edition at or before this year; null: each indicator's latest edition. */
  asOf: number | null;
  /** "What changed" compares the as-of view with this earlier year; null: the previous year the data changed. */
  since: number | null;
  /** The places whose rank and score over the years the trends view draws: 1–4 distinct ids. */
  places: string[];
}

/**
 * Everything a link can say: how scores are computed plus what is shown. Plain data (no classes, no Maps), so the
 * server page can hand it to client components and the CLI can print it. `parseView` only ever returns views that
 * pass `isValidView` for its context.
 */
export interface View {
  /** Every non-root node → its rating (0–10). Nodes the link does not mention carry their default weight. */
  weights: Record<string, number>;
  normalization: Normalization;
  /** indicator id → normalization for that indicator only. */
  normalizationOverrides: Record<string, Normalization>;
  /** null keeps each node's own aggregation (from the framework). */
  aggregation: Aggregation | null;
  /** non-leaf node id (root or intermediate) → aggregation for that node only. */
  aggregationOverrides: Record<string, Aggregation>;
  /** indicator id → transform applied before normalization. */
  transformOverrides: Record<string, Transform>;
  missing: MissingPolicy;
  /** Percent, 0–100, on a 0.1 grid. */
  coverageThreshold: number;
  /** Integer 0–6, or null to rank unrounded scores. */
  rankDecimals: number | null;
  scale: Scale;
  /** Which places are shown and scored: cities only, or districts beside them (`lv=all`). */
  level: Level;
  /** 2–4 distinct place ids (or the context's default list, which is shorter only when there are < 2 places). */
  compare: string[];
  /** Head-to-head pair: two distinct place ids; null only when the context has no default pair. */
  pair: [string, string] | null;
  tab: Tab;
  /** Table sort. Columns: "rank", "score", "coverage", "name", "pillar:<node>", "raw:<indicator>", "norm:<indicator>". */
  sort: { column: string; desc: boolean } | null;
  /** null: the link does not say (the server falls back to Accept-Language). */
  lang: Locale | null;
  /** The data version the link says it was made on; null: not stated (read as the current data). */
  dataVersion: string | null;
  robust: RobustView;
  /** `ds=`: id of a dataset imported into the sender's browser; null: the served data. Added 2026-11-29. */
  dataset: string | null;
  /** `ed=`: the user's own figures on the data: added places, overridden figures. Added 2026-11-29. */
  edits: Edit[];
  /** `alt=`: indicator id → the alternative source (one the data already holds) to use instead. Added 2026-11-29. */
  alternatives: Record<string, string>;
  time: TimeView;
  /** What sizes and colours the map: a pillar or indicator id; null: the composite score (param `mm`). */
  mapMeasure: string | null;
}

/**
 * One of the user's own changes to the data, carried in the link (`ed=`). Added places get ids of their own; `base`
 * starts a hypothetical from an existing place's figures ("Hangzhou with 20% more AI firms").
 */
export type Edit =
  | { kind: "add"; id: string; name: string; base: string | null }
  /** A figure replaced by `value`, multiplied by `factor` (of the published or base figure), or removed. */
  | { kind: "set"; place: string; indicator: string; value: number }
  | { kind: "scale"; place: string; indicator: string; factor: number }
  | { kind: "drop"; place: string; indicator: string };

export const NOTICE_CODES = [
  "unknown_param",
  "unknown_id",
  "out_of_range",
  "not_a_number",
  "unknown_method",
  "duplicate_param",
  "too_long",
  "too_many",
  "bad_format",
  "other_data_version",
  "newer_format",
  "method_changed",
  "too_few_places",
  /** A weight for a context indicator (shown, never scored: fewer than 5 cities, or districts only). Issue 11. */
  "context_indicator",
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/**
 * Something in a link that could not be used as written. Structured so the UI can put it in words from its message
 * catalogue; `describeNotice` gives plain English for the CLI. `param` is the query key ("w", "p", …; "*" for the
 * query as a whole); `value` the offending text (an item of a list, or the whole value); `detail` is English.
 */
export interface Notice {
  param: string;
  code: NoticeCode;
  value: string;
  detail?: string;
}
