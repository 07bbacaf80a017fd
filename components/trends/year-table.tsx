"use client";

import type { ReactNode } from "react";
import { clsx } from "clsx";
import { useI18n } from "@/components/i18n";

/**
 * A year × place table: the text alternative under every time chart (the trend's ranks, each indicator's editions),
 * so both say the same numbers the same way. `cell(place, row)` renders one place's entry for the row's year.
 */
export function YearTable<P extends { id: string; name: string }>({
  years,
  places,
  caption,
  cell,
  compact = false,
  testId,
}: {
  years: readonly number[];
  places: readonly P[];
  caption: string;
  cell: (place: P, row: number) => ReactNode;
  /** The small multiples' tighter table. */
  compact?: boolean;
  testId?: string;
}) {
  const { m } = useI18n();
  const pad = compact ? "pr-2" : "py-1 pr-3";
  return (
    <div className="relative overflow-x-auto">
      <table className={clsx("min-w-full", compact ? "text-xs" : "mt-2 text-sm")} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className={clsx("text-left", compact ? "border-b border-gray-200" : "border-b border-gray-300")}>
            <th scope="col" className={pad}>
              {m.time.trends.year}
            </th>
            {places.map((p) => (
              <th key={p.id} scope="col" className={pad}>
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, i) => (
            <tr key={year} className={compact ? undefined : "border-b border-gray-100"}>
              <th scope="row" className={clsx(pad, "text-left font-normal tabular-nums")}>
                {year}
              </th>
              {places.map((p) => (
                <td key={p.id} className={clsx(pad, "tabular-nums")}>
                  {cell(p, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
