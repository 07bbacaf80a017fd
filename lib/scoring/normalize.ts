/**
 * Stage 2, transformed → normalized: each indicator's method (view default or per-indicator override) puts it on a
 * common higher-is-better scale (0–100 for every method but z-score and none), then the imputation policies
 * (mean / median / min) fill missing cells from the observed normalized values of the same indicator.
 */
import { MISSING_POLICIES, NORMALIZATIONS, type Normalization } from "./vocabulary";
import { EngineError, throwIfAny, type EngineProblem } from "./errors";
import { normalizeColumn } from "./methods";
import type { ScoringOptions } from "./options";
import { checkChoice, checkOverrides, own, withDefaults } from "./options-check";
import { impute } from "./impute";
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
  /** Per indicator: places whose imputed value was moved into the cell's known bound; null when none. */
  clamped: (Set<number> | null)[];
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
  const clamped: (Set<number> | null)[] = [];
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
    const known = prepared.known[j]!;
    const imp =
      o.missing === "redistribute"
        ? null
        : impute(
            out,
            o.missing,
            known.size > 0 ? { intervals: known, method, ind, stats: prepared.stats[j]!, raw: x } : undefined,
          );
    if (imp && imp.clamped.length > 0)
      warnings.push({
        node: ind.id,
        problem: `${imp.clamped.length} imputed value${imp.clamped.length === 1 ? "" : "s"} kept within what the source says (a bound)`,
        code: "imputed_within_bounds",
        args: { count: imp.clamped.length },
      });
    methods.push(method);
    values.push(out);
    imputed.push(imp?.mask ?? null);
    imputeNote.push(imp?.note ?? null);
    clamped.push(imp && imp.clamped.length > 0 ? new Set(imp.clamped) : null);
  });
  return { prepared, methods, values, imputed, imputeNote, clamped, warnings };
}
