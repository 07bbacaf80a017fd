"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

export interface IndicatorBarRow {
  id: string;
  name: string;
  value: number;
  /** One line: source, year and qualifier. */
  provenance: string;
}

/** Horizontal bars for one indicator, best first; hovering a bar shows the value's source. */
export function IndicatorBars({ rows, unit, label }: { rows: IndicatorBarRow[]; unit: string; label: string }) {
  const height = Math.max(160, rows.length * 36 + 40);
  return (
    <figure aria-label={label} data-testid="indicator-chart" style={{ width: "100%", height }}>
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis type="number" tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 13 }} />
        <Tooltip
          cursor={{ fill: "#f3f4f6" }}
          content={({ active, payload }) => {
            const row = payload?.[0]?.payload as IndicatorBarRow | undefined;
            if (!active || !row) return null;
            return (
              <div className="max-w-xs rounded border border-gray-300 bg-white p-2 text-xs shadow" role="tooltip">
                <div className="font-semibold">
                  {row.name}: {row.value} {unit}
                </div>
                <div className="mt-1 text-gray-600">{row.provenance}</div>
              </div>
            );
          }}
        />
        <Bar dataKey="value" fill="var(--series-1)" isAnimationActive={false} name={label} />
      </BarChart>
    </figure>
  );
}
