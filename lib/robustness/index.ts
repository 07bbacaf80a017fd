/**
 * How robust is a ranking: Monte Carlo rank intervals, best and worst achievable ranks, what would flip two places,
 * and leave one indicator out. Pure TypeScript on top of the engine (no React, no Next); the page runs it in a web
 * worker, the CLI (`lib/cli/rank.ts`) in process. Definitions in ./README.md.
 */
import { aggregate } from "@/lib/scoring/aggregate";
import { normalize } from "@/lib/scoring/normalize";
import type { ScoringOptions } from "@/lib/scoring/options";
import { withDefaults } from "@/lib/scoring/options-check";
import { prepare } from "@/lib/scoring/prepare";
import { rank } from "@/lib/scoring/rank";
import type { EngineInput } from "@/lib/scoring/types";
import { compositeParts, type CompositeParts } from "./parts";

export { extremeRanks, type Extreme, type ExtremesResult, type PlaceExtremes } from "./extremes";
export { flipShares, type FlipShare } from "./flip";
export { rawFlips, type RawFlip, type RawFlipResult } from "./raw-flip";
export { leaveOneOut, type LeaveOneOut } from "./leave-one-out";
export * from "./monte-carlo";
export * from "./vocabulary";
export { boxProblem, type ShareBox } from "./box";
export { rankAt, keyAt, scoreOfKey, TIE, type CompositeParts } from "./parts";
export { LOWER_BOUND_SPREAD, APPROXIMATE_SPREAD } from "./figures";

/** The composite's children and every place's score on each, at the view's options. */
export function partsFor(input: EngineInput, options: Partial<ScoringOptions>): CompositeParts {
  const o = withDefaults(options);
  const aggregated = aggregate(normalize(prepare(input, o), o), o);
  return compositeParts(aggregated, rank(aggregated, o).rank, o.coverageThreshold);
}
