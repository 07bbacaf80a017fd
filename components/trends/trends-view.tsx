"use client";

import { useI18n } from "@/components/i18n";
import { PlacePicker } from "@/components/compare/place-picker";
import { IndicatorMultiples } from "@/components/trends/indicator-multiples";
import { TrendCharts } from "@/components/trends/trend-charts";
import { WhatChanged } from "@/components/trends/what-changed";
import type { ChangesModel, TrendModel } from "@/lib/time";

/** The trends tab: rank and score over the years for 1–4 places, what changed since a year, and every indicator's editions. */
export function TrendsView({
  model,
  without,
  allPlaces,
  chosen,
  onChoose,
  changes,
  sinceOptions,
  since,
  onSince,
}: {
  model: TrendModel;
  /** Indicators with no figure for the chosen places in any edition (named, not drawn). */
  without: string[];
  allPlaces: { id: string; name: string }[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
  changes: ChangesModel | null;
  sinceOptions: number[];
  since: number | null;
  onSince: (year: number | null) => void;
}) {
  const { m } = useI18n();
  const t = m.time.trends;
  return (
    <section aria-labelledby="trends-title" className="space-y-6" data-testid="trends-view">
      <div className="space-y-2">
        <h2 id="trends-title" className="text-lg font-semibold">
          {t.title}
        </h2>
        <p className="max-w-3xl text-sm text-gray-700">{t.intro}</p>
        <PlacePicker
          places={allPlaces}
          chosen={chosen}
          onChange={onChoose}
          min={1}
          max={4}
          legend={t.choose}
          testId="trend-places"
        />
      </div>
      {model.years.length === 0 ? (
        <p className="text-sm text-gray-700">{t.none}</p>
      ) : (
        <>
          <TrendCharts model={model} />
          <WhatChanged model={changes} options={sinceOptions} since={since} onSince={onSince} />
          <IndicatorMultiples indicators={model.indicators} without={without} />
        </>
      )}
    </section>
  );
}
