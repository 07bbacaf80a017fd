"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/components/i18n";
import type { SeriesDef } from "@/lib/dashboard/rows";

export interface RankingChartRow {
  id: string;
  label: string;
  score: number;
  coverage: number;
  /** Points of the 0–100 composite contributed by each pillar (they sum to the score under arithmetic means). */
  contributions: Record<string, number>;
}

export type { SeriesDef };

const ROW_HEIGHT = 28;

/** Horizontal bars stacked by pillar contribution, with each place's coverage at the end of its bar. */
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
  const height = Math.max(200, rows.length * ROW_HEIGHT + 70);
  const data = rows.map((r) => ({
    ...r,
    ...Object.fromEntries(series.map((s) => [s.id, Math.max(0, r.contributions[s.id] ?? 0)])),
    coverageLabel: fill(m.ranking.coverage, { pct: pct(r.coverage) }),
  }));
  return (
    <div style={{ width: "100%", height }} data-testid="ranking-chart">
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={data}
        layout="vertical"
        barCategoryGap={4}
        margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis type="number" domain={[0, 100]} tick={{ fontSize: 12 }} />
        <YAxis yAxisId="place" type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} interval={0} />
        <YAxis
          yAxisId="coverage"
          orientation="right"
          type="category"
          dataKey="coverageLabel"
          width={96}
          axisLine={false}
          tickLine={false}
          tick={{ fontSize: 11, fill: "#4b5563" }}
          interval={0}
        />
        <Tooltip
          cursor={{ fill: "#f3f4f6" }}
          isAnimationActive={false}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as RankingChartRow | undefined;
            if (!active || !row) return null;
            return (
              <div className="rounded border border-gray-300 bg-white p-2 text-xs shadow">
                <div className="font-semibold">
                  {row.label}: {num(row.score)}
                </div>
                {stacked &&
                  series.map((s) => (
                    <div key={s.id}>
                      {s.pattern} {s.name}: {num(row.contributions[s.id] ?? 0)}
                    </div>
                  ))}
                <div className="text-gray-600">{fill(m.ranking.coverage, { pct: pct(row.coverage) })}</div>
              </div>
            );
          }}
        />
        {stacked && <Legend itemSorter={null} />}
        {stacked ? (
          series.map((s) => (
            <Bar
              key={s.id}
              yAxisId="place"
              dataKey={s.id}
              name={`${s.pattern} ${s.name}`}
              stackId="score"
              fill={s.color}
              isAnimationActive={false}
            />
          ))
        ) : (
          <Bar
            yAxisId="place"
            dataKey="score"
            name={m.ranking.score}
            fill="var(--series-1)"
            isAnimationActive={false}
          />
        )}
      </BarChart>
    </div>
  );
});
