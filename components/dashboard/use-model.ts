"use client";

import { useMemo } from "react";
import { useI18n } from "@/components/i18n";
import {
  assembleModel,
  methodologyOf,
  rawCellsFor,
  reasonSayer,
  scoreView,
  type ScreenModel,
} from "@/lib/dashboard/derive";
import { buildRows, staticModel } from "@/lib/dashboard/model";
import type { Dataset } from "@/lib/data/types";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import type { Locale } from "@/lib/view/options";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import type { View } from "@/lib/view/types";

/**
 * The dashboard's model in the browser: the named stages of `lib/dashboard/derive.ts`, each memoized on what it
 * depends on (a weight move re-runs scoring and rows, not the static parts or the engine input). Null while the
 * dataset is not there yet; the dashboard then shows the server's first screen.
 */
export function useModel(dataset: Dataset | null, view: View, locale: Locale): ScreenModel | null {
  const { m } = useI18n();
  const st = useMemo(() => (dataset ? staticModel(dataset, locale) : null), [dataset, locale]);
  const input = useMemo(() => (dataset ? engineInputFromDataset(dataset, view.scale) : null), [dataset, view.scale]);
  const options = useMemo(() => scoringOptionsFromView(view), [view]);
  const scored = useMemo(() => (input ? scoreView(input, options) : null), [input, options]);
  const say = useMemo(() => reasonSayer(m), [m]);
  const raw = useMemo(
    () => (dataset && st && input ? rawCellsFor(dataset, st, input, say) : null),
    [dataset, st, input, say],
  );
  const rows = useMemo(
    () => (dataset && raw && scored ? buildRows(dataset, raw, scored.result.places, say, locale) : null),
    [dataset, raw, scored, say, locale],
  );
  return useMemo(() => {
    if (!dataset || !st || !scored || !rows) return null;
    return assembleModel(st, scored, rows, view, methodologyOf(dataset, st, view, scored.result, locale));
  }, [dataset, st, scored, rows, view, locale]);
}
