/**
 * One entry point for every download a view offers: each kind → a file name, a MIME type and the bytes or text. The
 * page imports this module on demand (the first click on Export), so none of it weighs on the first visit.
 */
import { headToHead } from "@/lib/dashboard/h2h";
import { fill } from "@/lib/i18n/format";
import type { View } from "@/lib/view/types";
import { chartContext } from "./chart-context";
import { frameChart, type ChartBody, type ChartContext } from "./chart-frame";
import { withPngText } from "./png-text";
import { gapChart, indicatorBarsChart, radarChart, rankingChart, type Series } from "./charts";
import { tableToCsv } from "./csv";
import { reportJson } from "./json";
import { fileStem, provenanceTable, resultsTable, viewTable, type ReportInput } from "./report";
import { tablesToXlsx } from "./xlsx";
import { mapChart, trendChart } from "./time-charts";
import { changesTable, editionsTable, mapTable, trendTable } from "./time-report";

export const TABLE_EXPORTS = [
  "results-csv",
  "provenance-csv",
  "xlsx",
  "json",
  "trend-csv",
  "changes-csv",
  "map-csv",
] as const;
export type TableExport = (typeof TABLE_EXPORTS)[number];

export const CHARTS = ["ranking", "radar", "indicators", "gap", "trend", "map"] as const;
export type ChartId = (typeof CHARTS)[number];

export interface ExportFile {
  name: string;
  mime: string;
  data: string | Uint8Array;
}

/** What a chart needs beyond the report: the pillar series, whether bars stack, the compared places and the pair. */
export interface ChartExtras {
  series: Series[];
  stacked: boolean;
  compare: string[];
  pair: [string, string] | null;
}

export async function tableFile(kind: TableExport, r: ReportInput, view: View, query: string): Promise<ExportFile> {
  const stem = fileStem(r, view.tab);
  switch (kind) {
    case "results-csv":
      return { name: `${stem}_results.csv`, mime: "text/csv;charset=utf-8", data: tableToCsv(resultsTable(r)) };
    case "provenance-csv":
      return { name: `${stem}_provenance.csv`, mime: "text/csv;charset=utf-8", data: tableToCsv(provenanceTable(r)) };
    case "xlsx":
      return {
        name: `${stem}.xlsx`,
        mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        data: await tablesToXlsx([resultsTable(r), provenanceTable(r), viewTable(r), ...timeTables(r)], {
          title: r.title,
          created: new Date(r.generatedAt),
        }),
      };
    case "json":
      return { name: `${stem}.json`, mime: "application/json", data: reportJson(r, view, query) };
    case "trend-csv":
      return { name: `${stem}_trend.csv`, mime: "text/csv;charset=utf-8", data: tableToCsv(trendTable(r)) };
    case "changes-csv":
      return { name: `${stem}_changes.csv`, mime: "text/csv;charset=utf-8", data: tableToCsv(changesTable(r)) };
    case "map-csv":
      return { name: `${stem}_map.csv`, mime: "text/csv;charset=utf-8", data: tableToCsv(mapTable(r)) };
  }
}

/** The time and place sheets of the workbook: the editions always; the trend, changes or map when the tab has them. */
function timeTables(r: ReportInput) {
  return [
    ...(r.time ? [editionsTable(r)] : []),
    ...(r.time?.trend ? [trendTable(r)] : []),
    ...(r.time?.changes ? [changesTable(r)] : []),
    ...(r.map ? [mapTable(r)] : []),
  ];
}

/** Table exports a tab adds to the four every view has (issue 14). */
export function tableExportsFor(tab: View["tab"]): TableExport[] {
  if (tab === "trends") return ["trend-csv", "changes-csv"];
  if (tab === "map") return ["map-csv"];
  return [];
}

/** The charts the current tab shows, in the order they appear. */
export function chartsFor(tab: View["tab"]): ChartId[] {
  if (tab === "compare") return ["radar", "indicators"];
  if (tab === "h2h") return ["gap"];
  if (tab === "trends") return ["trend"];
  if (tab === "map") return ["map"];
  return ["ranking"];
}

