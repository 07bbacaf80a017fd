"use client";

import { useI18n } from "@/components/i18n";
import { TrendCharts } from "@/components/trends/trend-charts";
import type { TrendModel } from "@/lib/time";

/** Under compare: the compared places' rank and score over the years, and a way to the full trends view. */
export function CompareTrend({ model, onOpen }: { model: TrendModel; onOpen: () => void }) {
  const { m } = useI18n();
  const t = m.time.trends;
  return (
    <section aria-labelledby="compare-trend-title" className="mt-6 space-y-2" data-testid="compare-trend">
      <h3 id="compare-trend-title" className="text-base font-semibold">
        {t.rankChart}
      </h3>
      <p className="max-w-3xl text-sm text-gray-700">{t.intro}</p>
      <TrendCharts model={model} />
      <button type="button" className="text-sm underline print:hidden" onClick={onOpen}>
        {t.openTrends}
      </button>
    </section>
  );
}
