import type { Aggregation, Transform } from "./vocabulary";

/** +1: higher is better. −1: lower is better. */
export type EngineDirection = 1 | -1;

/**
 * A node of the framework tree. The composite is the one node with `parent: null`; leaves are indicators (they need a
 * data column); everything in between is a pillar (any depth).
 */
export interface EngineNode {
  id: string;
  name: string;
  parent: string | null;
  /** Relative among siblings (finite, ≥ 0). Ignored on the composite. */
  weight: number;
  /** Non-leaf nodes: how the children are combined. Default arithmetic. */
  aggregation?: Aggregation;
  /** Indicators: default 1. */
  direction?: EngineDirection;
  /** Indicators: applied before normalization. Default none. */
  transform?: Transform;
  /** Indicators: fixed bounds in raw units (transformed like the values). */
  goalposts?: { min: number; max: number } | null;
  /** Indicators: the value to reach for `target` normalization, in raw units. */
  target?: number | null;
  unit?: string;
}

export interface EnginePlace {
  id: string;
  name: string;
}

/**
 * What the engine scores. `values` is column-major: indicator id → one value per place, in `places` order; `null` or
 * NaN is missing. `missingReasons` (optional, same shape) says why a cell is missing; the default is "not reported".
 */
export interface EngineInput {
  nodes: EngineNode[];
  places: EnginePlace[];
  values: Record<string, ArrayLike<number | null>>;
  missingReasons?: Record<string, ArrayLike<string | null>>;
  /**
   * What is known of a cell beyond the point value in `values` (same shape; absent or null = an exact figure). The
   * point value is what scoring uses; the bound says where the truth lies, for imputation limits, uncertainty draws
   * and on-screen marks. Added 2026-11-29 (data issue 10, robustness issue 12).
   */
  bounds?: Record<string, ArrayLike<CellBound | null>>;
  /**
   * Per place (in `places` order): why the input's builder leaves the place out of this view's ranking, or null. Such a
   * place gets no composite, with this reason: e.g. "no GDP figure" in a per-GDP view, where its counts cannot be
   * scaled and ranking it on its shares and ranks alone would not be a per-GDP ranking. Added 2026-11-29 (issue 11).
   */
  excluded?: ArrayLike<string | null>;
}

/**
 * How a reported figure relates to the truth:
 * - `exact`: as published;
 * - `lower_bound`: "超/以上/突破/逾/+": the truth is at least the value (lo = value, hi = +Infinity);
 * - `approximate`: "约/近/左右": the truth is near the value (lo = hi = value; how near is the analysis' choice);
 * - `range`: a position or amount published only as a band, e.g. `6-10` (lo, hi as published; the point value is the
 *   midpoint);
 * - `beyond_list`: absent from a complete published top-N list (or from the known first k positions of a list), so
 *   worse than N: for a rank, lo = N + 1 and hi = the number of places scored (the point value is N + 1).
 * Bounds are in raw units, before any transform or per-capita scaling is applied by the engine input's builder.
 */
export type ValueKind = "exact" | "lower_bound" | "approximate" | "range" | "beyond_list";

export interface CellBound {
  kind: ValueKind;
  lo: number;
  hi: number;
}

/** A normalized cell as the UI shows it. `value` is null when missing (with `reason`); imputed cells carry a value. */
export interface NormCell {
  value: number | null;
  imputed: boolean;
  /** Why the value is missing or imputed; null for an observed value. */
  reason: string | null;
}

/** One place's result: plain data (serializable). */
export interface PlaceResult {
  id: string;
  name: string;
  /** Composite, 0–100 (unrounded); null when excluded. */
  score: number | null;
  /** Share of the composite's weight backed by observed data, 0..1 (imputed cells do not count). */
  coverage: number;
  status: "ranked" | "excluded";
  /** Why the place is excluded, e.g. "coverage 40% below threshold 65%"; null when ranked. */
  reason: string | null;
  rank: number | null;
  /** Score of every non-leaf node (composite included), 0–100; null when the node has no data. */
  nodes: Record<string, number | null>;
  /** Normalized value of every indicator. */
  norm: Record<string, NormCell>;
  /**
   * Points of the composite contributed by every non-root node (pillars and indicators). Children of a node sum to
   * the node's contribution; exact weight × score under arithmetic aggregation. Empty when excluded.
   */
  contributions: Record<string, number>;
}

/** The framework as the engine used it (after overrides). */
export interface NodeInfo {
  id: string;
  name: string;
  parent: string | null;
  kind: "composite" | "pillar" | "indicator";
  /** The weight used (override or default). */
  weight: number;
  /** weight ÷ sum of sibling weights (1 for the composite; 0 when all siblings weigh 0). */
  share: number;
  aggregation: Aggregation | null;
  normalization: string | null;
  transform: Transform | null;
  direction: EngineDirection | null;
  unit: string;
}

export interface ScoreResult {
  /** In display order: ranked places by rank (ties by name, then id), then excluded places by name. */
  places: PlaceResult[];
  nodes: NodeInfo[];
  /** Non-fatal notes, e.g. goalposts normalization on an indicator without goalposts. */
  warnings: { node: string; problem: string }[];
}
