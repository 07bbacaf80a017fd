/** A Dataset-shaped JSON file (the format of `data/` and `AI_CITY_DATASET`), validated exactly like the bundled data. */
import type { Dataset } from "@/lib/data/types";
import { validateDataset } from "@/lib/data/validate";
import type { ImportResult } from "./types";

export function datasetFromJson(text: string, file: string): ImportResult<Dataset> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // V8 says "… at position N" (sometimes "line L column C"): turn a position into a line for the user.
    const pos = /position (\d+)/.exec(msg);
    const line = /line (\d+)/.exec(msg);
    const row = line ? Number(line[1]) : pos ? text.slice(0, Number(pos[1])).split("\n").length : null;
    return { ok: false, errors: [{ file, row, column: null, reason: `not valid JSON: ${msg}` }] };
  }
  const result = validateDataset(raw);
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.map((e) => ({ file, row: null, column: `${e.record} › ${e.field}`, reason: e.message })),
    };
  return { ok: true, value: result.dataset, warnings: result.warnings };
}
