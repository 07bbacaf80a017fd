"use client";

import { useI18n } from "@/components/i18n";
import type { RestsOn } from "@/lib/dashboard/rests-on";

/** The vintage line and what the ranking rests on, said where the ranking is shown. */
export function RestsOnLine({ rests }: { rests: RestsOn }) {
  const { m, fill, num } = useI18n();
  const f = m.figures;
  const v = rests.vintage;
  const vintage = !v
    ? f.vintageNone
    : v.from === v.to
      ? fill(f.vintageOne, { from: String(v.from) })
      : fill(f.vintage, { from: String(v.from), to: String(v.to), median: String(v.median) });
  const c = rests.counts;
  return (
    <div className="space-y-1 text-sm text-gray-700">
      <p data-testid="vintage" className="font-medium">
        {vintage}
      </p>
      <p data-testid="rests-on" className="text-xs text-gray-600">
        <b>{f.restsOn}:</b>{" "}
        {fill(f.restsOnSummary, {
          total: num(rests.total, 0),
          exact: num(c.exact, 0),
          beyond: num(c.beyond_list, 0),
          range: num(c.range, 0),
          bound: num(c.lower_bound, 0),
          approx: num(c.approximate, 0),
          zero: num(c.absent_zero, 0),
          secondary: num(rests.secondary, 0),
        })}
      </p>
    </div>
  );
}
