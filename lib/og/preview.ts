/**
 * A shared view as the server sees it before any script runs: the parsed view, its derived rows and the preview
 * summary. Used by the page's metadata (og: and Twitter tags), the preview image and `/embed`.
 */
import { viewContextFor } from "@/lib/dashboard/context";
import { screenModel, type ScreenModel } from "@/lib/dashboard/derive";
import { canonicalQuery } from "@/lib/dashboard/frame";
import { Lru } from "@/lib/dashboard/lru";
import type { Dataset } from "@/lib/data/types";
import { yearSpan } from "@/lib/export/chart-context";
import { reportInputFrom } from "@/lib/export/from-model";
import { messagesFor } from "@/lib/i18n";
import { parseView, serializeView } from "@/lib/view/codec";
import type { Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";
import { previewSummary } from "./summary";

type Params = Parameters<typeof parseView>[0];

/** Previews of recent views per dataset, as the page's frames are cached: a link read by a whole chat is computed once. */
const PREVIEW_CACHE_SIZE = 256;
const previews = new WeakMap<Dataset, Lru<ScreenModel>>();

function cachedModel(dataset: Dataset, view: View, locale: Locale): ScreenModel {
  let lru = previews.get(dataset);
  if (!lru) previews.set(dataset, (lru = new Lru<ScreenModel>(PREVIEW_CACHE_SIZE)));
  const key = `${locale}|${canonicalQuery(view, viewContextFor(dataset))}`;
  return lru.getOrCreate(key, () => screenModel(dataset, view, locale, messagesFor(locale)));
}

export function viewPreview(dataset: Dataset, params: Params, fallbackLocale: Locale, link: (q: string) => string) {
  const ctx = viewContextFor(dataset);
  const { view, notices } = parseView(params, ctx);
  const locale = view.lang ?? fallbackLocale;
  const m = messagesFor(locale);
  const derived = cachedModel(dataset, view, locale);
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
  });
  return { ctx, view, notices, locale, m, derived, query, report, summary };
}
