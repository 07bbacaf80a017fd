/**
 * Which methods the data can support. A method that cannot apply is refused with the reason (the control shows it
 * disabled, a link that asks for it gets a notice and the default), never silently replaced by another method.
 */
import type { ScoringOptions } from "@/lib/scoring/options";
import type { EngineInput } from "@/lib/scoring/types";
import { DEFAULT_NORMALIZATION, type Aggregation, type Normalization } from "@/lib/scoring/vocabulary";

export type Refusal =
  /** No indicator has goalposts. */
  | { code: "no_goalposts" }
  /** No indicator has a target (or goalposts to take one from). */
  | { code: "no_targets" }
  /** "None" would add figures in different units; `indicators` has one indicator per unit. */
  | { code: "mixed_units"; indicators: string[] }
  /** Ratio to the leader needs non-negative figures (positive for lower-is-better ones). */
  | { code: "ratio_domain"; indicator: string }
  /** Geometric and harmonic means need scores ≥ 0; z-scores and unnormalized figures can be negative. */
  | { code: "negative_scores" };

/** Normalization → why it cannot apply to these data (absent = it can). */
export function normalizationRefusals(input: EngineInput): Partial<Record<Normalization, Refusal>> {
  const indicators = input.nodes.filter((n) => Object.hasOwn(input.values, n.id));
  const out: Partial<Record<Normalization, Refusal>> = {};
  if (!indicators.some((n) => n.goalposts)) out.goalposts = { code: "no_goalposts" };
  if (!indicators.some((n) => n.goalposts || (n.target !== undefined && n.target !== null)))
    out.target = { code: "no_targets" };
  const byUnit = new Map<string, string>();
  for (const n of indicators) if (!byUnit.has(n.unit ?? "")) byUnit.set(n.unit ?? "", n.id);
  if (byUnit.size > 1) out.none = { code: "mixed_units", indicators: [...byUnit.values()] };
  for (const n of indicators) {
    const col = input.values[n.id]!;
    let bad = false;
    let max = -Infinity;
    for (let p = 0; p < col.length; p++) {
      const x = col[p];
      if (x === null || x === undefined || x !== x) continue;
      if ((n.direction ?? 1) > 0 ? x < 0 : x <= 0) bad = true;
      if (x > max) max = x;
    }
    if (bad || ((n.direction ?? 1) > 0 && max === 0)) {
      out.ratio = { code: "ratio_domain", indicator: n.id };
      break;
    }
  }
  return out;
}

/** Aggregation → why it cannot apply under this normalization (absent = it can). */
export function aggregationRefusals(normalization: Normalization): Partial<Record<Aggregation, Refusal>> {
  if (normalization !== "zscore" && normalization !== "none") return {};
  return { geometric: { code: "negative_scores" }, harmonic: { code: "negative_scores" } };
}

/** A method the view asked for that the data cannot support, and what is used instead. */
export type Refused =
  | { kind: "normalization"; method: Normalization; refusal: Refusal; fallback: Normalization }
  | { kind: "aggregation"; method: Aggregation; refusal: Refusal; fallback: Aggregation | null };

/**
 * The options the engine gets: the view's, except for methods the data cannot support, which fall back to the
 * default (min-max; each node's own aggregation) and are listed in `refused` so the page says so.
 */
export function withoutRefused(
  options: ScoringOptions,
  normalization: Partial<Record<Normalization, Refusal>>,
): { options: ScoringOptions; refused: Refused[] } {
  const refused: Refused[] = [];
  let o = options;
  const n = normalization[o.normalization];
  if (n) {
    refused.push({ kind: "normalization", method: o.normalization, refusal: n, fallback: DEFAULT_NORMALIZATION });
    o = { ...o, normalization: DEFAULT_NORMALIZATION };
  }
  const agg = aggregationRefusals(o.normalization);
  if (o.aggregation !== null && agg[o.aggregation]) {
    refused.push({ kind: "aggregation", method: o.aggregation, refusal: agg[o.aggregation]!, fallback: null });
    o = { ...o, aggregation: null };
  }
  const overrides = Object.entries(o.aggregationOverrides).filter(([, a]) => agg[a]);
  if (overrides.length > 0) {
    for (const [, a] of overrides)
      if (!refused.some((r) => r.method === a))
        refused.push({ kind: "aggregation", method: a, refusal: agg[a]!, fallback: null });
    o = {
      ...o,
      aggregationOverrides: Object.fromEntries(Object.entries(o.aggregationOverrides).filter(([, a]) => !agg[a])),
    };
  }
  return { options: o, refused };
}
