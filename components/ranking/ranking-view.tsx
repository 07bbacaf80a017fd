"use client";

import { useDeferredValue } from "react";
import { useI18n } from "@/components/i18n";
import { PlaceFigures, type FigureIndicator } from "@/components/ranking/place-figures";
import { RankingChart, type SeriesDef } from "@/components/ranking/ranking-chart";
import { RestsOnLine } from "@/components/ranking/rests-on";
import type { RestsOn } from "@/lib/dashboard/rests-on";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { axisPlaces, IntervalChart } from "@/components/robustness/interval-chart";
import type { McPlace } from "@/lib/robustness/monte-carlo";

const ordinalEn = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? `${n}th` : `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

/**
 * The composite ranking: which years its figures span and what they rest on, stacked bars by pillar contribution with
 * coverage, a text summary that says what the ranking rests on (how many places, at what minimum coverage, imputed
 * figures), who is unranked and why, and the figures behind each place.
 */
export function RankingView({
  rows,
  series,
  stacked,
  coverageThreshold,
  rests,
  indicators,
  figureRows,
  intervals,
  onShowIntervals,
}: {
  rows: PlaceRow[];
  series: SeriesDef[];
  stacked: boolean;
  /** The view's minimum coverage, percent. */
  coverageThreshold: number;
  rests: RestsOn;
  indicators: FigureIndicator[];
  /** Rows with their reported figures: the model computed from the dataset (the server's first screen has none);
   * null until the dataset has arrived. */
  figureRows: PlaceRow[] | null;
  /** Monte Carlo rank intervals (issue 12), shown beside the ranking once run. */
  intervals?: Map<string, McPlace> | null;
  /** Starts the Monte Carlo analysis (absent when it is already asked for). */
  onShowIntervals?: () => void;
}) {
  const { m, fill, num, pct, locale } = useI18n();
  // Typing in a weight keeps the controls instant; the chart follows as soon as React has a moment.
  const deferred = useDeferredValue(rows);
  const ranked = deferred.filter((r) => r.status === "ranked" && r.score !== null);
  const unranked = deferred.filter((r) => r.status !== "ranked" || r.score === null);
  const ord = (n: number) => (locale === "zh" ? `第${n}` : ordinalEn(n));
  const leaders = ranked
    .slice(0, 3)
    .map((r) => fill(m.ranking.summaryMore, { name: r.name, rank: ord(r.rank ?? 0), score: num(r.score ?? 0) }))
    .join(locale === "zh" ? "" : " ");
  const lowest = ranked.reduce((lo, r) => Math.min(lo, r.coverage), 1);
  const counts = { ranked: ranked.length, total: deferred.length, apart: unranked.length };
  const basis =
    coverageThreshold > 0
      ? fill(unranked.length > 0 ? m.ranking.basis : m.ranking.basisEvery, {
          ...counts,
          threshold: `${num(coverageThreshold, coverageThreshold % 1 ? 1 : 0)}%`,
        })
      : fill(m.ranking.basisNoThreshold, { ...counts, lowest: pct(lowest) });
  const anyImputed = ranked.some((r) => r.imputedShare > 0);
  // A district beside cities (lv=all) is marked wherever it shows, ranked or listed apart, and the mark is explained
  // once; a districts-only ranking (lv=district) compares like with like and has nothing to warn of.
  const mixedLevels = new Set(deferred.map((r) => r.level)).size > 1;
  const mark = (r: PlaceRow) => (mixedLevels && r.level === "district" ? `${r.name} ⚠` : r.name);
  const anyDistrict = mixedLevels && deferred.some((r) => r.level === "district");
  const sep = locale === "zh" ? "" : " ";
  const summary = [leaders, basis].filter(Boolean).join(sep);

  return (
    <section aria-labelledby="ranking-title" className="space-y-3" data-testid="ranking-view">
      <h2 id="ranking-title" className="text-lg font-semibold">
        {m.ranking.title}
      </h2>
      <RestsOnLine rests={rests} />
      <div className="space-y-0.5 text-sm text-gray-700">
        <p data-testid="ranking-summary">{leaders}</p>
        {/* What the ranking rests on: how many places, at what minimum coverage. */}
        <p data-testid="ranking-basis">{basis}</p>
      </div>
      <figure>
        <RankingChart
          stacked={stacked}
          series={series}
          rows={ranked.map((r) => ({
            id: r.id,
            label: `${r.rank}. ${mark(r)}`,
            score: r.score ?? 0,
            coverage: r.coverage,
            imputedShare: r.imputedShare,
            contributions: r.contributions,
          }))}
        />
        <figcaption className="mt-1 text-xs text-gray-600">
          {m.ranking.deemphasis}
          {anyImputed && (
            <>
              {sep}
              <span data-testid="ranking-imputed-note">{m.ranking.imputedNote}</span>
            </>
          )}
          {anyDistrict && (
            <>
              {sep}
              <span data-testid="district-note">{m.figures.districtNote}</span>
            </>
          )}
        </figcaption>
      </figure>
      <p className="sr-only">{summary}</p>
      <ol className="sr-only" aria-label={m.ranking.title}>
        {ranked.map((r) => (
          <li key={r.id}>
            {r.rank}. {mark(r)} {num(r.score ?? 0)}
            {r.imputedShare > 0 && ` †`}
          </li>
        ))}
      </ol>
      {intervals && (
        <div data-testid="ranking-intervals">
          <h3 className="text-sm font-semibold">{m.robust.mcTitle}</h3>
          <IntervalChart
            places={axisPlaces(intervals, ranked.length)}
            rows={ranked.map((r) => ({ id: r.id, name: r.name, rank: r.rank, mc: intervals.get(r.id) }))}
          />
        </div>
      )}
      {!intervals && onShowIntervals && (
        <button
          type="button"
          onClick={onShowIntervals}
          data-testid="show-intervals"
          className="rounded border border-sky-700 px-3 py-1 text-sm text-sky-800 print:hidden"
        >
          {m.robust.showIntervals}
        </button>
      )}
      <PlaceFigures rows={figureRows} indicators={indicators} pillars={series} />
      <div data-testid="unranked">
        <h3 className="text-sm font-semibold">{m.ranking.unranked}</h3>
        {unranked.length === 0 ? (
          <p className="text-sm text-gray-600">{m.ranking.unrankedNone}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm text-gray-700">
            {unranked.map((r) => (
              <li key={r.id} data-place={r.id}>
                {fill(m.ranking.unrankedItem, { name: mark(r), reason: r.reason ?? m.missing.belowCoverage })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
