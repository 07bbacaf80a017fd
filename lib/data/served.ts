/**
 * The dataset the server serves: the bundled one, or a Dataset-shaped JSON file named by `AI_CITY_DATASET` (for a
 * deployment with its own figures, and for the end-to-end test of hostile names). The file is validated like the
 * bundled data; an invalid file stops the page with the validator's messages rather than showing wrong numbers.
 * Node only (reads the file system): import it from server code, never from a client component.
 */
import { readFileSync } from "node:fs";
import { getDataset } from "./load";
import type { Dataset } from "./types";
import { formatDataError, validateDataset } from "./validate";

let cached: { file: string; dataset: Dataset } | undefined;

export function getServedDataset(): Dataset {
  const file = process.env.AI_CITY_DATASET;
  if (!file) return getDataset();
  if (cached?.file === file) return cached.dataset;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`AI_CITY_DATASET=${file} could not be read as JSON: ${(e as Error).message}`);
  }
  const r = validateDataset(raw);
  if (!r.ok) {
    throw new Error(`AI_CITY_DATASET=${file} is not a valid dataset:\n${r.errors.map(formatDataError).join("\n")}`);
  }
  cached = { file, dataset: r.dataset };
  return r.dataset;
}
