"use client";

import { useI18n } from "@/components/i18n";
import { LineChart, PLACE_STYLES } from "@/components/trends/line-chart";
import { YearTable } from "@/components/trends/year-table";
import { rankTicks, type TrendModel } from "@/lib/time";

/** Rank and score over the years for the chosen places, and the same numbers as a table. */
export function TrendCharts({ model }: { model: TrendModel }) {
  const { m, fill, num, pct } = useI18n();
  const t = m.time.trends;
  const maxOf = Math.max(1, ...model.series.flatMap((s) => s.points.map((p) => p.of)));
  const pointTitle = (name: string, p: TrendModel["series"][number]["points"][number]) =>
    p.rank === null
      ? fill(t.gap, { name, year: p.year, reason: p.reason ?? "" })
      : fill(t.point, { name, year: p.year, rank: p.rank, of: p.of, score: num(p.score ?? 0) });
  const lines = (value: "rank" | "score") =>
    model.series.map((s, k) => ({
      id: s.id,
      name: s.name,
      ...PLACE_STYLES[k % PLACE_STYLES.length]!,
      points: s.points.map((p) => ({ x: p.year, y: p[value], title: pointTitle(s.name, p) })),
    }));
  const summary = model.series
    .map((s) => {
      const ranked = s.points.filter((p) => p.rank !== null);
      const first = ranked[0];
      const last = ranked[ranked.length - 1];
      return first && last
        ? `${pointTitle(s.name, first)}; ${pointTitle(s.name, last)}`
        : fill(t.gap, { name: s.name, year: model.years[model.years.length - 1] ?? "", reason: "—" });
    })
    .join(". ");

  return (
    <div className="space-y-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="trend-legend">
        {model.series.map((s, k) => {
          const st = PLACE_STYLES[k % PLACE_STYLES.length]!;
          return (
            <li key={s.id} className="flex items-center gap-1">
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  stroke={st.color}
                  strokeWidth="2"
                  strokeDasharray={st.dash || undefined}
                />
              </svg>
              {s.name}
            </li>
          );
        })}
        <li className="flex items-center gap-1 text-gray-600">
          <svg width="10" height="8" aria-hidden="true">
            <path d="M5,2l-4,6h8z" fill="#6b7280" />
          </svg>
          {t.changeMark}
        </li>
      </ul>
      <div className="grid gap-4 xl:grid-cols-2">
        <figure>
          <figcaption className="text-sm font-medium">{t.rankChart}</figcaption>
          <LineChart
            testId="trend-rank-chart"
            series={lines("rank")}
            xs={model.years}
            yDomain={[1, maxOf]}
            invertY
            yTicks={rankTicks(maxOf)}
            marks={model.changeYears}
            label={`${t.rankChart}. ${summary}`}
            yLabel={t.rankAxis}
          />
        </figure>
        <figure>
          <figcaption className="text-sm font-medium">{t.scoreChart}</figcaption>
          <LineChart
            testId="trend-score-chart"
            series={lines("score")}
            xs={model.years}
            yDomain={[0, 100]}
            yTicks={[0, 25, 50, 75, 100]}
            marks={model.changeYears}
            label={`${t.scoreChart}. ${summary}`}
            yLabel={t.scoreAxis}
            formatY={(y) => num(y, 0)}
          />
        </figure>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">{t.asTable}</summary>
        <YearTable
          years={model.years}
          places={model.series}
          caption={t.rankChart}
          testId="trend-table"
          cell={(s, i) => {
            const p = s.points[i]!;
            return p.rank === null ? (
              <span className="text-gray-600">— {p.reason}</span>
            ) : (
              <>
                {fill(t.ofN, { rank: p.rank, of: p.of })} · {num(p.score ?? 0)} · {pct(p.coverage)}
              </>
            );
          }}
        />
      </details>
    </div>
  );
}
