"use client";

import { useI18n } from "@/components/i18n";
import { LineChart, PLACE_STYLES } from "@/components/trends/line-chart";
import { YearTable } from "@/components/trends/year-table";
import { rankTicks, valueTicks, type IndicatorHistory } from "@/lib/time";

/**
 * One small chart per indicator: every edition's figure for each chosen place, with its rank among the places in
 * view that have a figure in that edition; a table of the same numbers under each chart.
 */
export function IndicatorMultiples({ indicators, without }: { indicators: IndicatorHistory[]; without: string[] }) {
  const { m, fill, num, locale } = useI18n();
  const t = m.time.trends;
  return (
    <section aria-labelledby="multiples-title" className="space-y-2" data-testid="indicator-multiples">
      <h3 id="multiples-title" className="text-base font-semibold">
        {t.indicatorsTitle}
      </h3>
      <p className="max-w-3xl text-sm text-gray-700">{t.indicatorsIntro}</p>
      {without.length > 0 && (
        <p className="max-w-3xl text-sm text-gray-700" data-testid="multiples-without">
          {fill(t.without, { names: without.join(locale === "zh" ? "、" : ", ") })}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {indicators.map((ind) => {
          const values = ind.places.flatMap((p) => p.points.map((q) => q.value)).filter((v): v is number => v !== null);
          const hi = values.length ? Math.max(...values) : 1;
          const lo = values.length ? Math.min(...values) : 0;
          const maxRank = Math.max(1, hi);
          const title = (name: string, q: IndicatorHistory["places"][number]["points"][number]) =>
            q.text === null
              ? `${name}, ${q.year}: ${t.noFigure}`
              : `${name}, ${q.year}: ${q.text}${q.rank === null ? "" : ` (${fill(t.rankAmong, { rank: q.rank, of: q.of })})`}`;
          return (
            <figure key={ind.id} className="rounded border border-gray-200 p-2" data-indicator={ind.id}>
              <figcaption className="text-sm font-medium">
                {ind.name}{" "}
                <span className="text-xs font-normal text-gray-600">
                  ({ind.unit}
                  {ind.lowerIsBetter ? `; ${t.lowerBetter}` : ""})
                </span>
              </figcaption>
              {ind.years.length === 0 ? (
                <p className="text-xs text-gray-600">{t.noEditions}</p>
              ) : (
                <>
                  <LineChart
                    series={ind.places.map((p, k) => ({
                      id: p.id,
                      name: p.name,
                      ...PLACE_STYLES[k % PLACE_STYLES.length]!,
                      points: p.points.map((q) => ({ x: q.year, y: q.value, title: title(p.name, q) })),
                    }))}
                    xs={ind.years}
                    yDomain={ind.lowerIsBetter ? [1, maxRank] : [Math.min(0, lo), valueTicks(lo, hi).at(-1)!]}
                    invertY={ind.lowerIsBetter}
                    yTicks={ind.lowerIsBetter ? rankTicks(maxRank) : valueTicks(lo, hi)}
                    width={320}
                    height={150}
                    fontSize={11}
                    label={ind.name}
                    yLabel=""
                    formatY={(y) => num(y, y % 1 === 0 ? 0 : 1)}
                  />
                  <YearTable
                    compact
                    years={ind.years}
                    places={ind.places}
                    caption={ind.name}
                    cell={(p, i) => {
                      const q = p.points[i]!;
                      return q.text === null ? (
                        <span className="text-gray-600">—</span>
                      ) : (
                        <>
                          {q.text}
                          {q.rank !== null && (
                            <span className="text-gray-600"> · {fill(t.rankAmong, { rank: q.rank, of: q.of })}</span>
                          )}
                        </>
                      );
                    }}
                  />
                </>
              )}
            </figure>
          );
        })}
      </div>
    </section>
  );
}
