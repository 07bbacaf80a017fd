"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/i18n";
import { CityMap } from "@/components/map/city-map";
import { MapLegend } from "@/components/map/map-legend";
import { MapTable } from "@/components/map/map-table";
import {
  mapPlaces,
  measureOptions,
  type GazetteerCitation,
  type MeasureOption,
  type PlaceLocation,
} from "@/lib/dashboard/map-model";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { MAP_BOX, mapLayout, NARROW_MAP_BOX } from "@/lib/geo/map-layout";

/** Below this width (CSS px) the map is drawn on the narrow box, so its text stays legible on a phone. */
const NARROW_BELOW = 560;

/**
 * The map tab: places at their gazetteer coordinates, sized and coloured by the composite, a pillar or an indicator
 * (`mm=`), with the same tooltips and provenance as the table. Clicking a place (or Enter on it) adds it to compare,
 * with an undo. Below: the legend, the places not on the map, the map as a table, and the gazetteer's citation.
 */
export function MapView({
  rows,
  compositeName,
  pillars,
  indicators,
  locations,
  citation,
  measure,
  onMeasure,
  compare,
  onCompare,
  onOpenCompare,
}: {
  rows: PlaceRow[];
  compositeName: string;
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string }[];
  locations: Record<string, PlaceLocation>;
  citation: GazetteerCitation | null;
  measure: string | null;
  onMeasure: (id: string | null) => void;
  compare: string[];
  onCompare: (ids: string[]) => void;
  onOpenCompare: () => void;
}) {
  const { m, fill } = useI18n();
  const t = m.time.map;
  const selectId = useId();
  const options = useMemo(
    () => measureOptions(compositeName, pillars, indicators),
    [compositeName, pillars, indicators],
  );
  const chosen: MeasureOption = options.find((o) => o.id === measure) ?? options[0]!;
  const figure = useRef<HTMLElement | null>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = figure.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setNarrow((entry?.contentRect.width ?? 1000) < NARROW_BELOW));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const box = narrow ? NARROW_MAP_BOX : MAP_BOX;
  const layout = useMemo(() => mapLayout(mapPlaces(rows, locations, chosen), box), [rows, locations, chosen, box]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  const ranked = rows.filter((r) => r.rank !== null).length;
  const [status, setStatus] = useState<{ text: string; undo: string[] | null } | null>(null);
  const inCompare = useMemo(() => new Set(compare), [compare]);

  const add = (id: string) => {
    const name = byId.get(id)?.name ?? id;
    if (compare.includes(id)) return setStatus({ text: fill(t.already, { name }), undo: null });
    if (compare.length >= 4) return setStatus({ text: fill(t.full, { name }), undo: null });
    const next = [...compare, id];
    onCompare(next);
    setStatus({ text: fill(t.added, { name, n: next.length }), undo: compare });
  };

  const label = (o: MeasureOption) =>
    o.kind === "composite" ? t.composite : fill(o.kind === "pillar" ? t.pillar : t.indicator, { name: o.name });
  const measureName = chosen.kind === "composite" ? t.composite : chosen.name;

  return (
    <section aria-labelledby="map-title" className="space-y-3" data-testid="map-view">
      <h2 id="map-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p className="max-w-3xl text-sm text-gray-700">{t.intro}</p>
      <div className="flex flex-col gap-0.5 sm:max-w-sm print:hidden">
        <label htmlFor={selectId} className="text-xs text-gray-700">
          {t.measure}
        </label>
        <select
          id={selectId}
          data-testid="map-measure"
          value={chosen.id ?? ""}
          onChange={(e) => onMeasure(e.currentTarget.value === "" ? null : e.currentTarget.value)}
          className="rounded border border-gray-300 px-2 py-1 text-sm"
        >
          <option value="">{t.composite}</option>
          {(["pillar", "indicator"] as const).map((kind) => (
            <optgroup key={kind} label={kind === "pillar" ? m.weights.pillar : m.compare.indicator}>
              {options
                .filter((o) => o.kind === kind)
                .map((o) => (
                  <option key={o.id} value={o.id!}>
                    {label(o)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <p className="hidden text-sm print:block">{label(chosen)}</p>
      {layout.circles.length === 0 ? (
        <p className="text-sm text-gray-700">{t.noneMapped}</p>
      ) : (
        <figure className="max-w-3xl" ref={figure}>
          <CityMap
            layout={layout}
            rows={byId}
            measure={{ ...chosen, name: measureName }}
            ranked={ranked}
            inCompare={inCompare}
            onActivate={add}
            label={fill(t.label, { n: layout.circles.length, measure: label(chosen) })}
          />
          <figcaption className="mt-1 text-xs text-gray-600 print:hidden">{t.keyboard}</figcaption>
          <MapLegend box={box} />
        </figure>
      )}
      <div role="status" aria-live="polite" className="min-h-6 text-sm print:hidden" data-testid="map-status">
        {status && (
          <span className="inline-flex flex-wrap items-center gap-2">
            {status.text}
            {status.undo && (
              <button
                type="button"
                className="rounded border border-gray-300 px-2 py-0.5 hover:bg-gray-50"
                onClick={() => {
                  onCompare(status.undo!);
                  setStatus(null);
                }}
              >
                {t.undo}
              </button>
            )}
            <button type="button" className="underline" onClick={onOpenCompare}>
              {t.openCompare}
            </button>
          </span>
        )}
      </div>
      {layout.unmapped.length > 0 && layout.circles.length > 0 && (
        <p className="text-sm text-gray-700" data-testid="map-unmapped">
          {fill(t.noCoordinates, { names: layout.unmapped.map((u) => u.name).join(", ") })}
        </p>
      )}
      <MapTable
        rows={rows}
        layout={layout}
        measureLabel={label(chosen)}
        indicator={chosen.kind === "indicator" ? chosen.id : null}
        locations={locations}
      />
      {citation && (
        <p className="text-xs text-gray-600" data-testid="map-source">
          {fill(t.source, { source: citation.label, date: citation.retrieved })}{" "}
          <a href={citation.url} className="break-all underline" rel="noreferrer">
            {citation.url}
          </a>
        </p>
      )}
    </section>
  );
}
