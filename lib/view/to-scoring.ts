import type { ScoringOptions } from "@/lib/scoring/options";
import type { View } from "@/lib/view/types";

/**
 * The engine's options for a view. The view's ratings (0–10, every node) become weight overrides as they are – they
 * are relative among siblings, so the engine needs no rescaling – and the coverage percent becomes a 0..1 share.
 * Objects are copied, so the engine may not alias the view.
 */
export function scoringOptionsFromView(view: View): ScoringOptions {
  return {
    normalization: view.normalization,
    normalizationOverrides: { ...view.normalizationOverrides },
    aggregation: view.aggregation,
    aggregationOverrides: { ...view.aggregationOverrides },
    transformOverrides: { ...view.transformOverrides },
    weightOverrides: { ...view.weights },
    missing: view.missing,
    coverageThreshold: Math.min(1, Math.max(0, view.coverageThreshold / 100)),
    rankDecimals: view.rankDecimals,
    scale: view.scale,
  };
}
