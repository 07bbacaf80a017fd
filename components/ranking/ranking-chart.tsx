"use client";

import { memo } from "react";
import { useI18n } from "@/components/i18n";
import type { SeriesDef } from "@/lib/dashboard/rows";

export type { SeriesDef };

export interface RankingChartRow {
  id: string;
  label: string;
  score: number;
  coverage: number;
  /** Share of the composite's weight carried by imputed figures (0 when none). */
  imputedShare: number;
  /** Points of the 0–100 composite contributed by each pillar (they sum to the score under arithmetic means). */
  contributions: Record<string, number>;
}

const TICKS = [0, 25, 50, 75, 100] as const;
/** Gridlines at the ticks, drawn by every bar track so they line up with the axis by construction. */
const GRID = "repeating-linear-gradient(to right, #e5e7eb 0 1px, transparent 1px 25%)";

/**
 * A bar's opacity: a place with every figure reported is drawn at full strength, one with none at 0.3, in proportion
 * to the share of the weight that is missing, so a score standing on little data does not look as solid as the rest.
 */
export const barOpacity = (coverage: number) => 0.3 + 0.7 * Math.min(1, Math.max(0, coverage));

/**
 * Horizontal bars stacked by pillar contribution, with each place's coverage at the end of its bar. Plain HTML boxes
 * rather than SVG: hundreds of rows re-render within a frame when a weight moves, print crisply, and need no chart
 * library on the first visit. The axis is a row of the same grid as the bars, so its ticks sit on the bar track at
 * every width and on paper. Each segment names its pillar and points on hover; the list beside the chart is the text
 * alternative.
 */
export const RankingChart = memo(function RankingChart({
  rows,
  series,
  stacked,
}: {
  rows: RankingChartRow[];
  series: SeriesDef[];
  /** false when the aggregation is not arithmetic: contributions do not add up, so one bar shows the score. */
  stacked: boolean;
}) {
  const { m, fill, num, pct } = useI18n();
  return (
    <div data-testid="ranking-chart" aria-hidden className="text-xs">
      {stacked && (
        <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1" data-testid="ranking-legend">
          {series.map((s) => (
            <li key={s.id} className="flex items-center gap-1">
              <span className="inline-block h-3 w-3" style={{ background: s.color }} />
              <span>
                {s.pattern} {s.name}
              </span>
            </li>
          ))}
        </ul>
      )}
      {/* On a phone the figures go under each bar, so the bar track keeps the width. */}
      <div className="grid grid-cols-[minmax(4.5rem,7rem)_minmax(0,1fr)] items-center gap-x-2 gap-y-1 sm:grid-cols-[minmax(4.5rem,9rem)_minmax(0,1fr)_auto]">
        {rows.map((r) => {
          const figures = (
            <>
              {num(r.score)} · {fill(m.ranking.coverage, { pct: pct(r.coverage) })}
              {r.imputedShare > 0 && (
                <span className="text-amber-800">
                  {" "}
                  · † {fill(m.ranking.imputedShare, { pct: pct(r.imputedShare) })}
                </span>
              )}
            </>
          );
          return (
            <div key={r.id} className="contents" data-place={r.id}>
              <div className="text-right leading-tight [overflow-wrap:anywhere] text-gray-800">
                {r.label}
                {r.imputedShare > 0 && <span className="text-amber-800"> †</span>}
              </div>
              <div>
                <div
                  className="relative h-5 bg-gray-50"
                  data-track
                  style={{ backgroundImage: GRID }}
                  title={`${r.label}: ${num(r.score)}`}
                >
                  <div
                    className="flex h-full"
                    data-bar
                    style={{ width: `${Math.min(100, Math.max(0, r.score))}%`, opacity: barOpacity(r.coverage) }}
                  >
                    {stacked ? (
                      series.map((s) => {
                        const c = Math.max(0, r.contributions[s.id] ?? 0);
                        if (c <= 0 || r.score <= 0) return null;
                        return (
                          <div
                            key={s.id}
                            data-segment={s.id}
                            className="h-full"
                            title={`${s.pattern} ${s.name}: ${num(c)}`}
                            style={{ width: `${(c / r.score) * 100}%`, background: s.color }}
                          />
                        );
                      })
                    ) : (
                      <div data-segment="score" className="h-full w-full" style={{ background: "var(--series-1)" }} />
                    )}
                  </div>
                </div>
                <div className="text-[11px] text-gray-600 tabular-nums sm:hidden">{figures}</div>
              </div>
              <div className="hidden whitespace-nowrap text-gray-600 tabular-nums sm:block">{figures}</div>
            </div>
          );
        })}
        <div className="contents" data-testid="ranking-axis">
          <span />
          <div className="relative h-6 text-gray-500">
            {TICKS.map((t) => (
              <span key={t} data-tick={t} className="absolute top-0 h-1.5 w-px bg-gray-400" style={{ left: `${t}%` }} />
            ))}
            {TICKS.map((t) => (
              <span key={t} className="absolute top-1.5 -translate-x-1/2 tabular-nums" style={{ left: `${t}%` }}>
                {t}
              </span>
            ))}
          </div>
          <span className="hidden sm:block" />
        </div>
      </div>
    </div>
  );
});
