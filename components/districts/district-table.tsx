"use client";

import { useI18n } from "@/components/i18n";
import { ReportedValue } from "@/components/table/reported-value";
import type { DistrictLine } from "@/lib/dashboard/districts";
import type { PlaceRow } from "@/lib/dashboard/rows";

/**
 * The district view's table (issue 16): each district with its city and code, and per count its figure (with its
 * provenance), the filings since cancelled, and its share of its city on the same edition. Then, for districts that
 * report figures of their own (Haidian's scholars, firms, funds), those figures as context, never compared.
 */
export function DistrictTable({
  lines,
  rows,
  indicators,
}: {
  lines: DistrictLine[];
  rows: PlaceRow[];
  indicators: { id: string; name: string; unit: string; context?: boolean }[];
}) {
  const { m, fill, num, pct } = useI18n();
  const d = m.districts;
  if (lines.length === 0) return null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ind = new Map(indicators.map((i) => [i.id, i]));
  const measures = lines[0]!.measures.map((x) => x.indicator);
  const context = indicators.filter((i) => i.context);
  const withContext = lines
    .map((l) => ({ line: l, figures: context.filter((i) => byId.get(l.id)?.raw[i.id]?.value != null) }))
    .filter((x) => x.figures.length > 0);

  return (
    <section aria-labelledby="districts-title" className="space-y-3" data-testid="district-table">
      <h3 id="districts-title" className="text-base font-semibold">
        {d.title}
      </h3>
      <p className="text-sm text-gray-700">{d.intro}</p>
      <div className="relative overflow-x-auto">
        <table className="min-w-full text-sm">
          <caption className="mb-1 text-left text-xs text-gray-600">{d.caption}</caption>
          <thead>
            <tr className="border-b border-gray-300 text-left text-xs">
              <th scope="col" className="py-1 pr-3">
                #
              </th>
              <th scope="col" className="py-1 pr-3">
                {d.district}
              </th>
              <th scope="col" className="py-1 pr-3">
                {d.city}
              </th>
              {measures.map((id) => (
                <th key={id} scope="col" className="py-1 pr-3">
                  {ind.get(id)?.name ?? id} <span className="font-normal text-gray-600">({ind.get(id)?.unit})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id} className="border-b border-gray-100 align-top" data-place={l.id}>
                <td className="py-1 pr-3 tabular-nums">{l.rank ?? "—"}</td>
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {l.name}
                  {l.division && <span className="ml-1 text-xs font-normal text-gray-600">{l.division}</span>}
                </th>
                <td className="py-1 pr-3">{l.city?.name ?? "—"}</td>
                {l.measures.map((x) => (
                  <td key={x.indicator} className="py-1 pr-3 tabular-nums" data-indicator={x.indicator}>
                    <ReportedValue cell={byId.get(l.id)?.raw[x.indicator]} />
                    <div className="text-xs text-gray-600">
                      {x.share !== null && l.city && (
                        <span data-testid="city-share">
                          {fill(d.share, { share: pct(x.share, 1), city: l.city.name })}
                        </span>
                      )}
                      {x.cancelled !== null && x.cancelled > 0 && (
                        <span className="ml-2" title={d.cancelledHelp}>
                          {fill(d.cancelled, { n: num(x.cancelled, 0) })}
                        </span>
                      )}
                    </div>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {withContext.map(({ line, figures }) => (
        <div
          key={line.id}
          className="rounded border border-gray-200 p-3 text-sm"
          data-testid="district-context"
          data-place={line.id}
        >
          <h4 className="font-medium">
            {line.name}: {d.context}
          </h4>
          <p className="text-xs text-gray-600">{fill(d.contextHelp, { name: line.name })}</p>
          <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] gap-x-4 gap-y-1">
            {figures.map((i) => (
              <div key={i.id} className="contents">
                <dt>
                  {i.name} <span className="text-xs text-gray-600">({i.unit})</span>
                </dt>
                <dd className="tabular-nums">
                  <ReportedValue cell={byId.get(line.id)?.raw[i.id]} showYear />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
