/** `getDataset()`: the bundled dataset, validated once and cached. Invalid bundled data is a bug: it throws. */
import { bundledRaw } from "./bundled";
import type { Dataset } from "./types";
import { formatDataError, validateDataset } from "./validate";

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  if (cached !== undefined) return cached;
  const result = validateDataset(bundledRaw);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  - ${formatDataError(e)}`);
    throw new Error(`The bundled dataset in data/ is invalid (run npm run data:check):\n${lines.join("\n")}`);
  }
  cached = result.dataset;
  return cached;
}
