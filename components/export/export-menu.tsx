"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n";
import { saveFile, svgToPng } from "@/components/export/download";
import type { ChartExtras, ChartId, TableExport } from "@/lib/export/files";
import type { ReportInput } from "@/lib/export/report";
import type { View } from "@/lib/view/types";

/** The charts each tab shows (kept here too so the menu renders without loading the export module). */
const TAB_CHARTS: Record<string, ChartId[]> = {
  compare: ["radar", "indicators"],
  h2h: ["gap"],
  trends: ["trend"],
  map: ["map"],
};
/** Tables a tab adds (issue 14; the same as `tableExportsFor` in lib/export/files.ts). */
const TAB_TABLES: Record<string, TableExport[]> = { trends: ["trend-csv", "changes-csv"], map: ["map-csv"] };

/**
 * The Export menu: the view's tables (CSV, XLSX, JSON), its charts (PNG, SVG) and print. The export code loads on the
 * first click; the report is built from what the page shows at that moment.
 */
export function ExportMenu({
  ready,
  report,
  view,
  query,
  extras,
}: {
  /** False until the dataset is loaded (the first screen may hold only some rows): exports wait for it. */
  ready: boolean;
  report: () => ReportInput;
  view: View;
  query: string;
  extras: ChartExtras;
}) {
  const { m, fill } = useI18n();
  const x = m.exports;
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState("");
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  const run = async (what: string, make: (lib: typeof import("@/lib/export/files")) => Promise<void>) => {
    setStatus(fill(x.working, { what }));
    try {
      await make(await import("@/lib/export/files"));
    } catch (e) {
      setStatus(fill(x.failed, { detail: e instanceof Error ? e.message : String(e) }));
    }
  };
  const table = (kind: TableExport, label: string) =>
    run(label, async (lib) => {
      const file = await lib.tableFile(kind, report(), view, query);
      saveFile(file);
      setStatus(fill(x.done, { file: file.name }));
    });
  const chart = (id: ChartId, format: "png" | "svg", label: string) =>
    run(label, async (lib) => {
      const svg = lib.chartSvg(report(), id, extras);
      const file = format === "svg" ? svg : lib.chartPng(svg, await svgToPng(String(svg.data)));
      saveFile(file);
      setStatus(fill(x.done, { file: file.name }));
    });

  const charts = TAB_CHARTS[view.tab] ?? ["ranking"];
  const t = m.time.exports;
  const chartName = (id: ChartId) =>
    ({
      ranking: x.chartRanking,
      radar: x.chartRadar,
      indicators: x.chartIndicators,
      gap: x.chartGap,
      trend: t.chartTrend,
      map: m.time.map.title,
    })[id];
  const extraName: Record<string, string> = {
    "trend-csv": t.trendCsv,
    "changes-csv": t.changesCsv,
    "map-csv": t.mapCsv,
  };
  const item = "block w-full rounded px-2 py-1 text-left text-sm hover:bg-gray-100 focus-visible:bg-gray-100";

  return (
    <div
      ref={root}
      className="relative inline-block"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          setOpen(false);
          root.current?.querySelector<HTMLButtonElement>("button")?.focus();
        }
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls="export-menu"
        data-testid="export-menu"
        disabled={!ready}
        onClick={() => setOpen((o) => !o)}
        className="rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50 disabled:opacity-50"
      >
        {x.menu} ▾
      </button>
      {open && (
        <div
          id="export-menu"
          role="group"
          aria-label={x.menuHelp}
          className="absolute right-0 z-30 mt-1 w-72 max-w-[90vw] rounded border border-gray-300 bg-white p-2 shadow-lg"
        >
          <p className="px-2 pt-1 text-xs font-semibold text-gray-600">{x.tables}</p>
          <button
            type="button"
            className={item}
            data-export="results-csv"
            onClick={() => table("results-csv", x.resultsCsv)}
          >
            {x.resultsCsv}
          </button>
          <button
            type="button"
            className={item}
            data-export="provenance-csv"
            onClick={() => table("provenance-csv", x.provenanceCsv)}
          >
            {x.provenanceCsv}
          </button>
          <button type="button" className={item} data-export="xlsx" onClick={() => table("xlsx", x.workbook)}>
            {x.workbook}
          </button>
          <button type="button" className={item} data-export="json" onClick={() => table("json", x.json)}>
            {x.json}
          </button>
          {(TAB_TABLES[view.tab] ?? []).map((kind) => (
            <button
              key={kind}
              type="button"
              className={item}
              data-export={kind}
              onClick={() => table(kind, extraName[kind] ?? kind)}
            >
              {extraName[kind]}
            </button>
          ))}
          <p className="px-2 pt-2 text-xs font-semibold text-gray-600">{x.charts}</p>
          {charts.flatMap((id) =>
            (["png", "svg"] as const).map((format) => {
              const label = fill(format === "png" ? x.png : x.svg, { chart: chartName(id) });
              return (
                <button
                  key={`${id}-${format}`}
                  type="button"
                  className={item}
                  data-export={`${id}-${format}`}
                  onClick={() => chart(id, format, label)}
                >
                  {label}
                </button>
              );
            }),
          )}
          <hr className="my-2 border-gray-200" />
          <button
            type="button"
            className={item}
            data-export="print"
            onClick={() => {
              setOpen(false);
              window.print();
            }}
          >
            {x.print}
          </button>
        </div>
      )}
      <span role="status" aria-live="polite" className="sr-only" data-testid="export-status">
        {status}
      </span>
    </div>
  );
}
