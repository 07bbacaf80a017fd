"use client";

import { useId } from "react";
import { useI18n, useSourceText } from "@/components/i18n";
import type { ChangesModel } from "@/lib/time";

/**
 * What changed between an earlier year (`yr2`) and the as-of year: the editions that changed, then every place with
 * its rank in both years, the move, the score change and the indicators that moved it.
 */
export function WhatChanged({
  model,
  options,
  since,
  onSince,
}: {
  model: ChangesModel | null;
  /** Years that can be compared with (before the as-of year), latest first. */
  options: number[];
  since: number | null;
  onSince: (year: number | null) => void;
}) {
  const { m, fill, num } = useI18n();
  const own = useSourceText();
  const t = m.time.changes;
  const selectId = useId();
  // One decimal on screen: a change that rounds to 0.0 is shown as 0.0, without a sign, and is no driver.
  const shown = (x: number) => Math.abs(x) >= 0.05;
  const signed = (x: number) => (shown(x) ? `${x > 0 ? "+" : "−"}${num(Math.abs(x))}` : num(0));
  return (
    <section aria-labelledby="changes-title" className="space-y-3" data-testid="what-changed">
      <h3 id="changes-title" className="text-base font-semibold">
        {t.title}
      </h3>
      {options.length === 0 ? (
        <p className="text-sm text-gray-700">{t.noEarlier}</p>
      ) : (
        <div className="flex flex-col gap-0.5 sm:max-w-xs print:hidden">
          <label htmlFor={selectId} className="text-xs text-gray-700">
            {t.from}
          </label>
          <select
            id={selectId}
            data-testid="changes-since"
            value={model ? String(model.from) : ""}
            onChange={(e) => onSince(e.currentTarget.value === "" ? null : Number(e.currentTarget.value))}
            className="rounded border border-gray-300 px-2 py-1 text-sm"
          >
            {since === null && !model && <option value="">{t.pick}</option>}
            {options.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
      {!model ? (
        options.length > 0 && <p className="text-sm text-gray-700">{t.nothing}</p>
      ) : (
        <>
          <p className="max-w-3xl text-sm text-gray-700">{fill(t.intro, { from: model.from, to: model.to })}</p>
          <div className="text-sm" data-testid="edition-changes">
            <p className="font-medium">{fill(t.editionsTitle, { from: model.from, to: model.to })}</p>
            {model.editions.length === 0 ? (
              <p className="text-gray-700">{t.editionsNone}</p>
            ) : (
              <ul className="list-disc pl-5 text-gray-800">
                {model.editions.map((e) => (
                  <li key={e.id}>
                    {e.before === null
                      ? fill(t.editionNew, { name: e.name, edition: own(e.after) })
                      : fill(t.editionNext, { name: e.name, before: own(e.before), after: own(e.after) })}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="relative overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="changes-table">
              <caption className="sr-only">{t.title}</caption>
              <thead>
                <tr className="border-b border-gray-300 text-left">
                  <th scope="col" className="py-1 pr-3">
                    {t.place}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {fill(t.rankBefore, { year: model.from })}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {fill(t.rankAfter, { year: model.to })}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.moved}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.scoreChange}
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    {t.drivers}
                  </th>
                </tr>
              </thead>
              <tbody>
                {model.places.map((p) => (
                  <tr key={p.id} className="border-b border-gray-100 align-top" data-place={p.id}>
                    <th scope="row" className="py-1 pr-3 text-left font-medium">
                      {p.name}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">{p.before.rank ?? t.unranked}</td>
                    <td className="py-1 pr-3 tabular-nums">{p.after.rank ?? t.unranked}</td>
                    <td className="py-1 pr-3 whitespace-nowrap tabular-nums">
                      {p.rankChange === null
                        ? "—"
                        : p.rankChange > 0
                          ? fill(t.up, { n: p.rankChange })
                          : p.rankChange < 0
                            ? fill(t.down, { n: -p.rankChange })
                            : t.same}
                    </td>
                    <td className="py-1 pr-3 tabular-nums">{p.scoreChange === null ? "—" : signed(p.scoreChange)}</td>
                    <td className="py-1 pr-3">
                      {p.rankChange === null ? (
                        <span className="text-gray-700">{p.after.reason ?? p.before.reason}</span>
                      ) : !p.drivers.some((d) => shown(d.delta)) ? (
                        <span className="text-gray-700">{p.rankChange === 0 ? t.noChange : t.noDrivers}</span>
                      ) : (
                        <ul>
                          {p.drivers
                            .filter((d) => shown(d.delta))
                            .slice(0, 3)
                            .map((d) => (
                              <li key={d.node}>
                                {fill(t.driver, {
                                  name: model.indicatorNames[d.node] ?? d.node,
                                  delta: signed(d.delta),
                                })}
                              </li>
                            ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
