/**
 * The scoring engine: pure TypeScript (no React, no Next), shared by the page, the CLI, workers and tests. Stages:
 * prepare (raw → transformed) → normalize → aggregate → rank, or `score` for all four plus plain results.
 * The CLI (`lib/cli/rank.ts`) sits above the engine and the link codec.
 */
export type * from "./types";
export { EngineError, isEngineError, formatProblem, type EngineProblem } from "./errors";
export { DEFAULT_SCORING_OPTIONS, type ScoringOptions } from "./options";
export { prepare, applyTransform, NOT_REPORTED, type Prepared, type PreparedIndicator } from "./prepare";
export { normalize, type Normalized } from "./normalize";
export { impute, scoreOfValue } from "./impute";
export { CONSTANT_SCORE } from "./methods";
export { aggregate, type Aggregated } from "./aggregate";
export { rank, roundHalfUp, sortDescending, type Ranked } from "./rank";
export { contributionAt, contributionColumn } from "./contributions";
export { placeResult, nodeInfo, toScoreResult } from "./results";
export { score, runStages } from "./score";
export { parseCsvPair, parseMetaCsv, META_COLUMNS } from "./csv-pair";
export { toCsv } from "./output";
export { engineInputFromDataset, PER_MILLION_RESIDENTS, PER_TRILLION_CNY, SCALE_UNIT_SUFFIX } from "./from-dataset";
export { syntheticInput, type SyntheticInputSpec } from "./synthetic";
