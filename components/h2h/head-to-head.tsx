"use client";

import { useI18n } from "@/components/i18n";
import { LabeledSelect } from "@/components/ui/labeled-select";
import { ReportedValue } from "@/components/table/reported-value";
import type { WeightNode } from "@/lib/dashboard/effective-weights";
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
  nodes,
  districts = [],
  onShowDistricts,
}: {
  rows: PlaceRow[];
  pair: [string, string];
  onPair: (pair: [string, string]) => void;
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string; context?: boolean }[];
  /** The framework with the weights in force, for each place's effective weights. */
  nodes: readonly WeightNode[];
  /** Districts of either city of the pair, when the view shows cities only: offered as context beside both. */
  districts?: { id: string; name: string }[];
  onShowDistricts?: () => void;
}) {
  const { m, fill, num, pct, locale } = useI18n();
  const a = rows.find((r) => r.id === pair[0]);
  const b = rows.find((r) => r.id === pair[1]);
  const options = rows.map((r) => ({ id: r.id, name: r.name })).sort(compareNames(locale));
  if (!a || !b) return null;
  const h = headToHead(
    a,
    b,
    indicators.filter((i) => !i.context).map((i) => i.id),
    pillars.map((p) => p.id),
    nodes,
  );
  // Context indicators are shown where either place has a figure, never scored or compared as a lead.
  const context = indicators.filter((i) => i.context && (a.raw[i.id]?.value != null || b.raw[i.id]?.value != null));
  const ind = new Map(indicators.map((i) => [i.id, i]));
  const pil = new Map(pillars.map((p) => [p.id, p]));
  const maxAbs = Math.max(1e-9, ...[...h.lines, ...h.oneSided].map((l) => Math.abs(l.gapContribution)));
  const fmt = (x: number | null) => (x === null ? "—" : num(x));
  /** A normalized score, marked ⁱ (by CSS, so copied text stays a number) when it is imputed. */
  const normOf = (row: PlaceRow, id: string, x: number | null) =>
    row.norm[id]?.imputed && x !== null ? (
      <span className="italic after:ml-px after:content-['ⁱ']" title={m.table.imputed} data-imputed>
        {num(x)}
      </span>
    ) : (
      fmt(x)
    );
  const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : "±"}${num(Math.abs(x))}`;
  const showGap = h.gap !== null;
  const nameOf = (side: "a" | "b") => (side === "a" ? a.name : b.name);
  const label = (id: string) => {
    const i = ind.get(id);
    return i ? fill(m.common.withUnit, { name: i.name, unit: i.unit }) : id;
  };
  const verdict =
    h.noComposite.length === 2
      ? m.h2h.noCompositeBoth
      : h.noComposite.length === 1
        ? fill(m.h2h.noComposite, {
            name: nameOf(h.noComposite[0]!),
            reason: (h.noComposite[0] === "a" ? a : b).reason ?? m.h2h.noCompositeShort,
          })
        : h.leader
          ? fill(m.h2h.leads, { name: nameOf(h.leader) })
          : m.h2h.tie;
  const gapBar = (x: number) => (
    <div className="flex items-center gap-2">
      <span className="w-14 text-right tabular-nums">{signed(x)}</span>
      <span className="relative h-2 w-32 bg-gray-100" aria-hidden>
        <span
          className={cn(
            "absolute inset-y-0",
            x >= 0 ? "left-1/2 bg-[var(--series-1)]" : "right-1/2 bg-[var(--series-6)]",
          )}
          style={{ width: `${((Math.abs(x) / maxAbs) * 100) / 2}%` }}
        />
      </span>
    </div>
  );
  const th = "py-1 pr-3";

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
        {[a, b].map((r, k) => (
          <div key={r.id} className={k === 0 ? "order-1" : "order-3"}>
            <div className="text-lg font-semibold [overflow-wrap:anywhere]">
              {r.name}
              {r.level === "district" && a.level !== b.level && (
                <span className="ml-1 text-amber-700" title={m.table.warnMixedLevels}>
                  ⚠<span className="sr-only"> {m.table.warnMixedLevels}</span>
                </span>
              )}
            </div>
            <div className="text-3xl tabular-nums">{r.score === null ? m.h2h.noCompositeShort : num(r.score)}</div>
            <div className="text-xs text-gray-600">#{r.rank ?? "—"}</div>
          </div>
        ))}
        <div className="order-2 max-w-[14rem] text-sm" data-testid="h2h-verdict">
          {verdict}
          {h.gap !== null && (
            <div className="text-xs text-gray-600">
              {m.h2h.gap}
              {m.common.colon}
              {num(Math.abs(h.gap))}
            </div>
          )}
        </div>
      </div>

      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm" data-testid="h2h-table">
          <caption className="mb-1 text-left text-sm font-medium">
            {m.h2h.decides}
            {h.weightsDiffer && (
              <span className="block text-xs font-normal text-gray-600" data-testid="h2h-weights-differ">
                {m.h2h.weightsDiffer}
              </span>
            )}
          </caption>
          <thead>
            <tr className="border-b border-gray-300 text-left text-xs">
              <th scope="col" className={th}>
                {m.compare.indicator}
              </th>
              <th scope="col" className={th}>
                {fill(m.common.paren, { text: a.name, note: m.h2h.raw })}
              </th>
              <th scope="col" className={th}>
                {fill(m.common.paren, { text: b.name, note: m.h2h.raw })}
              </th>
              <th scope="col" className={th}>
                {m.h2h.normalized}
              </th>
              {h.weightsDiffer && (
                <>
                  <th scope="col" className={th}>
                    {fill(m.h2h.weightFor, { name: a.name })}
                  </th>
                  <th scope="col" className={th}>
                    {fill(m.h2h.weightFor, { name: b.name })}
                  </th>
                </>
              )}
              {showGap && (
                <th scope="col" className={th}>
                  {m.h2h.contribution}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {h.pillars.map((p) => (
              <tr key={p.pillar} className="border-b border-gray-100 bg-gray-50 font-medium">
                <th scope="row" className={cn(th, "text-left")}>
                  {pil.get(p.pillar)?.name ?? p.pillar}
                </th>
                <td className={th} colSpan={2} />
                <td className={cn(th, "tabular-nums")}>
                  {fmt(p.a)} : {fmt(p.b)}
                </td>
                {h.weightsDiffer && <td className={th} colSpan={2} />}
                {showGap && <td className={cn(th, "tabular-nums")}>{signed(p.gapContribution)}</td>}
              </tr>
            ))}
            {h.lines.map((l) => (
              <tr key={l.indicator} className="border-b border-gray-100" data-indicator={l.indicator}>
                <th scope="row" className={cn(th, "text-left font-normal")}>
                  {label(l.indicator)}
                </th>
                <td className={cn(th, "tabular-nums", l.leader === "a" && "font-semibold")}>
                  <ReportedValue cell={a.raw[l.indicator]} />
                </td>
                <td className={cn(th, "tabular-nums", l.leader === "b" && "font-semibold")}>
                  <ReportedValue cell={b.raw[l.indicator]} />
                </td>
                <td className={cn(th, "tabular-nums")}>
                  {normOf(a, l.indicator, l.a)} : {normOf(b, l.indicator, l.b)}
                  {l.leader && (
                    <span className="ml-1 text-xs text-gray-600">
                      {fill(m.common.paren, { text: "", note: fill(m.h2h.leads, { name: nameOf(l.leader) }) }).trim()}
                    </span>
                  )}
                </td>
                {h.weightsDiffer && (
                  <>
                    <td className={cn(th, "tabular-nums")}>{l.weightA === null ? "—" : pct(l.weightA, 1)}</td>
                    <td className={cn(th, "tabular-nums")}>{l.weightB === null ? "—" : pct(l.weightB, 1)}</td>
                  </>
                )}
                {showGap && <td className={th}>{gapBar(l.gapContribution)}</td>}
              </tr>
            ))}
            {context.map((i) => (
              <tr key={i.id} className="border-b border-gray-100" data-indicator={i.id}>
                <th scope="row" className={cn(th, "text-left font-normal")}>
                  {label(i.id)}
                </th>
                <td className={cn(th, "tabular-nums")}>
                  <ReportedValue cell={a.raw[i.id]} />
                </td>
                <td className={cn(th, "tabular-nums")}>
                  <ReportedValue cell={b.raw[i.id]} />
                </td>
                <td
                  className={cn(th, "text-xs text-gray-500")}
                  colSpan={1 + (h.weightsDiffer ? 2 : 0) + (showGap ? 1 : 0)}
                  title={m.figures.contextHelp}
                >
                  {m.figures.context}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {h.oneSided.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="h2h-one-sided">
            <caption className="mb-1 text-left text-sm font-medium">
              {m.h2h.oneSided}
              <span className="block text-xs font-normal text-gray-600">{m.h2h.oneSidedHelp}</span>
            </caption>
            <thead>
              <tr className="border-b border-gray-300 text-left text-xs">
                <th scope="col" className={th}>
                  {m.compare.indicator}
                </th>
                <th scope="col" className={th}>
                  {m.h2h.raw}
                </th>
                <th scope="col" className={th}>
                  {m.h2h.normalized}
                </th>
                {showGap && (
                  <th scope="col" className={th}>
                    {m.h2h.contribution}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {h.oneSided.map((l) => (
                <tr key={l.indicator} className="border-b border-gray-100" data-indicator={l.indicator}>
                  <th scope="row" className={cn(th, "text-left font-normal")}>
                    {label(l.indicator)}
                  </th>
                  <td className={cn(th, "tabular-nums")}>
                    <span className="mr-1 text-xs text-gray-600">{fill(m.h2h.onlyOne, { name: nameOf(l.side) })}</span>
                    <ReportedValue cell={(l.side === "a" ? a : b).raw[l.indicator]} />
                  </td>
                  <td className={cn(th, "tabular-nums")}>
                    {l.side === "a" ? normOf(a, l.indicator, l.a) : normOf(b, l.indicator, l.b)}
                  </td>
                  {showGap && <td className={th}>{gapBar(l.gapContribution)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {h.neither.length > 0 && (
        <p className="text-sm text-gray-600" data-testid="h2h-neither">
          {fill(m.h2h.neither, { names: h.neither.map((id) => ind.get(id)?.name ?? id).join(m.common.listSep) })}
        </p>
      )}
      {districts.length > 0 && onShowDistricts && (
        // A district's own figures (firms, scholars, funds) are not comparable with a city's: never in the duel, but
        // one click puts them beside both cities in the compare view, marked.
        <div className="rounded border border-gray-200 p-2 text-sm" data-testid="h2h-districts">
          <p className="text-gray-700">
            {fill(m.h2h.districts, { names: districts.map((d) => `${d.name} ⚠`).join(m.common.listSep) })}
          </p>
          <button
            type="button"
            onClick={onShowDistricts}
            className="mt-1 rounded border border-gray-300 px-2 py-1 text-sm hover:bg-gray-50"
          >
            {fill(m.h2h.showDistricts, { a: a.name, b: b.name })}
          </button>
        </div>
      )}
    </section>
  );
}
