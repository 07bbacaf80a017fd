/**
 * Scoring a view: the engine with a view's settings, refusing up front the methods the data cannot support and
 * falling back to the default method (with the reason) when the view's methods fail on these data; and the engine
 * input of a view as of a year (issue 14). The server's first screen, the browser's model, the trends and the CLI all
 * score through here.
 */
import { normalizationRefusals, withoutRefused, type Refusal, type Refused } from "@/lib/dashboard/method-support";
import type { Dataset } from "@/lib/data/types";
import { isEngineError, type EngineProblem } from "@/lib/scoring/errors";
import { engineInputFromDataset, fitOptionsToInput } from "@/lib/scoring/from-dataset";
import { DEFAULT_SCORING_OPTIONS, type ScoringOptions } from "@/lib/scoring/options";
import { score } from "@/lib/scoring/score";
import type { EngineInput, ScoreResult } from "@/lib/scoring/types";
import type { Normalization } from "@/lib/scoring/vocabulary";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import type { View } from "@/lib/view/types";

export interface Scored {
  result: ScoreResult;
  /** Why the view's methods could not apply (the default methods were used instead), or null. */
  error: EngineProblem[] | null;
  /** Normalizations these data cannot support (the controls show them disabled, with the reason). */
  refusals: Partial<Record<Normalization, Refusal>>;
  /** Methods the view asked for that these data cannot support, and what was used instead. */
  refused: Refused[];
}

/**
 * Scores the view. A method the data cannot support (goalposts without goalposts, "none" on mixed units) is refused
 * up front and named; a method that fails on the data (say, a log of a zero) is reported with the engine's problems.
 * Either way the default method is used instead, keeping the view's weights and minimum coverage, and the page says so.
 */
export function scoreView(input: EngineInput, viewOptions: ScoringOptions): Scored {
  const refusals = normalizationRefusals(input);
  const { options, refused } = withoutRefused(viewOptions, refusals);
  try {
    return { result: score(input, options), error: null, refusals, refused };
  } catch (e) {
    const problems = isEngineError(e) ? e.problems : [{ node: "engine", problem: String(e) }];
    return {
      result: score(input, {
        ...DEFAULT_SCORING_OPTIONS,
        weightOverrides: options.weightOverrides,
        coverageThreshold: options.coverageThreshold,
      }),
      error: problems,
      refusals,
      refused,
    };
  }
}

/**
 * The engine input of a view as of `year` (null: each indicator's latest edition): indicators with no edition by then
 * are left out (issue 14). Every as-of run — the page, the trends, the CLI — is built here.
 */
export function inputAsOf(dataset: Dataset, view: View, year: number | null): EngineInput {
  return engineInputFromDataset(dataset, view.scale, { level: view.level, asOf: year ?? undefined });
}

/** Scores an input with the view's settings, restricted to the nodes the input has (see `fitOptionsToInput`). */
export function scoreInput(input: EngineInput, view: View): Scored {
  return scoreView(input, fitOptionsToInput(scoringOptionsFromView(view), input));
}
