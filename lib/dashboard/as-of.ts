/**
 * A view "as of" a year (`yr=`): each indicator read on its latest edition at or before the year, for all places
 * together; indicators with no edition yet left out (and a pillar with none of its indicators left, with them).
 * The view's weights and methods apply to what is left. Every as-of run of the dashboard, the trends and the CLI goes
 * through `inputAsOf` / `runAsOf`, so a trend point is exactly the ranking the page shows as of that year.
 */
import { datedYears, editionsInUse } from "@/lib/dashboard/editions";
import { inputAsOf, scoreInput } from "@/lib/dashboard/score-view";
import type { Dataset } from "@/lib/data/types";
import type { YearRun } from "@/lib/time/trend";
import type { View } from "@/lib/view/types";

export { datedYears, editionsInUse, inputAsOf, scoreInput };

const hasIndicator = (input: ReturnType<typeof inputAsOf>) => Object.keys(input.values).length > 0;

/**
 * The view as of one year: the same stages and settings as the ranking, on that year's editions. `result` is null
 * when no indicator had an edition by then (`note` says so).
 */
export function runAsOf(dataset: Dataset, view: View, year: number): YearRun {
  const input = inputAsOf(dataset, view, year);
  if (!hasIndicator(input)) return { year, result: null, note: `no edition by ${year}` };
  const { result, error } = scoreInput(input, view);
  // The trend's note is one line of text; the engine's problems are joined as the page's method notes name them.
  return { year, result, note: error ? error.map((e) => `${e.node}: ${e.problem}`).join("; ") : null };
}
