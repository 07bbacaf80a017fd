"use client";

import { useId, useState } from "react";
import { useI18n } from "@/components/i18n";
import { ReportedValue } from "@/components/table/reported-value";
import type { PlaceRow } from "@/lib/dashboard/rows";

export interface FigureIndicator {
  id: string;
  name: string;
  pillar: string;
  context: boolean;
}

/**
 * The figures behind one place of the ranking, with their kinds, years and sources: why a city sits where it does.
 * One place at a time (chosen from a list), rendered only when opened, so hundreds of places cost nothing.
 */
export function PlaceFigures({
  rows,
  indicators,
  pillars,
}: {
  /** Null while the dataset loads (the first screen carries no figures). */
  rows: PlaceRow[] | null;
  indicators: FigureIndicator[];
  pillars: { id: string; name: string }[];
}) {
  const { m } = useI18n();
  const f = m.figures;
  const selectId = useId();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const row = rows ? (rows.find((r) => r.id === chosen) ?? rows[0]) : undefined;
  return (
    <details
      className="rounded border border-gray-200 p-2 text-sm"
      data-testid="place-figures"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-medium">{f.behind}</summary>
      {open && !rows && <p className="mt-2 text-gray-600">{m.dataLoad.loading}</p>}
      {open && rows && row && (
        <div className="mt-2 space-y-2">
          <label htmlFor={selectId} className="mr-2 text-xs font-medium">
            {f.behindFor}
          </label>
          <select
            id={selectId}
            value={row.id}
            onChange={(e) => setChosen(e.target.value)}
            className="rounded border border-gray-300 px-2 py-1 text-sm"
            data-testid="place-figures-select"
          >
            {rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.rank !== null ? `${r.rank}. ` : ""}
                {r.name}
              </option>
            ))}
          </select>
          {pillars.map((p) => {
            const inds = indicators.filter((i) => i.pillar === p.id);
            if (inds.length === 0) return null;
            return (
              <div key={p.id}>
                <h4 className="mt-2 text-xs font-semibold text-gray-600">{p.name}</h4>
                <ul className="grid gap-x-4 sm:grid-cols-[minmax(0,1fr)_auto]">
                  {inds.map((i) => (
                    <li key={i.id} className="contents">
                      <span className="text-gray-700">
                        {i.name}
                        {i.context && <span className="ml-1 text-xs text-gray-500">({f.context})</span>}
                      </span>
                      <span className="tabular-nums sm:text-right">
                        <ReportedValue cell={row.raw[i.id]} showYear testId={`figure-${row.id}-${i.id}`} />
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
          <p className="text-xs text-gray-600">{f.secondaryHelp}</p>
        </div>
      )}
    </details>
  );
}
