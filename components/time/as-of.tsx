"use client";

import { useId } from "react";
import { useI18n, useSourceText } from "@/components/i18n";
import type { EditionUse } from "@/lib/time";

/**
 * The view's year (`yr`): a select from the latest editions back to the first dated year, and below it which edition
 * of each indicator the page's figures rest on (or that an indicator has none yet and is left out).
 */
export function AsOf({
  years,
  asOf,
  onAsOf,
  editions,
}: {
  /** Every year a view can be as of, ascending. */
  years: number[];
  asOf: number | null;
  onAsOf: (year: number | null) => void;
  editions: EditionUse[] | null;
}) {
  const { m, fill } = useI18n();
  const t = m.time;
  const id = useId();
  if (years.length === 0) return null;
  const scored = editions?.filter((e) => e.status !== "context") ?? [];
  const used = scored.filter((e) => e.status !== "not_yet").length;
  const summary =
    editions &&
    (asOf === null
      ? fill(t.editions.summaryLatest, { used, total: scored.length })
      : fill(t.editions.summary, { used, total: scored.length, year: asOf }));
  return (
    <div className="mb-3 space-y-1" data-testid="as-of">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {t.asOf.label}
        </label>
        <select
          id={id}
          data-testid="as-of-year"
          value={asOf === null ? "" : String(asOf)}
          onChange={(e) => onAsOf(e.currentTarget.value === "" ? null : Number(e.currentTarget.value))}
          className="rounded border border-gray-300 px-2 py-1 text-sm print:hidden"
          aria-describedby={`${id}-help`}
        >
          <option value="">{t.asOf.latest}</option>
          {[...years].reverse().map((y) => (
            <option key={y} value={y}>
              {fill(t.asOf.year, { year: y })}
            </option>
          ))}
        </select>
        <span className="hidden text-sm print:inline">
          {asOf === null ? t.asOf.latest : fill(t.asOf.year, { year: asOf })}
        </span>
        {summary && (
          <span className="text-sm text-gray-700" data-testid="editions-summary">
            {summary}
          </span>
        )}
      </div>
      <p id={`${id}-help`} className="text-xs text-gray-600">
        {t.asOf.help}
      </p>
      {editions && editions.length > 0 && <EditionsInUse editions={editions} asOf={asOf} />}
    </div>
  );
}

function EditionsInUse({ editions, asOf }: { editions: EditionUse[]; asOf: number | null }) {
  const { m, fill } = useI18n();
  const own = useSourceText();
  const t = m.time.editions;
  const status = (e: EditionUse) => {
    if (e.status === "context") return t.notScored;
    if (e.status === "not_yet") return fill(t.notYet, { year: asOf ?? "", first: e.first ?? "" });
    if (e.status === "series") return asOf === null ? t.perPlaceLatest : fill(t.perPlace, { year: asOf });
    return e.label === null ? t.none : own(e.label);
  };
  return (
    <details className="text-sm" data-testid="editions-in-use">
      <summary className="cursor-pointer text-gray-800">{t.show}</summary>
      <div className="relative mt-1 overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead>
            <tr className="border-b border-gray-300 text-left">
              <th scope="col" className="py-1 pr-3">
                {t.indicator}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t.edition}
              </th>
            </tr>
          </thead>
          <tbody>
            {editions.map((e) => (
              <tr
                key={e.id}
                className={
                  e.status === "not_yet" ? "border-b border-gray-100 text-gray-600" : "border-b border-gray-100"
                }
                data-indicator={e.id}
              >
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {e.name}
                </th>
                <td className="py-1 pr-3">{status(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
