"use client";

import { useI18n } from "@/components/i18n";
import type { McPlace } from "@/lib/robustness/monte-carlo";
import { HeadRow } from "@/components/robustness/fields";
import { useReveal } from "@/components/robustness/reveal";

/**
 * Length of the rank axis: the places ranked at the user's weights or in any draw (a place excluded at the user's
 * weights can be ranked in some draws, and its interval must still fit on the axis).
 */
export function axisPlaces(intervals: ReadonlyMap<string, McPlace> | null | undefined, rankedNow: number): number {
  let ever = 0;
  for (const p of intervals?.values() ?? []) if (p.ranked > 0) ever++;
  return Math.max(2, rankedNow, ever);
}

/**
 * One place's interval on a rank axis 1..places: the 5th–95th percentile rank as a bar, the median as a tick and,
 * when given, the rank at the user's weights as a ring. Decoration: the numbers are always written beside it.
 */
function IntervalBar({ mc, rank, places }: { mc: McPlace | undefined; rank: number | null; places: number }) {
  const n = Math.max(2, places);
  const x = (r: number) => `${((r - 1) / (n - 1)) * 100}%`;
  const has = mc && mc.p05 !== null && mc.p95 !== null;
  return (
    <div className="relative h-3 rounded bg-gray-100" aria-hidden="true">
      {has && (
        <>
          <div
            className="absolute top-0.5 h-2 rounded bg-sky-600"
            style={{ left: x(mc.p05!), width: `max(2px, calc(${x(mc.p95!)} - ${x(mc.p05!)}))` }}
          />
          <div className="absolute -top-0.5 h-4 w-0.5 bg-gray-900" style={{ left: x(mc.median!) }} />
        </>
      )}
      {rank !== null && (
        <div
          className="absolute top-0 h-3 w-3 -translate-x-1/2 rounded-full border-2 border-amber-600"
          style={{ left: x(rank) }}
        />
      )}
    </div>
  );
}

/**
 * The table's cell: "3–6" (the 5th–95th percentile rank) with a small bar on the rank axis 1..places, or a dash
 * when the place was never ranked.
 */
export function IntervalCell({ place, places }: { place: McPlace | undefined; places: number }) {
  const { m, fill } = useI18n();
  if (!place || place.p05 === null || place.p95 === null) return <span className="text-gray-500">—</span>;
  const text = place.p05 === place.p95 ? String(place.p05) : `${place.p05}–${place.p95}`;
  return (
    <span
      className="flex items-center gap-2"
      title={fill(m.robust.intervalTip, { median: String(place.median), interval: text })}
      data-testid="interval-cell"
    >
      <span className="w-12 shrink-0 tabular-nums">{text}</span>
      <span className="w-16 shrink-0">
        <IntervalBar mc={place} rank={null} places={places} />
      </span>
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
  const shown = useReveal(rows.length);
  return (
    <div className="overflow-x-auto">
      <table
        className="w-full border-collapse text-sm"
        data-testid="interval-chart"
        aria-busy={shown < rows.length}
        data-shown={shown}
      >
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
          {rows.slice(0, shown).map((r) => {
            const p = r.mc;
            const has = p && p.p05 !== null && p.p95 !== null;
            return (
              <tr key={r.id} className="border-b border-gray-100" data-testid={`interval-${r.id}`}>
                <th scope="row" className="py-1 pr-2 text-left font-normal whitespace-nowrap">
                  {r.name}
                </th>
                <td className="py-1 pr-2 tabular-nums">{r.rank ?? "—"}</td>
                <td className="py-1 pr-2" aria-hidden="true">
                  <IntervalBar mc={p} rank={r.rank} places={n} />
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
