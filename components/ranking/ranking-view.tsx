"use client";

import { useDeferredValue } from "react";
import { useI18n } from "@/components/i18n";
import { RankingChart, type SeriesDef } from "@/components/ranking/ranking-chart";
import type { PlaceRow } from "@/lib/dashboard/rows";

const ordinalEn = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? `${n}th` : `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;

/** The composite ranking: stacked bars by pillar contribution with coverage, a text summary, and who is unranked. */
export function RankingView({ rows, series, stacked }: { rows: PlaceRow[]; series: SeriesDef[]; stacked: boolean }) {
  const { m, fill, num, locale } = useI18n();
  // Typing in a weight keeps the controls instant; the chart follows as soon as React has a moment.
  const deferred = useDeferredValue(rows);
  const ranked = deferred.filter((r) => r.status === "ranked" && r.score !== null);
  const unranked = deferred.filter((r) => r.status !== "ranked" || r.score === null);
  const ord = (n: number) => (locale === "zh" ? `第${n}` : ordinalEn(n));
  const summary = ranked
    .slice(0, 3)
    .map((r) => fill(m.ranking.summaryMore, { name: r.name, rank: ord(r.rank ?? 0), score: num(r.score ?? 0) }))
    .join(" ");

  return (
    <section aria-labelledby="ranking-title" className="space-y-3" data-testid="ranking-view">
      <h2 id="ranking-title" className="text-lg font-semibold">
        {m.ranking.title}
      </h2>
      <p className="text-sm text-gray-700" data-testid="ranking-summary">
        {summary}
      </p>
      <figure>
        <RankingChart
          stacked={stacked}
          series={series}
          rows={ranked.map((r) => ({
            id: r.id,
            label: `${r.rank}. ${r.name}`,
            score: r.score ?? 0,
            coverage: r.coverage,
            contributions: r.contributions,
          }))}
        />
        <figcaption className="sr-only">{summary}</figcaption>
      </figure>
      <ol className="sr-only" aria-label={m.ranking.title}>
        {ranked.map((r) => (
          <li key={r.id}>
            {r.rank}. {r.name} {num(r.score ?? 0)}
          </li>
        ))}
      </ol>
      <div data-testid="unranked">
        <h3 className="text-sm font-semibold">{m.ranking.unranked}</h3>
        {unranked.length === 0 ? (
          <p className="text-sm text-gray-600">{m.ranking.unrankedNone}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm text-gray-700">
            {unranked.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.name}</span>: {r.reason ?? m.missing.belowCoverage}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
