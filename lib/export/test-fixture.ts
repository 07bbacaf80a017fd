/** A report input on the bundled data (or any dataset), built the way the dashboard builds it. Test support only. */
import { screenModel } from "@/lib/dashboard/derive";
import { viewContextFor } from "@/lib/dashboard/context";
import { getDataset } from "@/lib/data/load";
import type { Dataset } from "@/lib/data/types";
import { messagesFor } from "@/lib/i18n";
import { parseView } from "@/lib/view/codec";
import type { Locale } from "@/lib/view/options";
import { mapReport } from "@/lib/dashboard/map-model";
import { reportInputFrom } from "./from-model";

export function reportFor(query: string, opts: { dataset?: Dataset; locale?: Locale } = {}) {
  const dataset = opts.dataset ?? getDataset();
  const locale = opts.locale ?? "en";
  const m = messagesFor(locale);
  const { view } = parseView(query, viewContextFor(dataset));
  const d = screenModel(dataset, view, locale, m);
  const input = reportInputFrom({
    locale,
    m,
    title: locale === "zh" ? dataset.composite.nameZh : dataset.composite.nameEn,
    view,
    rows: d.rows,
    pillars: d.pillars,
    indicators: d.indicators,
    methodology: d.methodology,
    link: `https://example.org/?${query}`,
    generatedAt: "2026-11-29T00:00:00.000Z",
    time: {
      asOf: view.time.asOf,
      editions: d.editions,
      trend: d.time?.trends ?? null,
      changes: d.time?.changes ?? null,
    },
    map: d.geo
      ? mapReport({
          ...d.geo,
          rows: d.rows,
          measure: view.mapMeasure,
          compositeName: dataset.composite.nameEn,
          pillars: d.pillars,
          indicators: d.indicators.filter((i) => !i.context),
          label: (o) => (o.kind === "composite" ? m.time.map.composite : o.name),
        })
      : null,
    districts: d.districts,
  });
  return { input, view, derived: d, dataset };
}
