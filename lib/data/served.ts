/**
 * The dataset the server serves: the bundled one, or a Dataset-shaped JSON file named by `AI_CITY_DATASET` (for a
 * deployment with its own figures, and for the end-to-end test of hostile names). The file is validated with the
 * same rules and limits as every other input; `instrumentation.ts` reads it at start-up, so an invalid file stops
 * the server with the reason instead of answering 500 on every page.
 *
 * The browser fetches the dataset once from `/api/dataset/<revision>`: the revision is a hash of exactly the JSON
 * served, so a response can be cached for good (a changed file gets a new address).
 * Node only (reads the file system): import it from server code, never from a client component.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { getDataset } from "./load";
import type { Dataset } from "./types";
import { formatDataError, validateDataset } from "./validate";
import { LIMITS } from "@/lib/input/limits";

export interface Served {
  dataset: Dataset;
  /** First 16 hex digits of the SHA-256 of `json`. */
  revision: string;
  /** What `/api/dataset/<revision>` answers: the dataset without the research cells its sources trace back to. */
  json: string;
}

let cached: { file: string | undefined; served: Served } | undefined;

/** Why `AI_CITY_DATASET` cannot be served, in a few lines; thrown as an Error with that message. */
export class ServedDatasetError extends Error {}

function readServedFile(file: string): Dataset {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new ServedDatasetError(
      `AI_CITY_DATASET=${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  if (size > LIMITS.fileBytes)
    throw new ServedDatasetError(
      `AI_CITY_DATASET=${file}: the file is ${(size / 1e6).toFixed(1)} MB; the limit is ${LIMITS.fileBytes / 1e6} MB`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ServedDatasetError(`AI_CITY_DATASET=${file} could not be read as JSON: ${(e as Error).message}`);
  }
  const r = validateDataset(raw);
  if (!r.ok) {
    const shown = r.errors.slice(0, 20).map((e) => `  - ${formatDataError(e)}`);
    if (r.errors.length > 20) shown.push(`  … and ${r.errors.length - 20} more`);
    throw new ServedDatasetError(`AI_CITY_DATASET=${file} is not a valid dataset:\n${shown.join("\n")}`);
  }
  return r.dataset;
}

/** The served dataset with its revision and JSON, read and validated once per process. Throws ServedDatasetError. */
export function servedDataset(): Served {
  const file = process.env.AI_CITY_DATASET || undefined;
  if (cached && cached.file === file) return cached.served;
  const dataset = file ? readServedFile(file) : getDataset();
  const json = JSON.stringify({
    ...dataset,
    sources: dataset.sources.map(({ researchText: _, ...s }) => s),
  });
  const revision = createHash("sha256").update(json).digest("hex").slice(0, 16);
  cached = { file, served: { dataset, revision, json } };
  return cached.served;
}

export function getServedDataset(): Dataset {
  return servedDataset().dataset;
}
