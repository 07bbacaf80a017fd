/**
 * Stage 2, transformed → normalized: each indicator's method (view default or per-indicator override) puts it on a
 * common higher-is-better scale (0–100 for every method but z-score and none), then the imputation policies
 * (mean / median / min) fill missing cells from the observed normalized values of the same indicator.
 */
import { MISSING_POLICIES, NORMALIZATIONS, type MissingPolicy, type Normalization } from "./vocabulary";
import { EngineError, throwIfAny, type EngineProblem } from "./errors";
import { normalizeColumn } from "./methods";
import type { ScoringOptions } from "./options";
import { checkChoice, checkOverrides, own, withDefaults } from "./options-check";
import type { Prepared } from "./prepare";

export interface Normalized {
  prepared: Prepared;
  methods: Normalization[];
  /** One column per indicator, NaN = missing (imputed cells hold their imputed value). */
  values: Float64Array[];
  /** Per indicator: 1 where the cell is imputed; null when nothing was imputed. */
  imputed: (Uint8Array | null)[];
  /** Per indicator: the reason text for imputed cells, e.g. "imputed: mean of 7 places". */
  imputeNote: (string | null)[];
  warnings: EngineProblem[];
}

export function normalize(prepared: Prepared, options?: Partial<ScoringOptions>): Normalized {
  const o = withDefaults(options);
  const problems: EngineProblem[] = [];
  checkChoice(NORMALIZATIONS, o.normalization, "normalization", "normalization", problems);
  checkOverrides(prepared.tree, o.normalizationOverrides, NORMALIZATIONS, "normalization", "leaf", problems);
  checkChoice(MISSING_POLICIES, o.missing, "missing", "missing-data policy", problems);
  throwIfAny(problems);

  const warnings: EngineProblem[] = [];
  const methods: Normalization[] = [];
  const values: Float64Array[] = [];
  const imputed: (Uint8Array | null)[] = [];
  const imputeNote: (string | null)[] = [];
  const P = prepared.places.length;
  const block = new Float64Array(P * prepared.indicators.length);
  prepared.indicators.forEach((ind, j) => {
    const method = own(o.normalizationOverrides, ind.id) ?? o.normalization;
    const x = prepared.values[j]!;
    const out = block.subarray(j * P, (j + 1) * P);
    normalizeColumn(x, method, ind, prepared.stats[j]!, out, warnings);
    // Linear methods stay finite (prepare checked that every range is finite); the others are checked cell by cell.
    if (method !== "minmax" && method !== "goalposts")
      for (let p = 0; p < out.length; p++) {
        const v = out[p]!;
        if (v === v && !Number.isFinite(v))
          throw new EngineError([
            {
              node: ind.id,
              problem: `${method} gave a non-finite score for "${prepared.places[p]!.id}" (values too large?)`,
            },
          ]);
      }
    const imp = o.missing === "redistribute" ? null : impute(out, o.missing);
    methods.push(method);
    values.push(out);
    imputed.push(imp?.mask ?? null);
    imputeNote.push(imp?.note ?? null);
  });
  return { prepared, methods, values, imputed, imputeNote, warnings };
}

/** Fills NaN cells with the mean, median or minimum of the observed cells. Nothing to fill from → left missing. */
export function impute(
  col: Float64Array,
  policy: Exclude<MissingPolicy, "redistribute">,
): { mask: Uint8Array; note: string } | null {
  const seen: number[] = [];
  for (let p = 0; p < col.length; p++) if (col[p] === col[p]) seen.push(col[p]!);
  if (seen.length === 0 || seen.length === col.length) return null;
  let fillValue: number;
  if (policy === "mean") fillValue = seen.reduce((a, b) => a + b, 0) / seen.length;
  else if (policy === "min") fillValue = seen.reduce((a, b) => (b < a ? b : a), Infinity);
  else {
    seen.sort((a, b) => a - b);
    const m = seen.length >> 1;
    fillValue = seen.length % 2 ? seen[m]! : (seen[m - 1]! + seen[m]!) / 2;
  }
  const mask = new Uint8Array(col.length);
  for (let p = 0; p < col.length; p++)
    if (col[p] !== col[p]) {
      col[p] = fillValue;
      mask[p] = 1;
    }
  const what = policy === "min" ? "lowest score" : policy;
  return { mask, note: `imputed: ${what} of ${seen.length} observed place${seen.length === 1 ? "" : "s"}` };
}
