"use client";

import { useCallback, useMemo } from "react";
import { useI18n } from "@/components/i18n";
import { buildRows, rawCells, staticModel } from "@/lib/dashboard/model";
import { reasonText } from "@/lib/dashboard/reasons";
import type { Dataset } from "@/lib/data/types";
import { isEngineError } from "@/lib/scoring/errors";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import { DEFAULT_SCORING_OPTIONS } from "@/lib/scoring/options";
import { score } from "@/lib/scoring/score";
import type { ScoreResult } from "@/lib/scoring/types";
import type { Locale } from "@/lib/view/options";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import type { View } from "@/lib/view/types";

/**
 * The named derivation stages of the dashboard, each memoized on what it depends on:
 * dataset + language → static parts; dataset + scale → engine input; input + view → scores; scores → display rows.
 */
export function useModel(dataset: Dataset, view: View, locale: Locale) {
  const { m, fill } = useI18n();
  const st = useMemo(() => staticModel(dataset, locale), [dataset, locale]);
  const input = useMemo(() => engineInputFromDataset(dataset, view.scale), [dataset, view.scale]);
  const options = useMemo(() => scoringOptionsFromView(view), [view]);
  const { result, error } = useMemo((): { result: ScoreResult; error: string | null } => {
    try {
      return { result: score(input, options), error: null };
    } catch (e) {
      // A method that cannot apply to these data (say, a log of a zero) is reported, and the default view is shown.
      const msg = isEngineError(e) ? e.problems.map((p) => `${p.node}: ${p.problem}`).join("; ") : String(e);
      return {
        result: score(input, { ...DEFAULT_SCORING_OPTIONS, weightOverrides: options.weightOverrides }),
        error: msg,
      };
    }
  }, [input, options]);
  const say = useCallback((r: string) => reasonText(r, m.reasons, fill), [m, fill]);
  const raw = useMemo(() => {
    const col = new Map(dataset.places.map((p, i) => [p.id, i]));
    const at = (place: string) => col.get(place) ?? -1;
    const scaled = (place: string, ind: string) => {
      const v = input.values[ind]?.[at(place)];
      return v === undefined || v === null || Number.isNaN(v) ? null : v;
    };
    const why = (place: string, ind: string) => say(input.missingReasons?.[ind]?.[at(place)] ?? "not reported");
    return rawCells(dataset, st, scaled, why);
  }, [dataset, st, input, say]);
  const rows = useMemo(() => buildRows(dataset, raw, result.places, say, locale), [dataset, raw, result, say, locale]);

  const shares = new Map(result.nodes.map((n) => [n.id, n.share]));
  const aggregations = new Set(result.nodes.filter((n) => n.kind !== "indicator").map((n) => n.aggregation));
  return {
    ...st,
    rows,
    error,
    warnings: result.warnings,
    ratings: view.weights,
    /** Stacked contributions add up to the score only under arithmetic means. */
    stacked: aggregations.size === 1 && aggregations.has("arithmetic"),
    methodology: {
      normalization: view.normalization,
      overrides: Object.entries(view.normalizationOverrides).map(([indicator, method]) => ({ indicator, method })),
      aggregation: view.aggregation,
      missing: view.missing,
      coverageThreshold: view.coverageThreshold,
      rankDecimals: view.rankDecimals,
      scale: view.scale,
      pillars: st.framework.children.map((p) => ({
        id: p.id,
        name: locale === "zh" ? p.nameZh : p.nameEn,
        share: shares.get(p.id) ?? 0,
        indicators: p.children.map((c) => ({
          id: c.id,
          name: locale === "zh" ? c.nameZh : c.nameEn,
          share: shares.get(c.id) ?? 0,
        })),
      })),
      sources: dataset.sources,
      dataVersion: `${dataset.version.date}.${dataset.version.hash}`,
    },
  };
}
