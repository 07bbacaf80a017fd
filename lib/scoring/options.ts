import type { Aggregation, MissingPolicy, Normalization, Scale, Transform } from "./vocabulary";

/**
 * Everything a view can change about how scores are computed. The URL codec turns a link into these; the engine
 * takes them as they are. Weights are relative among siblings (any non-negative finite number).
 */
export interface ScoringOptions {
  /** Normalization for every indicator unless overridden. */
  normalization: Normalization;
  normalizationOverrides: Record<string, Normalization>;
  /** Aggregation for every non-leaf node; null keeps each node's own (from the framework). */
  aggregation: Aggregation | null;
  aggregationOverrides: Record<string, Aggregation>;
  transformOverrides: Record<string, Transform>;
  /** node id → weight relative among its siblings; nodes not listed keep the framework's default. */
  weightOverrides: Record<string, number>;
  missing: MissingPolicy;
  /** 0..1: a place whose observed share of the weight is below this gets no composite (1 = any gap excludes). */
  coverageThreshold: number;
  /** Rank on composite scores (0–100 scale) rounded to this many decimals; null ranks unrounded scores. */
  rankDecimals: number | null;
  scale: Scale;
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  normalization: "minmax",
  normalizationOverrides: {},
  aggregation: null,
  aggregationOverrides: {},
  transformOverrides: {},
  weightOverrides: {},
  missing: "redistribute",
  coverageThreshold: 0,
  rankDecimals: null,
  scale: "absolute",
};
