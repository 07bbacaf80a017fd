"use client";

import { useI18n } from "@/components/i18n";
import { LabeledSelect } from "@/components/ui/labeled-select";
import { ReportedValue } from "@/components/table/reported-value";
import { headToHead } from "@/lib/dashboard/h2h";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { cn } from "@/lib/cn";
import { compareNames } from "@/lib/i18n/collate";

/** Two places indicator by indicator ("AI双城"): who leads, by how much, and what decides the composite gap. */
export function HeadToHead({
  rows,
  pair,
  onPair,
  pillars,
  indicators,
}: {
  rows: PlaceRow[];
  pair: [string, string];
  onPair: (pair: [string, string]) => void;
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string }[];
}) {
  const { m, fill, num, locale } = useI18n();
  const a = rows.find((r) => r.id === pair[0]);
  const b = rows.find((r) => r.id === pair[1]);
  const options = rows.map((r) => ({ id: r.id, name: r.name })).sort(compareNames(locale));
  if (!a || !b) return null;
  const h = headToHead(
    a,
    b,
    indicators.map((i) => i.id),
    pillars.map((p) => p.id),
  );
  const ind = new Map(indicators.map((i) => [i.id, i]));
  const pil = new Map(pillars.map((p) => [p.id, p]));
  const maxAbs = Math.max(1e-9, ...h.lines.map((l) => Math.abs(l.gapContribution)));
  const fmt = (x: number | null) => (x === null ? "—" : num(x));
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x))}`;

  return (
    <section aria-labelledby="h2h-title" className="space-y-4" data-testid="h2h-view">
      <h2 id="h2h-title" className="text-lg font-semibold">
        {m.h2h.title}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <LabeledSelect
          testId="h2h-a"
          label={m.h2h.left}
          value={a.id}
          options={options.filter((o) => o.id !== b.id).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => onPair([id, b.id])}
        />
        <button
          type="button"
          onClick={() => onPair([b.id, a.id])}
          className="rounded border border-gray-300 px-2 py-1 text-sm"
        >
          ⇄ {m.h2h.swap}
        </button>
        <LabeledSelect
          testId="h2h-b"
          label={m.h2h.right}
          value={b.id}
          options={options.filter((o) => o.id !== a.id).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(id) => onPair([a.id, id])}
        />
      </div>

      <div className="grid grid-cols-[1fr_auto_1fr] items-center gap-4 rounded border border-gray-200 p-4 text-center">
        <div>
          <div className="text-lg font-semibold">{a.name}</div>
          <div className="text-3xl tabular-nums">{fmt(a.score)}</div>
          <div className="text-xs text-gray-600">#{a.rank ?? "—"}</div>
        </div>
        <div className="text-sm" data-testid="h2h-verdict">
          {h.leader ? fill(m.h2h.leads, { name: h.leader === "a" ? a.name : b.name }) : m.h2h.tie}
          {h.gap !== null && (
            <div className="text-xs text-gray-600">
              {m.h2h.gap}: {num(Math.abs(h.gap))}
            </div>
          )}
        </div>
        <div>
          <div className="text-lg font-semibold">{b.name}</div>
          <div className="text-3xl tabular-nums">{fmt(b.score)}</div>
          <div className="text-xs text-gray-600">#{b.rank ?? "—"}</div>
        </div>
      </div>

      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="h2h-table">
          <caption className="mb-1 text-left text-sm font-medium">{m.h2h.decides}</caption>
          <thead>
            <tr className="border-b border-gray-300 text-left text-xs">
              <th scope="col" className="py-1 pr-3">
                {m.compare.indicator}
              </th>
              <th scope="col" className="py-1 pr-3">
                {a.name} ({m.h2h.raw})
              </th>
              <th scope="col" className="py-1 pr-3">
                {b.name} ({m.h2h.raw})
              </th>
              <th scope="col" className="py-1 pr-3">
                {m.h2h.normalized}
              </th>
              <th scope="col" className="py-1 pr-3">
                {m.h2h.contribution}
              </th>
            </tr>
          </thead>
          <tbody>
            {h.pillars.map((p) => (
              <tr key={p.pillar} className="border-b border-gray-100 bg-gray-50 font-medium">
                <th scope="row" className="py-1 pr-3 text-left">
                  {pil.get(p.pillar)?.name ?? p.pillar}
                </th>
                <td className="py-1 pr-3" colSpan={2} />
                <td className="py-1 pr-3 tabular-nums">
                  {fmt(p.a)} : {fmt(p.b)}
                </td>
                <td className="py-1 pr-3 tabular-nums">{signed(p.gapContribution)}</td>
              </tr>
            ))}
            {h.lines.map((l) => {
              const i = ind.get(l.indicator);
              const ra = a.raw[l.indicator];
              const rb = b.raw[l.indicator];
              const w = (Math.abs(l.gapContribution) / maxAbs) * 100;
              return (
                <tr key={l.indicator} className="border-b border-gray-100" data-indicator={l.indicator}>
                  <th scope="row" className="py-1 pr-3 text-left font-normal">
                    {i?.name ?? l.indicator} <span className="text-xs text-gray-500">({i?.unit})</span>
                  </th>
                  <td className={cn("py-1 pr-3 tabular-nums", l.leader === "a" && "font-semibold")}>
                    <ReportedValue cell={ra} />
                  </td>
                  <td className={cn("py-1 pr-3 tabular-nums", l.leader === "b" && "font-semibold")}>
                    <ReportedValue cell={rb} />
                  </td>
                  <td className="py-1 pr-3 tabular-nums">
                    {l.a === null && l.b === null ? (
                      <span className="text-gray-500">{m.h2h.bothMissing}</span>
                    ) : (
                      <>
                        {fmt(l.a)} : {fmt(l.b)}
                        {l.leader && (
                          <span className="ml-1 text-xs text-gray-600">
                            ({fill(m.h2h.leads, { name: l.leader === "a" ? a.name : b.name })})
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td className="py-1 pr-3">
                    <div className="flex items-center gap-2">
                      <span className="w-14 text-right tabular-nums">{signed(l.gapContribution)}</span>
                      <span className="relative h-2 w-32 bg-gray-100" aria-hidden>
                        <span
                          className={cn(
                            "absolute inset-y-0",
                            l.gapContribution >= 0 ? "left-1/2 bg-[var(--series-1)]" : "right-1/2 bg-[var(--series-6)]",
                          )}
                          style={{ width: `${w / 2}%` }}
                        />
                      </span>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
