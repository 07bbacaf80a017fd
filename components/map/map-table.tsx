"use client";

import { useI18n } from "@/components/i18n";
import { figureText } from "@/lib/dashboard/figure-text";
import type { PlaceLocation } from "@/lib/dashboard/map-model";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { MapLayout } from "@/lib/geo/map-layout";

/** The map as a table (its text alternative): rank, place, the measure, coordinates and the gazetteer record. */
export function MapTable({
  rows,
  layout,
  measureLabel,
  indicator,
  locations,
}: {
  rows: PlaceRow[];
  layout: MapLayout;
  measureLabel: string;
  /** When the map shows an indicator: its id, so the table gives each place's reported figure too. */
  indicator: string | null;
  locations: Record<string, PlaceLocation>;
}) {
  const { m, fill, num } = useI18n();
  const format = (x: number) => num(x, Number.isInteger(x) ? 0 : 2);
  const t = m.time.map;
  const value = new Map(layout.circles.map((c) => [c.id, c.value]));
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="map-table">
        <caption className="mb-1 text-left text-sm font-medium">
          {t.table}: {measureLabel}
        </caption>
        <thead>
          <tr className="border-b border-gray-300 text-left">
            <th scope="col" className="py-1 pr-3">
              {t.rank}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t.place}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t.value}
            </th>
            {indicator && (
              <th scope="col" className="py-1 pr-3">
                {t.reported}
              </th>
            )}
            <th scope="col" className="py-1 pr-3">
              {t.lat}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t.lon}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t.gazetteer}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const at = Object.hasOwn(locations, r.id) ? locations[r.id] : undefined;
            const v = value.get(r.id);
            return (
              <tr key={r.id} className="border-b border-gray-100">
                <td className="py-1 pr-3 tabular-nums">{r.rank ?? "—"}</td>
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {r.name}
                </th>
                <td className="py-1 pr-3 tabular-nums">{v == null ? "—" : num(v)}</td>
                {indicator && (
                  <td className="py-1 pr-3 tabular-nums">
                    {(r.raw[indicator] &&
                      figureText(r.raw[indicator], m.figures, format, { scaled: r.raw[indicator].scaled != null })) ??
                      "—"}
                  </td>
                )}
                <td className="py-1 pr-3 tabular-nums">{at ? fill(t.degreesN, { v: at.lat }) : "—"}</td>
                <td className="py-1 pr-3 tabular-nums">{at ? fill(t.degreesE, { v: at.lon }) : "—"}</td>
                <td className="py-1 pr-3">
                  {at ? (
                    <a href={at.url} className="underline" rel="noreferrer">
                      {at.recordName} ({at.recordId})
                    </a>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
