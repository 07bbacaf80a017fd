"use client";

import { LINE_MARGIN, lineGeometry } from "@/lib/time/line-geometry";

/**
 * A small SVG line chart for values over years: one line per series, drawn as steps (a value as of a year holds until
 * the next year's), broken wherever a year has no value, with a dot and a title on every point. Plain SVG: prints
 * crisply, needs no chart library, and the same component draws the rank and score charts and every small multiple.
 */
export interface LinePoint {
  x: number;
  y: number | null;
  /** Read by screen readers and shown on hover. */
  title: string;
}

export interface LineSeries {
  id: string;
  name: string;
  color: string;
  dash: string;
  /** Marker shape for readers who cannot tell the colours apart. */
  marker: "circle" | "square" | "triangle" | "diamond";
  points: LinePoint[];
}

export interface LineChartProps {
  series: LineSeries[];
  xs: number[];
  yDomain: [number, number];
  /** Rank charts: 1 at the top. */
  invertY?: boolean;
  yTicks: number[];
  /** x positions to mark with a small tick on the axis (years an edition arrived). */
  marks?: number[];
  width?: number;
  height?: number;
  label: string;
  yLabel: string;
  formatY?: (y: number) => string;
  testId?: string;
  /** Axis text size in chart units (the chart scales to its box: keep it about 12 px on screen). */
  fontSize?: number;
}

function Marker({ shape, x, y, color }: { shape: LineSeries["marker"]; x: number; y: number; color: string }) {
  const s = 4;
  if (shape === "square") return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={color} />;
  if (shape === "triangle")
    return <path d={`M${x},${y - s - 1}L${x + s + 1},${y + s}L${x - s - 1},${y + s}Z`} fill={color} />;
  if (shape === "diamond")
    return <path d={`M${x},${y - s - 1}L${x + s + 1},${y}L${x},${y + s + 1}L${x - s - 1},${y}Z`} fill={color} />;
  return <circle cx={x} cy={y} r={s} fill={color} />;
}

export function LineChart({
  series,
  xs,
  yDomain,
  invertY = false,
  yTicks,
  marks = [],
  width = 480,
  height = 240,
  fontSize = 12,
  label,
  yLabel,
  formatY = (y) => String(y),
  testId,
}: LineChartProps) {
  const M = LINE_MARGIN;
  const { sx, sy, plotH, labelled, path } = lineGeometry({
    width,
    height,
    margin: M,
    xs,
    yDomain,
    invertY,
  });

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      role="img"
      aria-label={label}
      data-testid={testId}
    >
      <g aria-hidden="true" fontSize={fontSize} fill="#374151">
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={width - M.right} y1={sy(t)} y2={sy(t)} stroke="#e5e7eb" />
            <text x={M.left - 6} y={sy(t) + 4} textAnchor="end">
              {formatY(t)}
            </text>
          </g>
        ))}
        {xs.map((x, i) =>
          labelled(i) ? (
            <text key={`x${x}`} x={sx(x)} y={height - 8} textAnchor="middle">
              {x}
            </text>
          ) : null,
        )}
        {marks.map((x) => (
          <path key={`k${x}`} d={`M${sx(x)},${M.top + plotH}l-4,6h8z`} fill="#6b7280" />
        ))}
        <line x1={M.left} x2={width - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="#9ca3af" />
        <text x={12} y={M.top + plotH / 2} transform={`rotate(-90 12 ${M.top + plotH / 2})`} textAnchor="middle">
          {yLabel}
        </text>
      </g>
      {series.map((s) => (
        <g key={s.id} data-series={s.id}>
          <path d={path(s.points)} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash || undefined} />
          {s.points.map((p) =>
            p.y === null ? null : (
              <g key={p.x}>
                <title>{p.title}</title>
                <Marker shape={s.marker} x={sx(p.x)} y={sy(p.y)} color={s.color} />
              </g>
            ),
          )}
        </g>
      ))}
    </svg>
  );
}

/** Colours, dashes and markers of the 1–4 places of a trend or compare view, in order. */
export const PLACE_STYLES: Pick<LineSeries, "color" | "dash" | "marker">[] = [
  { color: "var(--series-1)", dash: "", marker: "circle" },
  { color: "var(--series-2)", dash: "6 3", marker: "square" },
  { color: "var(--series-3)", dash: "2 2", marker: "triangle" },
  { color: "var(--series-4)", dash: "8 2 2 2", marker: "diamond" },
];
