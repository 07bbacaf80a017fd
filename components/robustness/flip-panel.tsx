"use client";

import { useMemo } from "react";
import { useI18n } from "@/components/i18n";
import type { Robustness } from "@/components/robustness/use-robustness";
import { HeadRow } from "@/components/robustness/fields";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { flipShares, partsFor } from "@/lib/robustness";

/** Head to head: at which share of each pillar the two swap order, and the smallest figure change that swaps them. */
export function FlipPanel({
  pair,
  rows,
  analysis,
  pillarName,
  indicatorName,
}: {
  pair: [string, string];
  rows: PlaceRow[];
  analysis: Robustness;
  pillarName: (id: string) => string;
  indicatorName: (id: string) => string;
}) {
  const { m, fill, num, pct } = useI18n();
  const names = new Map(rows.map((r) => [r.id, r.name]));
  const shares = useMemo(() => {
    if (!analysis.input) return null;
    try {
      const parts = partsFor(analysis.input, analysis.options);
      const a = parts.places.findIndex((p) => p.id === pair[0]);
      const b = parts.places.findIndex((p) => p.id === pair[1]);
      if (a < 0 || b < 0 || parts.rank[a] === 0 || parts.rank[b] === 0) return null;
      return flipShares(parts, a, b);
    } catch {
      return null;
    }
  }, [analysis.input, analysis.options, pair]);
  const raw = analysis.flips.state;
  return (
    <section aria-labelledby="flip-title" className="mt-6 space-y-3" data-testid="flip-panel">
      <h3 id="flip-title" className="font-semibold">
        {m.robust.flipTitle}
      </h3>
      {shares && (
        <>
          <p className="text-sm text-gray-700">
            {fill(m.robust.flipIntro, { a: names.get(pair[0]) ?? pair[0], b: names.get(pair[1]) ?? pair[1] })}
          </p>
          <table className="text-sm" data-testid="flip-table">
            <thead>
              <HeadRow labels={[m.robust.flipNode, m.robust.flipCurrent, m.robust.flipAt]} />
            </thead>
            <tbody>
              {shares.map((f) => (
                <tr key={f.node} className="border-b border-gray-100" data-testid={`flip-${f.node}`}>
                  <th scope="row" className="py-1 pr-4 text-left font-normal">
                    {pillarName(f.node)}
                  </th>
                  <td className="py-1 pr-4 tabular-nums">{pct(f.current, 1)}</td>
                  <td className="py-1 tabular-nums">{f.flip === null ? m.robust.flipNever : pct(f.flip, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h4 className="text-sm font-semibold">{m.robust.rawTitle}</h4>
      {raw.status === "running" && <p className="text-sm text-gray-600">{m.robust.computing}</p>}
      {raw.status === "done" && (
        <ul className="space-y-0.5 text-sm" data-testid="raw-flips">
          {raw.result.result.rows.map((r) => (
            <li key={r.indicator}>
              <span className="font-medium">{indicatorName(r.indicator)}</span>:{" "}
              {r.change
                ? fill(m.robust.rawChange, {
                    place: names.get(r.change.place) ?? r.change.place,
                    from: num(r.change.from),
                    to: num(r.change.to),
                  })
                : r.reason === "no_figure"
                  ? m.robust.rawNoFigure
                  : m.robust.rawNever}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
