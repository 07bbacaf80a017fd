/**
 * Uncertainty analysis by Monte Carlo, as JRC audits of composite indicators do it: N seeded draws that perturb the
 * weights around the user's, optionally the normalization and aggregation, and the figures within what is known of
 * them; for each place, the distribution of its rank. Definitions (percentiles, ties, exclusions) in ./README.md.
 */
import { mulberry32 } from "@/lib/data/synthetic";
import { normalize, type Normalized } from "@/lib/scoring/normalize";
import type { ScoringOptions } from "@/lib/scoring/options";
import { prepare } from "@/lib/scoring/prepare";
import { aggregate } from "@/lib/scoring/aggregate";
import type { EngineInput } from "@/lib/scoring/types";
import type { Aggregation, Normalization } from "@/lib/scoring/vocabulary";
import { competitionRanks, compositeOf, drawColumns, type DrawSetup } from "./draws";
import { drawnCells } from "./figures";

import { MAX_DRAWS, type Uncertainty } from "./vocabulary";

/**
 * The alternative methods a draw picks from when methods are perturbed (uniformly, one pair per draw, for every node
 * and indicator): the JRC audit's usual alternatives. z-scores go negative, so they are never paired with a geometric
 * mean.
 */
export const METHOD_PAIRS: readonly { normalization: Normalization; aggregation: Aggregation }[] = [
  { normalization: "minmax", aggregation: "arithmetic" },
  { normalization: "zscore", aggregation: "arithmetic" },
  { normalization: "rank", aggregation: "arithmetic" },
  { normalization: "minmax", aggregation: "geometric" },
  { normalization: "rank", aggregation: "geometric" },
];

export interface McSpec {
  draws: number;
  seed: number;
  /** 0 ≤ spread < 1: weights are multiplied by a factor uniform in [1 − spread, 1 + spread]. */
  spread: number;
  perturb: readonly Uncertainty[];
}

export interface McPlace {
  id: string;
  /** Draws in which the place was ranked (it can be excluded by coverage in others). */
  ranked: number;
  /** Nearest-rank percentiles of its rank over the draws where it was ranked; null if never ranked. */
  median: number | null;
  p05: number | null;
  p95: number | null;
  /** Share of all draws in which it ranked first (ties included) / in the top 3. */
  pFirst: number;
  pTop3: number;
}

export interface McResult {
  spec: McSpec;
  draws: number;
  places: McPlace[];
  /** Number of cells whose figure was drawn within its bounds (0 when data are not perturbed). */
  drawnCells: number;
}

/** A run that can be advanced in steps (the worker reports progress between steps). */
export class McRun {
  readonly spec: McSpec;
  readonly total: number;
  done = 0;
  private readonly setup: DrawSetup;
  private readonly rnd: () => number;
  private readonly baseWeights: Float64Array;
  private readonly baseAggregation: (Aggregation | null)[];
  private readonly userNormalization: Normalized;
  private readonly counts: Int32Array;
  private readonly P: number;
  private readonly scratch = new Map<number, Float64Array>();
  private readonly key: Float64Array;
  private readonly ids: Int32Array;
  private readonly rank: Int32Array;
  private readonly w: Float64Array;

  constructor(input: EngineInput, options: Partial<ScoringOptions>, spec: McSpec) {
    this.spec = spec;
    this.total = Math.max(0, Math.min(MAX_DRAWS, Math.floor(spec.draws)));
    const prepared = prepare(input, options);
    const normalized = normalize(prepared, options);
    const aggregated = aggregate(normalized, options);
    const methods = spec.perturb.includes("methods");
    const byMethod = new Map<Normalization, Normalized>();
    if (methods)
      for (const m of new Set(METHOD_PAIRS.map((x) => x.normalization)))
        byMethod.set(m, normalize(prepared, { ...options, normalization: m, normalizationOverrides: {} }));
    const columns = prepared.indicators.map((i) => i.id);
    this.setup = {
      prepared,
      normalized: byMethod,
      missing: options.missing ?? "redistribute",
      threshold: options.coverageThreshold ?? 0,
      rankDecimals: options.rankDecimals ?? null,
      drawn: spec.perturb.includes("data") ? drawnCells(input.bounds, columns, input.values) : [],
      // Places the input leaves out (a per-GDP view without a GDP figure) never get a composite either.
      covered: Uint8Array.from(aggregated.coverage, (c, p) => (c > 0 && prepared.excluded[p] === null ? 1 : 0)),
    };
    this.userNormalization = normalized;
    this.baseWeights = aggregated.weights;
    this.baseAggregation = aggregated.aggregation;
    this.rnd = mulberry32(spec.seed);
    this.P = prepared.places.length;
    this.counts = new Int32Array(this.P * this.P);
    this.key = new Float64Array(this.P);
    this.ids = new Int32Array(this.P);
    this.rank = new Int32Array(this.P);
    this.w = new Float64Array(this.baseWeights.length);
  }

