"use client";

import { useId, useRef, useState } from "react";
import { useI18n } from "@/components/i18n";
import { MapTip } from "@/components/map/map-tip";
import type { MeasureOption } from "@/lib/dashboard/map-model";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { MapLayout } from "@/lib/geo/map-layout";
import { isArrow, neighbour } from "@/lib/geo/nav";
import { inkOn } from "@/lib/geo/scale";

/**
 * The map itself: a degree grid, one circle per place, names where they fit. Keyboard: one tab stop; arrow keys move
 * to the nearest place in that direction, Home/End to the best/worst ranked, Enter or Space adds the place to compare,
 * Escape hides the tooltip. The tooltip (rank, score, coverage, the measure, the reported figure and its source)
 * opens on hover and on focus. Everything is text: names come from data and are never parsed as HTML.
 */
export function CityMap({
  layout,
  rows,
  measure,
  ranked,
  inCompare,
  onActivate,
  label,
}: {
  layout: MapLayout;
  rows: ReadonlyMap<string, PlaceRow>;
  measure: MeasureOption;
  ranked: number;
  inCompare: ReadonlySet<string>;
  onActivate: (id: string) => void;
  label: string;
}) {
  const { m, fill, num } = useI18n();
  const tipId = useId();
  const circles = layout.circles;
  const [active, setActive] = useState(0);
  const [hover, setHover] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const [hidden, setHidden] = useState(false);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const current = Math.min(active, circles.length - 1);
  const shown = hover ?? (focused && !hidden ? current : null);
  const tipped = shown === null ? null : circles[shown];

  const move = (i: number) => {
    setActive(i);
    setHidden(false);
    refs.current[i]?.focus();
  };
  const byRank = circles
    .map((c, i) => ({ i, rank: rows.get(c.id)?.rank ?? Infinity }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);

  return (
    <div className="relative" data-testid="city-map">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="h-auto w-full rounded border border-gray-200 bg-slate-50"
        role="group"
        aria-label={label}
      >
        <g aria-hidden="true" className="text-gray-400" fontSize={layout.fontSize - 1}>
          {layout.meridians.map((g) => (
            <g key={`m${g.value}`}>
              <line x1={g.at} x2={g.at} y1={0} y2={layout.height} stroke="#d1d5db" strokeDasharray="2 4" />
              <text x={g.at + 3} y={layout.height - 4} fill="#4b5563">
                {fill(m.time.map.degreesE, { v: g.value })}
              </text>
            </g>
          ))}
          {layout.parallels.map((g) => (
            <g key={`p${g.value}`}>
              <line x1={0} x2={layout.width} y1={g.at} y2={g.at} stroke="#d1d5db" strokeDasharray="2 4" />
              <text x={4} y={g.at - 3} fill="#4b5563">
                {fill(m.time.map.degreesN, { v: g.value })}
              </text>
            </g>
          ))}
          {circles.map((c) =>
            c.x !== c.ax || c.y !== c.ay ? (
              <g key={`a${c.id}`}>
                <line x1={c.ax} y1={c.ay} x2={c.x} y2={c.y} stroke="#6b7280" strokeWidth={0.8} />
                <circle cx={c.ax} cy={c.ay} r={1.8} fill="#374151" />
              </g>
            ) : null,
          )}
        </g>
        {/* Largest first, so smaller circles stay visible and clickable on top. */}
        {circles
          .map((c, i) => ({ c, i }))
          .sort((a, b) => b.c.r - a.c.r || a.i - b.i)
          .map(({ c, i }) => {
            const row = rows.get(c.id);
            const name =
              c.value === null
                ? fill(m.time.map.cityMissing, { name: c.name, measure: measure.name })
                : fill(m.time.map.city, {
                    name: c.name,
                    measure: measure.name,
                    value: num(c.value),
                    rank: row?.rank ?? "—",
                  });
            const isActive = i === current;
            return (
              <g
                key={c.id}
                ref={(el) => {
                  refs.current[i] = el;
                }}
                role="button"
                tabIndex={isActive ? 0 : -1}
                aria-label={name}
                aria-describedby={shown === i ? tipId : undefined}
                data-place={c.id}
                className="cursor-pointer outline-none"
                onFocus={() => {
                  setActive(i);
                  setFocused(true);
                }}
                onBlur={() => setFocused(false)}
                onMouseEnter={() => setHover(i)}
                onMouseLeave={() => setHover(null)}
                onClick={() => {
                  setActive(i);
                  onActivate(c.id);
                }}
                onKeyDown={(e) => {
                  if (isArrow(e.key)) move(neighbour(circles, i, e.key));
                  else if (e.key === "Home") move(byRank[0]?.i ?? i);
                  else if (e.key === "End") move(byRank[byRank.length - 1]?.i ?? i);
                  else if (e.key === "Enter" || e.key === " ") onActivate(c.id);
                  else if (e.key === "Escape") setHidden(true);
                  else return;
                  e.preventDefault();
                }}
              >
                {/* A larger invisible target for fingers. */}
                <circle cx={c.x} cy={c.y} r={Math.max(c.r, 11)} fill="transparent" />
                <circle
                  cx={c.x}
                  cy={c.y}
                  r={c.r}
                  fill={c.fill}
                  fillOpacity={c.value === null ? 1 : 0.9}
                  stroke={c.value === null ? "#6b7280" : "#1e3a8a"}
                  strokeDasharray={c.value === null ? "2 2" : undefined}
                  strokeWidth={inCompare.has(c.id) ? 2.5 : 1}
                  data-map-circle
                />
                {inCompare.has(c.id) && c.r >= 8 && (
                  <text x={c.x} y={c.y + 4} textAnchor="middle" fontSize={11} fill={inkOn(c.value ?? 0)} aria-hidden>
                    ✓
                  </text>
                )}
                {isActive && focused && (
                  <circle cx={c.x} cy={c.y} r={c.r + 4} fill="none" stroke="#2563eb" strokeWidth={3} />
                )}
              </g>
            );
          })}
        <g aria-hidden="true" fontSize={layout.fontSize} fill="#111827">
          {circles.map((c) =>
            c.label ? (
              <text
                key={`l${c.id}`}
                x={c.label.x}
                y={c.label.y}
                textAnchor={c.label.anchor}
                paintOrder="stroke"
                stroke="#f8fafc"
                strokeWidth={3}
                className="pointer-events-none"
              >
                {c.name}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      {tipped && (
        <MapTip
          id={tipId}
          circle={tipped}
          row={rows.get(tipped.id)}
          measure={measure}
          ranked={ranked}
          inCompare={inCompare.has(tipped.id)}
          left={tipped.x / layout.width}
          top={tipped.y / layout.height}
        />
      )}
    </div>
  );
}
