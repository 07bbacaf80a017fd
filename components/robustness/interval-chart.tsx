"use client";

import { useI18n } from "@/components/i18n";
import type { McPlace } from "@/lib/robustness/monte-carlo";
import { HeadRow } from "@/components/robustness/fields";

/** "3–6" for a place's 5th–95th percentile rank, or a dash when it was never ranked. */
export function IntervalCell({ place }: { place: McPlace | undefined }) {
  const { m, fill } = useI18n();
  if (!place || place.p05 === null || place.p95 === null) return <span className="text-gray-500">—</span>;
  const text = place.p05 === place.p95 ? String(place.p05) : `${place.p05}–${place.p95}`;
  return (
    <span
      title={fill(m.robust.intervalTip, { median: String(place.median), interval: text })}
      data-testid="interval-cell"
    >
      {text}
    </span>
  );
}

export interface IntervalRow {
  id: string;
  name: string;
  rank: number | null;
  mc: McPlace | undefined;
}

/**
 * The rank-interval chart: per place, the 5th–95th percentile rank as a bar on a rank axis (1 at the left), the
 * median as a tick and the rank at the user's weights as a ring; the same figures as text beside it (the table is the
 * accessible form; the bars are decoration).
 */
export function IntervalChart({ rows, places }: { rows: IntervalRow[]; places: number }) {
  const { m, pct } = useI18n();
  const n = Math.max(2, places);
  const x = (r: number) => `${((r - 1) / (n - 1)) * 100}%`;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="interval-chart">
        <caption className="sr-only">{m.robust.chartCaption}</caption>
        <thead>
          <HeadRow
            labels={[
              m.robust.place,
              m.robust.now,
              <span key="axis">
                <span aria-hidden="true">
                  1 ← {m.robust.rankAxis} → {n}
                </span>
                <span className="sr-only">{m.robust.chartCaption}</span>
              </span>,
              m.robust.median,
              m.robust.interval,
              m.robust.pFirst,
              m.robust.pTop3,
            ]}
          />
        </thead>
        <tbody>
          {rows.map((r) => {
            const p = r.mc;
            const has = p && p.p05 !== null && p.p95 !== null;
            return (
              <tr key={r.id} className="border-b border-gray-100" data-testid={`interval-${r.id}`}>
                <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
                  {r.name}
                </th>
                <td className="py-1 pr-2 tabular-nums">{r.rank ?? "—"}</td>
                <td className="py-1 pr-2" aria-hidden="true">
                  <div className="relative h-3 rounded bg-gray-100">
                    {has && (
                      <>
                        <div
                          className="absolute top-0.5 h-2 rounded bg-sky-600"
                          style={{ left: x(p.p05!), width: `max(2px, calc(${x(p.p95!)} - ${x(p.p05!)}))` }}
                        />
                        <div className="absolute -top-0.5 h-4 w-0.5 bg-gray-900" style={{ left: x(p.median!) }} />
                      </>
                    )}
                    {r.rank !== null && (
                      <div
                        className="absolute top-0 h-3 w-3 -translate-x-1/2 rounded-full border-2 border-amber-600"
                        style={{ left: x(r.rank) }}
                      />
                    )}
                  </div>
                </td>
                <td className="py-1 pr-2 tabular-nums">{has ? p.median : "—"}</td>
                <td className="py-1 pr-2 tabular-nums" data-testid="interval-text">
                  {has ? (p.p05 === p.p95 ? String(p.p05) : `${p.p05}–${p.p95}`) : "—"}
                </td>
                <td className="py-1 pr-2 tabular-nums">{p ? pct(p.pFirst) : "—"}</td>
                <td className="py-1 tabular-nums">{p ? pct(p.pTop3) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-gray-600">{m.robust.chartLegend}</p>
    </div>
  );
}
