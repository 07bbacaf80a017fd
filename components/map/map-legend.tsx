"use client";

import { useI18n } from "@/components/i18n";
import type { MapBox } from "@/lib/geo/map-layout";
import { colourFor, radiusFor } from "@/lib/geo/scale";

const STEPS = [0, 25, 50, 75, 100];

/**
 * Circle sizes and colours for 0, 25, 50, 75 and 100, and the ring of a place without a score: drawn in the map's own
 * units (`box`) and at the map's scale (its width is the same share of the figure), so a legend circle is exactly the
 * size of a map circle of that score.
 */
export function MapLegend({ box }: { box: MapBox }) {
  const { m } = useI18n();
  const t = m.time.map;
  const rMax = box.rMax;
  const w = STEPS.length * (2 * rMax + 12) + 90;
  const h = 2 * rMax + 22;
  return (
    <div className="mt-2 text-xs text-gray-700" data-testid="map-legend">
      <p className="mb-1">{t.legendSize}</p>
      <svg
        viewBox={`0 0 ${w} ${h}`}
        style={{ width: `${Math.min(100, (w / box.width) * 100)}%` }}
        className="h-auto"
        role="img"
        aria-label={t.legendSize}
      >
        {STEPS.map((v, k) => {
          const cx = rMax + k * (2 * rMax + 12);
          const r = radiusFor(v, box.rMin, rMax);
          return (
            <g key={v}>
              <circle cx={cx} cy={rMax} r={r} fill={colourFor(v)} stroke="#1e3a8a" />
              <text x={cx} y={2 * rMax + 16} textAnchor="middle" fontSize={box.fontSize} fill="#374151">
                {v}
              </text>
            </g>
          );
        })}
        <g>
          <circle cx={w - 80} cy={rMax} r={5} fill="#ffffff" stroke="#6b7280" strokeDasharray="2 2" />
          <text x={w - 70} y={rMax + 4} fontSize={box.fontSize} fill="#374151">
            {t.legendMissing}
          </text>
        </g>
      </svg>
    </div>
  );
}
