/** Checks of the option fields each stage reads, so a bad option is an error naming it, never a NaN. */
import { isOneOf, type Aggregation, type Normalization, type Transform } from "./vocabulary";
import type { EngineProblem } from "./errors";
import type { Tree } from "./framework";
import { DEFAULT_SCORING_OPTIONS, type ScoringOptions } from "./options";

export const withDefaults = (o: Partial<ScoringOptions> | undefined): ScoringOptions => ({
  ...DEFAULT_SCORING_OPTIONS,
  ...o,
});

/** An own-property lookup (ids like "constructor" must not reach Object.prototype). */
export const own = <T>(r: Record<string, T> | undefined, key: string): T | undefined =>
  r && Object.hasOwn(r, key) ? r[key] : undefined;

export function checkChoice<T extends string>(
  list: readonly T[],
  value: unknown,
  node: string,
  what: string,
  problems: EngineProblem[],
): value is T {
  if (isOneOf(list, value)) return true;
  problems.push({ node, problem: `unknown ${what} "${String(value)}" (use ${list.join(", ")})` });
  return false;
}

/** Per-node overrides must name nodes of the right kind, with known methods. */
export function checkOverrides<T extends Normalization | Aggregation | Transform>(
  tree: Tree,
  overrides: Record<string, T> | undefined,
  list: readonly T[],
  what: string,
  on: "leaf" | "nonLeaf",
  problems: EngineProblem[],
): void {
  for (const [id, value] of Object.entries(overrides ?? {})) {
    const i = tree.index.get(id);
    const isLeaf = i !== undefined && tree.column[i]! >= 0;
    if (i === undefined) problems.push({ node: id, problem: `${what} override names no node of the framework` });
    else if (on === "leaf" && !isLeaf) problems.push({ node: id, problem: `${what} override on a non-indicator` });
    else if (on === "nonLeaf" && isLeaf) problems.push({ node: id, problem: `${what} override on an indicator` });
    else checkChoice(list, value, id, what, problems);
  }
}
