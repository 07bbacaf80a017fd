"use client";

import { useMemo } from "react";
import { useI18n } from "@/components/i18n";
import { chartContext, usedSources } from "@/lib/export/chart-context";
import type { ReportInput } from "@/lib/export/report";

const MAX_SOURCES = 8;

/**
 * Shown only on paper: what the printed view rests on (the weights and method in force, the data version and years,
 * a short source list), so a printed page stands on its own. The link to the view is printed by PrintLink.
 */
export function PrintHeader({ report, viewName }: { report: ReportInput; viewName: string }) {
  const { m, fill } = useI18n();
  const ctx = useMemo(() => chartContext(report, viewName), [report, viewName]);
  const sources = useMemo(() => usedSources(report), [report]);
  const shown = sources.slice(0, MAX_SOURCES);
  return (
    <div className="mb-3 hidden border-b border-gray-300 pb-2 text-xs print:block" data-testid="print-header">
      <p className="text-base font-semibold">{fill(m.print.heading, { title: report.title, view: viewName })}</p>
      {ctx.header.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{ctx.footer[0]}</p>
      <p>
        <b>{m.print.sources}:</b>{" "}
        {shown.map((s) => `${s.publisher}${s.date ? ` (${s.date.slice(0, 4)})` : ""}`).join("; ")}
        {sources.length > shown.length && ` ${fill(m.print.more, { count: sources.length - shown.length })}`}
      </p>
      <p>{fill(m.app.dataVersion, { version: report.dataVersion })}</p>
    </div>
  );
}
