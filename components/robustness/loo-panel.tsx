"use client";

import { useI18n } from "@/components/i18n";
import { LabeledSelect } from "@/components/ui/labeled-select";
import type { Robustness } from "@/components/robustness/use-robustness";
import type { PlaceRow } from "@/lib/dashboard/rows";

/** Leave one indicator out: a tornado chart of the chosen place's rank change per dropped indicator. */
export function LooPanel({
  place,
  onPlace,
  rows,
  analysis,
  indicatorName,
}: {
  place: string;
  onPlace: (id: string) => void;
  rows: PlaceRow[];
  analysis: Robustness;
  indicatorName: (id: string) => string;
}) {
  const { m, fill } = useI18n();
  const { state } = analysis.loo;
  const row = rows.find((r) => r.id === place);
  const result = state.status === "done" ? state.result.result : null;
  const now = result?.current[place] ?? null;
  const lines = result
    ? result.indicators
        .map((id, i) => ({ id, rank: result.without[place]?.[i] ?? null }))
        .map((l) => ({ ...l, change: now !== null && l.rank !== null ? l.rank - now : null }))
        .sort((a, b) => Math.abs(b.change ?? 0) - Math.abs(a.change ?? 0))
    : [];
  const max = Math.max(1, ...lines.map((l) => Math.abs(l.change ?? 0)));
  const words = (c: number | null) =>
    c === null
      ? m.robust.looExcluded
      : c === 0
        ? m.robust.looSame
        : c < 0
          ? fill(m.robust.looUp, { n: String(-c) })
          : fill(m.robust.looDown, { n: String(c) });
  return (
    <section aria-labelledby="loo-title" className="space-y-3" data-testid="loo-panel">
      <h3 id="loo-title" className="font-semibold">
        {m.robust.looTitle}
      </h3>
      <LabeledSelect
        label={m.robust.looPlace}
        value={place}
        options={rows.map((r) => ({ value: r.id, label: r.name }))}
        onChange={onPlace}
        testId="loo-place"
      />
      <p className="text-sm text-gray-700">{fill(m.robust.looIntro, { place: row?.name ?? place })}</p>
      {state.status === "running" && <p className="text-sm text-gray-600">{m.robust.computing}</p>}
      <ul className="space-y-1 text-sm">
        {lines.map((l) => (
          <li key={l.id} className="grid grid-cols-[minmax(8rem,14rem)_1fr] items-center gap-2">
            <span>
              {fill(m.robust.looChange, {
                name: indicatorName(l.id),
                rank: String(l.rank ?? "—"),
                change: words(l.change),
              })}
            </span>
            <span aria-hidden="true" className="relative h-3 rounded bg-gray-100">
              <span className="absolute top-0 left-1/2 h-3 w-px bg-gray-500" />
              {l.change !== null && l.change !== 0 && (
                <span
                  className={
                    l.change < 0
                      ? "absolute top-0 h-3 rounded bg-emerald-600"
                      : "absolute top-0 h-3 rounded bg-rose-600"
                  }
                  style={
                    l.change < 0
                      ? { right: "50%", width: `${(50 * -l.change) / max}%` }
                      : { left: "50%", width: `${(50 * l.change) / max}%` }
                  }
                />
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
