"use client";

import { useMemo } from "react";

import { useI18n } from "@/components/i18n";
import type { Robustness } from "@/components/robustness/use-robustness";
import { HeadRow, NumberField } from "@/components/robustness/fields";
import { RevealedRows } from "@/components/robustness/reveal";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { Extreme } from "@/lib/robustness/extremes";
import type { RobustView } from "@/lib/view/types";

/** Best and worst achievable rank of every place within share bounds the user sets, with the weights for each. */
export function ExtremesPanel({
  onRobust,
  rows,
  analysis,
  pillars,
}: {
  onRobust: (patch: Partial<RobustView>) => void;
  rows: PlaceRow[];
  analysis: Robustness;
  /** Stable (from the static model), so the table below is rebuilt only when its inputs change. */
  pillars: { id: string; name: string }[];
}) {
  const { m, fill, pct } = useI18n();
  const { state } = analysis.extremes;
  const { lo, hi } = analysis.bounds;
  const set = (which: "lo" | "hi", x: number) => {
    const next = { lo, hi, [which]: x };
    if (next.lo <= next.hi) onRobust({ bounds: next });
  };
  const result = state.status === "done" ? state.result : null;
  const ms = state.status === "done" ? state.ms : null;
  const table = useMemo(() => {
    if (!result) return null;
    const names = new Map(rows.map((r) => [r.id, r]));
    const pillarName = (id: string) => pillars.find((p) => p.id === id)?.name ?? id;
    const extreme = (e: Extreme | null, children: { id: string }[]) => {
      if (!e) return <span className="text-gray-500">{m.robust.neverRanked}</span>;
      return (
        <span>
          <strong className="tabular-nums">
            {e.exact ? e.rank : `${Math.min(e.limit, e.rank)}–${Math.max(e.limit, e.rank)}`}
          </strong>{" "}
          <span className={e.exact ? "text-gray-600" : "font-semibold text-amber-800"}>
            ({e.exact ? m.robust.exact : m.robust.bound}
            {e.tie ? `, ${m.robust.tie}` : ""})
          </span>
          <span className="block text-xs text-gray-600">
            {children.map((c, k) => `${pillarName(c.id)} ${pct(e.shares[k]!, 1)}`).join(" · ")}
          </span>
        </span>
      );
    };
    return (
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="extremes-table" data-ms={ms?.toFixed(1) ?? ""}>
          <thead>
            <HeadRow labels={[m.robust.place, m.robust.now, m.robust.best, m.robust.worst]} />
          </thead>
          <tbody>
            <RevealedRows
              items={result.result.places
                .filter((p) => p.best || p.current !== null)
                .sort((a, b) => (a.current ?? 1e9) - (b.current ?? 1e9))}
              row={(p) => (
                <tr key={p.id} className="border-b border-gray-100 align-top" data-testid={`extremes-${p.id}`}>
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {names.get(p.id)?.name ?? p.id}
                    {p.sometimesExcluded && (
                      <span className="block text-xs text-gray-600">{m.robust.sometimesExcluded}</span>
                    )}
                  </th>
                  <td className="py-1 pr-2 tabular-nums">{p.current ?? "—"}</td>
                  <td className="py-1 pr-2" data-testid="best">
                    {extreme(p.best, result.children)}
                  </td>
                  <td className="py-1" data-testid="worst">
                    {extreme(p.worst, result.children)}
                  </td>
                </tr>
              )}
            />
          </tbody>
        </table>
      </div>
    );
  }, [result, ms, rows, pillars, m, pct]);

  return (
    <section aria-labelledby="extremes-title" className="space-y-3" data-testid="extremes-panel">
      <h3 id="extremes-title" className="font-semibold">
        {m.robust.extremesTitle}
      </h3>
      <p className="text-sm text-gray-700">{m.robust.extremesIntro}</p>
      <div className="flex flex-wrap gap-3 text-sm">
        <NumberField
          label={m.robust.lo}
          value={lo}
          min={0}
          max={100}
          step={5}
          testId="bounds-lo"
          onCommit={(x) => set("lo", x)}
        />
        <NumberField
          label={m.robust.hi}
          value={hi}
          min={0}
          max={100}
          step={5}
          testId="bounds-hi"
          onCommit={(x) => set("hi", x)}
        />
      </div>
      {!analysis.boxOk && (
        <p role="alert" className="text-sm text-red-800">
          {fill(m.robust.badBounds, { detail: `${lo}–${hi}%` })}
        </p>
      )}
      {state.status === "running" && <p className="text-sm text-gray-600">{m.robust.computing}</p>}
      {state.status === "error" && (
        <p role="alert" className="text-sm text-red-800">
          {fill(m.robust.error, { detail: state.message })}
        </p>
      )}
      {result && !result.result.exact && (
        <p className="text-sm font-medium text-amber-800" data-testid="extremes-bounds-note">
          {m.robust.boundNote}
        </p>
      )}
      {result && !result.result.userInBox && <p className="text-sm text-amber-800">{m.robust.userOutside}</p>}
      {result && result.aggregation !== "arithmetic" && (
        <p className="text-sm text-gray-700">
          {result.aggregation === "geometric" ? m.robust.geometricNote : m.robust.harmonicNote}
        </p>
      )}
      {table}
    </section>
  );
}