  /** Runs up to `n` more draws; returns the number done so far. */
  step(n: number): number {
    const end = Math.min(this.total, this.done + n);
    const { spec, rnd, w, P } = this;
    const weights = spec.perturb.includes("weights") && spec.spread > 0;
    const methods = spec.perturb.includes("methods");
    for (; this.done < end; this.done++) {
      // Fixed order of random numbers per draw: weights (node order), method pair, figures (column, place order).
      for (let i = 0; i < w.length; i++) {
        const base = this.baseWeights[i]!;
        w[i] = weights && base > 0 ? base * (1 + spec.spread * (2 * rnd() - 1)) : base;
      }
      let normalized = this.userNormalization;
      let aggregation = this.baseAggregation;
      if (methods) {
        const pair = METHOD_PAIRS[Math.min(METHOD_PAIRS.length - 1, Math.floor(rnd() * METHOD_PAIRS.length))]!;
        normalized = this.setup.normalized.get(pair.normalization)!;
        aggregation = this.baseAggregation.map((a) => (a === null ? null : pair.aggregation));
      }
      const values = drawColumns(this.setup, normalized, rnd, this.scratch);
      compositeOf(this.setup, values, w, aggregation, this.key);
      competitionRanks(this.key, this.ids, this.rank);
      for (let p = 0; p < P; p++) {
        const r = this.rank[p]!;
        if (r > 0) this.counts[p * P + r - 1]!++;
      }
    }
    return this.done;
  }

  result(): McResult {
    const { P, counts } = this;
    const places = this.setup.prepared.places.map((pl, p): McPlace => {
      const hist = counts.subarray(p * P, (p + 1) * P);
      let ranked = 0;
      for (let r = 0; r < P; r++) ranked += hist[r]!;
      const d = this.done;
      return {
        id: pl.id,
        ranked,
        median: percentileRank(hist, ranked, 0.5),
        p05: percentileRank(hist, ranked, 0.05),
        p95: percentileRank(hist, ranked, 0.95),
        pFirst: d > 0 ? hist[0]! / d : 0,
        pTop3: d > 0 ? (hist[0]! + (hist[1] ?? 0) + (hist[2] ?? 0)) / d : 0,
      };
    });
    const drawn = this.setup.drawn.reduce((s, d) => s + d.places.length, 0);
    return { spec: this.spec, draws: this.done, places, drawnCells: drawn };
  }
}

/**
 * Nearest-rank percentile (Hyndman & Fan type 1, the inverse of the empirical distribution): the smallest rank r such
 * that at least q of the n draws have a rank ≤ r, i.e. the ⌈q·n⌉-th smallest rank. Always a rank that occurred.
 */
export function percentileRank(hist: ArrayLike<number>, n: number, q: number): number | null {
  if (n <= 0) return null;
  const need = Math.max(1, Math.ceil(q * n - 1e-9));
  let seen = 0;
  for (let r = 0; r < hist.length; r++) {
    seen += hist[r]!;
    if (seen >= need) return r + 1;
  }
  return hist.length;
}

/** All draws at once (CLI, tests). */
export function monteCarlo(input: EngineInput, options: Partial<ScoringOptions>, spec: McSpec): McResult {
  const run = new McRun(input, options, spec);
  run.step(run.total);
  return run.result();
}
