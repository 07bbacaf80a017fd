/**
 * The trends and map charts as SVG strings for the exports, drawn from the same geometry as the page's charts
 * (`lib/time/line-geometry.ts`, `lib/geo/map-layout.ts`): the rank over the years with a legend, and the map with its
 * degree grid, circles, names and legend. No boundaries, as on the page.
 */
import type { MapLayout } from "@/lib/geo/map-layout";
import { colourFor, radiusFor } from "@/lib/geo/scale";
import { LINE_MARGIN, lineGeometry } from "@/lib/time/line-geometry";
import { rankTicks } from "@/lib/time/ticks";
import type { TrendModel } from "@/lib/time/types";
import { INK, MUTED, PALETTE, type ChartBody } from "./chart-frame";
import { xml } from "./svg-text";

const DASHES = ["", "6 3", "2 2", "8 2 2 2"];

/** Rank over the years (1 at the top), one stepped line per place, gaps where a year has no rank. */
export function trendChart(trend: TrendModel, words: { rankAxis: string }): ChartBody {
  const width = 640;
  const chartH = 280;
  const maxOf = Math.max(1, ...trend.series.flatMap((s) => s.points.map((p) => p.of)));
  const g = lineGeometry({
    width,
    height: chartH,
    margin: LINE_MARGIN,
    xs: trend.years,
    yDomain: [1, maxOf],
    invertY: true,
  });
  const parts: string[] = [];
  for (const t of rankTicks(maxOf)) {
    parts.push(
      `<line x1="${LINE_MARGIN.left}" x2="${width - LINE_MARGIN.right}" y1="${g.sy(t)}" y2="${g.sy(t)}" stroke="#e5e7eb"/>`,
    );
    parts.push(
      `<text x="${LINE_MARGIN.left - 6}" y="${g.sy(t) + 4}" text-anchor="end" font-size="11" fill="${MUTED}">${t}</text>`,
    );
  }
  trend.years.forEach((y, i) => {
    if (g.labelled(i))
      parts.push(
        `<text x="${g.sx(y)}" y="${chartH - 8}" text-anchor="middle" font-size="11" fill="${MUTED}">${y}</text>`,
      );
  });
  for (const y of trend.changeYears)
    parts.push(`<path d="M${g.sx(y)},${LINE_MARGIN.top + g.plotH}l-4,6h8z" fill="${MUTED}"/>`);
  parts.push(
    `<text x="12" y="${LINE_MARGIN.top + g.plotH / 2}" transform="rotate(-90 12 ${LINE_MARGIN.top + g.plotH / 2})" text-anchor="middle" font-size="11" fill="${MUTED}">${xml(words.rankAxis)}</text>`,
  );
  trend.series.forEach((s, k) => {
    const colour = PALETTE[k % PALETTE.length]!;
    const dash = DASHES[k % DASHES.length]!;
    parts.push(
      `<path d="${g.path(s.points.map((p) => ({ x: p.year, y: p.rank })))}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
    );
    for (const p of s.points)
      if (p.rank !== null) parts.push(`<circle cx="${g.sx(p.year)}" cy="${g.sy(p.rank)}" r="3.5" fill="${colour}"/>`);
    // Legend under the chart: a line sample and the name.
    const ly = chartH + 16 + k * 18;
    parts.push(
      `<line x1="${LINE_MARGIN.left}" x2="${LINE_MARGIN.left + 28}" y1="${ly - 4}" y2="${ly - 4}" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
      `<text x="${LINE_MARGIN.left + 34}" y="${ly}" font-size="12" fill="${INK}">${xml(s.name)}</text>`,
    );
  });
  return { width, height: chartH + 16 + trend.series.length * 18, svg: parts.join("") };
}

/** The map: degree grid, leader lines to true positions, circles sized and coloured by the measure, names, legend. */
export function mapChart(
  layout: MapLayout,
  words: { degreesN: (v: number) => string; degreesE: (v: number) => string; noScore: string },
): ChartBody {
  const { width, height, fontSize } = layout;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#f8fafc" stroke="#e5e7eb"/>`];
  for (const g of layout.meridians)
    parts.push(
      `<line x1="${g.at}" x2="${g.at}" y1="0" y2="${height}" stroke="#d1d5db" stroke-dasharray="2 4"/>`,
      `<text x="${g.at + 3}" y="${height - 4}" font-size="${fontSize - 1}" fill="${MUTED}">${xml(words.degreesE(g.value))}</text>`,
    );
  for (const g of layout.parallels)
    parts.push(
      `<line x1="0" x2="${width}" y1="${g.at}" y2="${g.at}" stroke="#d1d5db" stroke-dasharray="2 4"/>`,
      `<text x="4" y="${g.at - 3}" font-size="${fontSize - 1}" fill="${MUTED}">${xml(words.degreesN(g.value))}</text>`,
    );
  for (const c of layout.circles)
    if (c.x !== c.ax || c.y !== c.ay)
      parts.push(
        `<line x1="${c.ax}" y1="${c.ay}" x2="${c.x}" y2="${c.y}" stroke="#6b7280" stroke-width="0.8"/>`,
        `<circle cx="${c.ax}" cy="${c.ay}" r="1.8" fill="#374151"/>`,
      );
  for (const c of [...layout.circles].sort((a, b) => b.r - a.r))
    parts.push(
      c.value === null
        ? `<circle cx="${c.x}" cy="${c.y}" r="${c.r}" fill="#ffffff" stroke="#6b7280" stroke-dasharray="2 2"/>`
        : `<circle cx="${c.x}" cy="${c.y}" r="${c.r}" fill="${c.fill}" fill-opacity="0.9" stroke="#1e3a8a"/>`,
    );
  for (const c of layout.circles)
    if (c.label)
      parts.push(
        `<text x="${c.label.x}" y="${c.label.y}" text-anchor="${c.label.anchor}" font-size="${fontSize}" fill="${INK}" stroke="#f8fafc" stroke-width="3" paint-order="stroke">${xml(c.name)}</text>`,
      );
  // Legend below the map: 0, 25, 50, 75, 100 and the ring of a place without a score.
  const rMax = Math.max(...layout.circles.map((c) => c.r), 1);
  const steps = [0, 25, 50, 75, 100];
  const top = height + 12;
  const rLegend = (v: number) => radiusFor(v, rMax > 20 ? 4 : 3, rMax > 20 ? 24 : 17);
  const big = rLegend(100);
  steps.forEach((v, k) => {
    const cx = big + k * (2 * big + 12);
    parts.push(
      `<circle cx="${cx}" cy="${top + big}" r="${rLegend(v)}" fill="${colourFor(v)}" stroke="#1e3a8a"/>`,
      `<text x="${cx}" y="${top + 2 * big + 14}" text-anchor="middle" font-size="11" fill="${MUTED}">${v}</text>`,
    );
  });
  const nx = steps.length * (2 * big + 12) + 10;
  parts.push(
    `<circle cx="${nx}" cy="${top + big}" r="5" fill="#ffffff" stroke="#6b7280" stroke-dasharray="2 2"/>`,
    `<text x="${nx + 10}" y="${top + big + 4}" font-size="11" fill="${MUTED}">${xml(words.noScore)}</text>`,
  );
  return { width, height: top + 2 * big + 20, svg: parts.join("") };
}
