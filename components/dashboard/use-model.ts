"use client";

import { useMemo } from "react";
import { useI18n } from "@/components/i18n";
import {
  assembleModel,
  methodologyOf,
  rawCellsFor,
  reasonSayer,
  resolvedFor,
  scoreView,
  type ScreenModel,
} from "@/lib/dashboard/derive";
import { buildRows, staticModel } from "@/lib/dashboard/model";
import type { Dataset } from "@/lib/data/types";
import { applyEdits } from "@/lib/edits/apply";
import { applyMethod } from "@/lib/import/method";
import type { ImportedMethod } from "@/lib/import/types";
import { engineInputFromDataset } from "@/lib/scoring/from-dataset";
import type { Locale } from "@/lib/view/options";
import { scoringOptionsFromView } from "@/lib/view/to-scoring";
import type { View } from "@/lib/view/types";

/**
 * The dashboard's model in the browser: the named stages of `lib/dashboard/derive.ts`, each memoized on what it
 * depends on (a weight move re-runs scoring and rows, not the static parts or the engine input). Null while the
 * dataset is not there yet; the dashboard then shows the server's first screen.
 */
export function useModel(
  published: Dataset | null,
  view: View,
  locale: Locale,
  method: ImportedMethod | null = null,
): ScreenModel | null {
  const { m } = useI18n();
  // The user's own figures (ed=, alt=) make the dataset every later stage works on. Keyed on their text: each parse
  // of the same link gives equal edits in new arrays.
  const editKey = JSON.stringify([view.edits, view.alternatives]);
  const edited = useMemo(
    () => (published ? applyEdits(published, view.edits, view.alternatives, m, locale) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- editKey stands for view.edits and view.alternatives
    [published, editKey, m, locale],
  );
  const dataset = edited?.dataset ?? null;
  const st = useMemo(() => (dataset ? staticModel(dataset, locale) : null), [dataset, locale]);
  const resolved = useMemo(() => (dataset ? resolvedFor(dataset, view.level) : null), [dataset, view.level]);
  // An imported CSV pair's own method (meta.csv's aggregations, transforms, goalposts) applies to its input.
  const input = useMemo(
    () => (dataset ? applyMethod(engineInputFromDataset(dataset, view.scale, { level: view.level }), method) : null),
    [dataset, view.scale, view.level, method],
  );
  const options = useMemo(() => scoringOptionsFromView(view), [view]);
  const scored = useMemo(() => (input ? scoreView(input, options) : null), [input, options]);
  const say = useMemo(() => reasonSayer(m), [m]);
  const raw = useMemo(
    () => (dataset && st && resolved ? rawCellsFor(dataset, st, resolved, say, view.scale) : null),
    [dataset, st, resolved, say, view.scale],
  );
  const rows = useMemo(
    () =>
      resolved && raw && scored
        ? buildRows(resolved, raw, scored.result.places, say, locale, scored.result.nodes)
        : null,
    [resolved, raw, scored, say, locale],
  );
  return useMemo(() => {
    if (!dataset || !st || !resolved || !scored || !rows || !edited) return null;
    return assembleModel(
      st,
      resolved,
      scored,
      rows,
      view,
      methodologyOf(dataset, st, view, scored.result, locale),
      locale,
      { summary: edited.summary, skipped: edited.skipped },
    );
  }, [dataset, st, resolved, scored, rows, view, locale, edited]);
}
