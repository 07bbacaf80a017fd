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
  /** Points of the 0–100 composite contributed by each pillar (they sum to the score under arithmetic means). */
  contributions: Record<string, number>;
}

/**
 * Horizontal bars stacked by pillar contribution, with each place's coverage at the end of its bar. Plain HTML boxes
 * rather than SVG: hundreds of rows re-render within a frame when a weight moves, print crisply, and need no chart
 * library on the first visit. Each segment names its pillar and points on hover; the list below the chart is the
 * text alternative.
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
      <div className="grid grid-cols-[minmax(5rem,9rem)_minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1">
        {rows.map((r) => (
          <div key={r.id} className="contents" data-place={r.id}>
            <div className="truncate text-right text-gray-800" title={r.label}>
              {r.label}
            </div>
            <div className="relative h-5 bg-gray-50" title={`${r.label}: ${num(r.score)}`}>
              <div className="flex h-full" style={{ width: `${Math.min(100, Math.max(0, r.score))}%` }}>
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
            <div className="whitespace-nowrap text-gray-600 tabular-nums">
              {num(r.score)} · {fill(m.ranking.coverage, { pct: pct(r.coverage) })}
            </div>
          </div>
        ))}
      </div>
      <div className="mt-1 grid grid-cols-[minmax(5rem,9rem)_minmax(0,1fr)_auto] gap-x-2 text-gray-500">
        <span />
        <div className="flex justify-between">
          {[0, 25, 50, 75, 100].map((t) => (
            <span key={t}>{t}</span>
          ))}
        </div>
        <span />
      </div>
    </div>
  );
});
