"use client";

import { useI18n } from "@/components/i18n";
import { figureText } from "@/lib/dashboard/figure-text";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { cn } from "@/lib/cn";

/** Indicators per printed part: two columns each (figure and score) beside rank and place fit a portrait A4 page. */
const PER_PART = 4;

/**
 * The full table on paper: a wide table would lose columns off the page edge, so it is split into parts that each
 * repeat rank and place. Part 1 holds the composite, coverage and pillars; the others a few indicators each.
 */
export function PrintTable({
  rows,
  pillars,
  indicators,
}: {
  rows: PlaceRow[];
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string }[];
}) {
  const { m, fill, num, pct } = useI18n();
  const parts: { id: string; name: string; unit: string }[][] = [];
  for (let i = 0; i < indicators.length; i += PER_PART) parts.push(indicators.slice(i, i + PER_PART));
  const total = parts.length + 1;
  const cell = "border border-gray-300 px-1 py-0.5 text-left align-top";
  const head = (part: number) => (
    <caption className="text-left text-xs font-semibold">{fill(m.print.tablePart, { part, parts: total })}</caption>
  );
  const lead = (r: PlaceRow) => (
    <>
      <td className={cell}>{r.rank ?? "—"}</td>
      <th scope="row" className={cell}>
        {r.name}
      </th>
    </>
  );
  return (
    <div className="hidden text-[8pt] print:block" data-testid="print-table">
      <table className="mb-3 w-full border-collapse break-inside-avoid">
        {head(1)}
        <thead>
          <tr>
            <th className={cell}>{m.ranking.rank}</th>
            <th className={cell}>{m.ranking.place}</th>
            <th className={cell}>{m.table.composite}</th>
            <th className={cell}>{m.table.coverage}</th>
            {pillars.map((p) => (
              <th key={p.id} className={cell}>
                {p.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {lead(r)}
              <td className={cell}>{r.score === null ? (r.reason ?? "—") : num(r.score)}</td>
              <td className={cell}>{pct(r.coverage)}</td>
              {pillars.map((p) => (
                <td key={p.id} className={cell}>
                  {r.pillars[p.id] == null ? "—" : num(r.pillars[p.id]!)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {parts.map((inds, k) => (
        <table key={k} className="mb-3 w-full border-collapse break-before-page">
          {head(k + 2)}
          <thead>
            <tr>
              <th className={cell}>{m.ranking.rank}</th>
              <th className={cell}>{m.ranking.place}</th>
              {inds.flatMap((i) => [
                <th key={`${i.id}-raw`} className={cell}>
                  {fill(m.table.raw, { name: i.name })} ({i.unit})
                </th>,
                <th key={`${i.id}-norm`} className={cell}>
                  {fill(m.table.norm, { name: i.name })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                {lead(r)}
                {inds.flatMap((i) => {
                  const raw = r.raw[i.id];
                  const v = raw?.scaled;
                  const norm = r.norm[i.id];
                  return [
                    <td key={`${i.id}-raw`} className={cell}>
                      {v == null || !raw?.provenance
                        ? "—"
                        : `${figureText(raw, m.figures, (x) => num(x, x % 1 === 0 ? 0 : 2), { scaled: true, secondaryMark: true })} (${raw.provenance.year})`}
                    </td>,
                    <td key={`${i.id}-norm`} className={cn(cell, norm?.imputed && "italic")}>
                      {norm?.value == null ? "—" : num(norm.value)}
                    </td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
