import { aggregate } from "./aggregate";
import { normalize } from "./normalize";
import type { ScoringOptions } from "./options";
import { prepare } from "./prepare";
import { rank, type Ranked } from "./rank";
import { toScoreResult } from "./results";
import type { EngineInput, ScoreResult } from "./types";

/** All four stages, kept as typed arrays (for callers that read columns, and for the benchmark). */
export function runStages(input: EngineInput, options?: Partial<ScoringOptions>): Ranked {
  const prepared = prepare(input, options);
  return rank(aggregate(normalize(prepared, options), options), options);
}

/**
 * Scores every place: prepare → normalize → aggregate → rank, then plain results. Throws `EngineError` (listing
 * every problem, each naming its node) on bad input or options; never returns a NaN score.
 */
export function score(input: EngineInput, options?: Partial<ScoringOptions>): ScoreResult {
  return toScoreResult(runStages(input, options));
}
