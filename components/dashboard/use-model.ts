"use client";

import { useDeferredValue, useMemo } from "react";
import { useI18n } from "@/components/i18n";
import {
  assembleModel,
  districtsFor,
  methodologyOf,
  rawCellsFor,
  reasonSayer,
  resolvedFor,
  inputAsOf,
  scoreInput,
  type ScreenModel,
} from "@/lib/dashboard/derive";
import { editionsInUse } from "@/lib/dashboard/editions";
import { geoParts, timePartsFor } from "@/lib/dashboard/time-parts";
import { buildRows, staticModel } from "@/lib/dashboard/model";
import type { Dataset } from "@/lib/data/types";
import { applyEdits } from "@/lib/edits/apply";
import { applyMethod } from "@/lib/import/method";
import type { ImportedMethod } from "@/lib/import/types";
import type { Locale } from "@/lib/view/options";
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
  const asOf = view.time.asOf;
  const st = useMemo(() => (dataset ? staticModel(dataset, locale) : null), [dataset, locale]);
  const resolved = useMemo(
    () => (dataset ? resolvedFor(dataset, view.level, asOf) : null),
    [dataset, view.level, asOf],
  );
  // An imported CSV pair's own method (meta.csv's aggregations, transforms, goalposts) applies to its input; a view
  // as of a year (yr=) reads each indicator's edition of that year.
  const input = useMemo(
    () => (dataset ? applyMethod(inputAsOf(dataset, view, asOf), method) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the input depends on these fields of the view only
    [dataset, view.scale, view.level, asOf, method],
  );
  const scored = useMemo(() => (input ? scoreInput(input, view) : null), [input, view]);
  const say = useMemo(() => reasonSayer(m), [m]);
  const raw = useMemo(
    () => (dataset && st && resolved ? rawCellsFor(dataset, st, resolved, say, view.scale, asOf) : null),
    [dataset, st, resolved, say, view.scale, asOf],
  );
  const rows = useMemo(
    () =>
      resolved && raw && scored
        ? buildRows(resolved, raw, scored.result.places, say, locale, scored.result.nodes)
        : null,
    [resolved, raw, scored, say, locale],
  );
  const editions = useMemo(() => (dataset ? editionsInUse(dataset, asOf, locale) : []), [dataset, asOf, locale]);
  // The trends and compare tabs re-run the view for every year: only while one of them is on screen, and deferred,
  // so a weight move or a tab switch paints first and the trend follows as soon as React has a moment.
  const deferredView = useDeferredValue(view);
  const time = useMemo(
    () => (dataset ? timePartsFor(dataset, deferredView, locale, m) : null),
    [dataset, deferredView, locale, m],
  );
  const geo = useMemo(() => (dataset && view.tab === "map" ? geoParts(dataset) : null), [dataset, view.tab]);
  const districts = useMemo(
    () => (dataset && resolved && rows && scored ? districtsFor(dataset, resolved, rows, scored.result, locale) : []),
    [dataset, resolved, rows, scored, locale],
  );
  return useMemo(() => {
    if (!dataset || !st || !resolved || !scored || !rows || !edited) return null;
    const methodology = methodologyOf(dataset, st, view, scored.result, locale);
    const changes = { summary: edited.summary, skipped: edited.skipped };
    return assembleModel(
      st,
      resolved,
      scored,
      rows,
      view,
      methodology,
      locale,
      { editions, time, geo },
      changes,
      districts,
    );
  }, [dataset, st, resolved, scored, rows, view, locale, editions, time, geo, edited, districts]);
}
