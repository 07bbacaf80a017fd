/**
 * The engine's vocabulary: every normalization, aggregation, transform, missing-data policy and scale it knows, each a
 * typed constant list with its default, so a new method is added in one place. The engine owns these; the link codec
 * (`lib/view`), the CLI and the UI import them from here.
 */

export const NORMALIZATIONS = [
  "minmax",
  "goalposts",
  "zscore",
  "rank",
  "percentile",
  "ratio",
  "target",
  "none",
] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];
export const DEFAULT_NORMALIZATION: Normalization = "minmax";

export const AGGREGATIONS = ["arithmetic", "geometric", "harmonic"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];
export const DEFAULT_AGGREGATION: Aggregation = "arithmetic";

export const TRANSFORMS = ["none", "ln", "log1p"] as const;
export type Transform = (typeof TRANSFORMS)[number];

/** redistribute: re-weight over the available siblings; mean/median/min: impute that statistic across places. */
export const MISSING_POLICIES = ["redistribute", "mean", "median", "min"] as const;
export type MissingPolicy = (typeof MISSING_POLICIES)[number];
export const DEFAULT_MISSING: MissingPolicy = "redistribute";

/** absolute values, or divided by population / GDP where the indicator allows it and both figures exist. */
export const SCALES = ["absolute", "per_capita", "per_gdp"] as const;
export type Scale = (typeof SCALES)[number];

export const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === "string" && (list as readonly string[]).includes(x);
