/**
 * A shared view as the server sees it before any script runs: the parsed view, its derived rows and the preview
 * summary. Used by the page's metadata (og: and Twitter tags), the preview image and `/embed`.
 */
import { viewContextFor } from "@/lib/dashboard/context";
import { cachedScreenModel } from "@/lib/dashboard/frame";
import type { Dataset } from "@/lib/data/types";
import { asOfLines, yearSpan } from "@/lib/export/chart-context";
import { reportInputFrom } from "@/lib/export/from-model";
import { messagesFor } from "@/lib/i18n";
import { parseView, serializeView } from "@/lib/view/codec";
import type { Locale } from "@/lib/view/options";
import { previewSummary } from "./summary";

type Params = Parameters<typeof parseView>[0];

export function viewPreview(dataset: Dataset, params: Params, fallbackLocale: Locale, link: (q: string) => string) {
  const ctx = viewContextFor(dataset);
  const { view, notices } = parseView(params, ctx);
  const locale = view.lang ?? fallbackLocale;
  const m = messagesFor(locale);
  // The same cached computation as the page's first screen (lib/dashboard/frame.ts): one per view, not per request.
  const derived = cachedScreenModel(dataset, view, locale);
  const query = serializeView({ ...view, dataVersion: null }, ctx, { stampDataVersion: true });
  const indexName = locale === "zh" ? dataset.composite.nameZh : dataset.composite.nameEn;
  const report = reportInputFrom({
    locale,
    m,
    title: indexName,
    view,
    rows: derived.rows,
    pillars: derived.pillars,
    indicators: derived.indicators,
    methodology: derived.methodology,
    link: link(query),
    generatedAt: new Date().toISOString(),
    userNotes: derived.userChanges.summary,
    // A view as of a year says so on the embedded chart and in the preview (no trend or changes: those are the tab's).
    time: { asOf: view.time.asOf, editions: derived.editions, trend: null, changes: null },
  });
  const summary = previewSummary({
    m,
    appTitle: m.app.title,
    indexName,
    rows: derived.rows,
    pillars: derived.methodology.pillars,
    indicatorCount: dataset.indicators.length,
    dataVersion: derived.methodology.dataVersion,
    years: yearSpan(report),
    userData: derived.userChanges.summary.length > 0,
    asOf: asOfLines(report)[0] ?? null,
  });
  return { ctx, view, notices, locale, m, derived, query, report, summary };
}
