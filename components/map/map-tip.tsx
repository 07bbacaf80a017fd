"use client";

import { useI18n } from "@/components/i18n";
import { ProvenanceLines } from "@/components/table/provenance-lines";
import { figureText } from "@/lib/dashboard/figure-text";
import { SECONDARY_MARK } from "@/lib/dashboard/qualified";
import type { MeasureOption } from "@/lib/dashboard/map-model";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { MapCircle } from "@/lib/geo/map-layout";

/**
 * A place's tooltip on the map: rank (or why it has none), composite score, coverage, the measure shown, and for an
 * indicator the reported figure with its source, year, qualifier and note — what the table's tooltips say.
 * `left`/`top` are the circle's position as shares of the map's width and height.
 */
export function MapTip({
  id,
  circle,
  row,
  measure,
  ranked,
  inCompare,
  left,
  top,
}: {
  id: string;
  circle: MapCircle;
  row: PlaceRow | undefined;
  measure: MeasureOption;
  ranked: number;
  inCompare: boolean;
  left: number;
  top: number;
}) {
  const { m, fill, num, pct } = useI18n();
  const t = m.time.map;
  const raw = measure.kind === "indicator" && row ? row.raw[measure.id!] : undefined;
  const prov = raw?.provenance;
  // The view's figure: per capita or per GDP when the view says so (and the indicator allows it).
  const format = (x: number) => num(x, Number.isInteger(x) ? 0 : 2);
  const text = raw ? figureText(raw, m.figures, format, { scaled: raw.scaled != null }) : null;
  // Keep the box inside the map: open to the left of circles on the right half, upward in the lower half.
  const style = {
    left: `${left * 100}%`,
    top: `${top * 100}%`,
    transform: `translate(${left > 0.5 ? "calc(-100% - 14px)" : "14px"}, ${top > 0.55 ? "calc(-100% + 8px)" : "-8px"})`,
  };
  return (
    <div
      id={id}
      role="tooltip"
      data-testid="map-tooltip"
      style={style}
      className="pointer-events-none absolute z-20 w-72 max-w-[80vw] rounded border border-gray-300 bg-white p-2 text-xs text-gray-800 shadow-lg"
    >
      <p className="text-sm font-semibold">{circle.name}</p>
      {row && row.rank !== null ? (
        <p>{fill(t.tipRank, { rank: row.rank, of: ranked })}</p>
      ) : (
        <p>{fill(t.tipUnranked, { reason: row?.reason ?? m.missing.belowCoverage })}</p>
      )}
      {row?.score != null && row.rank !== null && <p>{fill(t.tipScore, { score: num(row.score) })}</p>}
      {row && <p>{fill(t.tipCoverage, { pct: pct(row.coverage) })}</p>}
      {measure.kind !== "composite" && (
        <p>
          {fill(t.tipMeasure, {
            measure: measure.name,
            value: circle.value === null ? "—" : num(circle.value),
          })}
        </p>
      )}
      {raw && prov && text !== null && (
        <div className="mt-1 border-t border-gray-200 pt-1" data-testid="map-tooltip-figure">
          <span className="block">
            <b>{t.tipReported}:</b> {text}
            {prov.secondary && <sup className="ml-0.5 text-amber-800">{SECONDARY_MARK}</sup>}
          </span>
          <ProvenanceLines provenance={prov} />
        </div>
      )}
      {raw && !prov && (
        <p className="mt-1">{fill(t.tipMissing, { reason: raw.missingReason ?? m.table.missingReason })}</p>
      )}
      <p className="mt-1 text-gray-600">{inCompare ? t.tipInCompare : t.tipAdd}</p>
    </div>
  );
}