export function chartTitle(r: ReportInput, chart: ChartId, e?: Pick<ChartExtras, "pair">): string {
  const x = r.m.exports;
  const t = r.m.time.exports;
  const base = {
    ranking: x.chartRanking,
    radar: x.chartRadar,
    indicators: x.chartIndicators,
    gap: x.chartGap,
    trend: t.chartTrend,
    map: fill(t.chartMap, { measure: r.map?.measure ?? "" }),
  }[chart];
  if (chart !== "gap" || !e?.pair) return base;
  const name = (id: string) => r.rows.find((p) => p.id === id)?.name ?? id;
  return `${base}: ${name(e.pair[0])} – ${name(e.pair[1])}`;
}

function chartBody(r: ReportInput, chart: ChartId, e: ChartExtras): ChartBody {
  const byId = new Map(r.rows.map((p) => [p.id, p]));
  const picked = e.compare.map((id) => byId.get(id)).filter((p) => p !== undefined);
  switch (chart) {
    case "ranking":
      return rankingChart(r.rows, e.series, e.stacked, { coverage: (pct) => fill(r.m.ranking.coverage, { pct }) });
    case "radar":
      return radarChart(picked, r.pillars);
    case "indicators":
      return indicatorBarsChart(picked, r.indicators, r.m.table.missing);
    case "trend":
      return r.time?.trend
        ? trendChart(r.time.trend, { rankAxis: r.m.time.trends.rankAxis })
        : { width: 400, height: 20, svg: "" };
    case "map":
      return r.map
        ? mapChart(r.map.layout, {
            degreesN: (v) => fill(r.m.time.map.degreesN, { v }),
            degreesE: (v) => fill(r.m.time.map.degreesE, { v }),
            noScore: r.m.time.map.legendMissing,
          })
        : { width: 400, height: 20, svg: "" };
    case "gap": {
      const a = e.pair ? byId.get(e.pair[0]) : undefined;
      const b = e.pair ? byId.get(e.pair[1]) : undefined;
      if (!a || !b) return { width: 400, height: 20, svg: "" };
      const names = new Map(r.indicators.map((i) => [i.id, i.name]));
      const h = headToHead(
        a,
        b,
        r.indicators.map((i) => i.id),
        r.pillars.map((p) => p.id),
      );
      // Indicators that weigh nothing in this view cannot decide the gap: they are left out of the chart.
      const weighted = new Set(
        r.weights.filter((w) => w.kind === "indicator" && w.compositeShare > 0).map((w) => w.id),
      );
      return gapChart(
        h.lines
          .filter((l) => weighted.has(l.indicator))
          .map((l) => ({ name: names.get(l.indicator) ?? l.indicator, gap: l.gapContribution })),
        [a.name, b.name],
        { favours: (name) => fill(r.m.exports.favours, { name }) },
      );
    }
  }
}

/** A chart as a standalone SVG document with its title, weights, years and sources drawn in. */
export function chartSvg(r: ReportInput, chart: ChartId, e: ChartExtras): ExportFile & { context: ChartContext } {
  const context = chartContext(r, chartTitle(r, chart, e));
  if (chart === "map" && r.map?.citation)
    context.footer.unshift(
      fill(r.m.time.exports.mapFooter, { source: r.map.citation.label, date: r.map.citation.retrieved }),
    );
  const svg = frameChart(context, chartBody(r, chart, e));
  return { name: `${fileStem(r, chart)}.svg`, mime: "image/svg+xml", data: svg, context };
}

/** The chart as PNG, from the pixels the page rasterised, with its title, weights and sources as PNG text too. */
export function chartPng(svg: ExportFile & { context: ChartContext }, pixels: Uint8Array): ExportFile {
  const data = withPngText(pixels, {
    Title: svg.context.title,
    Description: svg.context.header.join("\n"),
    Source: svg.context.footer.join("\n"),
  });
  return { name: svg.name.replace(/\.svg$/, ".png"), mime: "image/png", data };
}
