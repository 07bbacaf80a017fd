/** One thing wrong with the input or the options, naming where it is. */
export interface EngineProblem {
  /** The framework node (composite, pillar or indicator id), or a place / option / file name when no node is at fault. */
  node: string;
  /** Plain English, for the CLI and logs. */
  problem: string;
  /** Where in a file the problem is, when it comes from one (the CSV pair): file name, 1-based row (the header is row
   * 1), column name. Added 2026-11-29 for the browser import, which names file, row and column for every problem. */
  at?: { file: string; row: number | null; column: string | null };
  /**
   * A stable code for problems the interface words in its own languages (`WARNING_CODES`); absent for problems only
   * the CLI sees. `args` fills the message's placeholders. Added 2026-11-29 (issue 11: every warning reaches the page).
   */
  code?: ProblemCode;
  args?: Record<string, string | number>;
}

/**
 * The warnings and errors the interface words in its own languages (messages under `engineProblems` in the
 * catalogues); any other problem is shown as the engine wrote it, labelled as the original English.
 */
export const PROBLEM_CODES = [
  "no_goalposts",
  "no_target",
  "all_weights_zero",
  "imputed_within_bounds",
  "negative_component",
  "ratio_domain",
  "log_domain",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * The one error the engine throws: every problem found, each naming its node. The library collects all problems of a
 * stage before throwing, so a broken meta.csv is reported in one go.
 */
export class EngineError extends Error {
  readonly problems: EngineProblem[];

  constructor(problems: EngineProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "EngineError";
    this.problems = problems;
  }
}

export const formatProblem = (p: EngineProblem): string => `${p.node}: ${p.problem}`;

export const isEngineError = (e: unknown): e is EngineError => e instanceof EngineError;

/** Throws an EngineError when the list is not empty. */
export function throwIfAny(problems: EngineProblem[]): void {
  if (problems.length > 0) throw new EngineError(problems);
}
