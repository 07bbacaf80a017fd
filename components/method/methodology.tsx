"use client";

import { useI18n } from "@/components/i18n";
import type { SourceGrade } from "@/lib/data/types";
import { MEAN_FLOOR } from "@/lib/scoring/aggregate-node";
import type { Aggregation, MissingPolicy, Normalization, Scale } from "@/lib/view/options";

const GRADES: readonly SourceGrade[] = ["official", "publisher", "media", "repost"];

type MethodSource = {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url: string;
  covers: string;
  grade?: SourceGrade;
};

export interface MethodologyProps {
  normalization: Normalization;
  overrides: { indicator: string; method: Normalization }[];
  aggregation: Aggregation | null;
  missing: MissingPolicy;
  coverageThreshold: number;
  rankDecimals: number | null;
  scale: Scale;
  /** A geometric or harmonic mean is in force somewhere, so the floor applies. */
  floored: boolean;
  pillars: { id: string; name: string; share: number; indicators: { id: string; name: string; share: number }[] }[];
  sources: MethodSource[];
  dataVersion: string;
  synthetic: boolean;
}

/** States the formulas in force for the current view, the weights, the sources and the data version. */
export function Methodology(p: MethodologyProps) {
  const { m, fill, pct } = useI18n();
  const t = m.methodology;
  const f = t.formulas;
  return (
    <section aria-labelledby="methodology-title" className="max-w-3xl space-y-4 text-sm" data-testid="methodology">
      <h2 id="methodology-title" className="text-lg font-semibold">
        {t.title}
      </h2>
      <p>{fill(m.app.dataVersion, { version: p.dataVersion })}</p>
      <h3 className="font-semibold">{t.steps}</h3>
      <ol className="list-decimal space-y-2 pl-5">
        <li>
          <b>{t.transform}</b> {f.scale[p.scale]}
        </li>
        <li>
          <b>{t.normalize}</b> {m.methodNames.normalization[p.normalization]}:{" "}
          <code className="rounded bg-gray-100 px-1">{f.normalization[p.normalization]}</code> {f.direction}
          {p.overrides.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {p.overrides.map((o) => (
                <li key={o.indicator}>
                  {o.indicator}
                  {m.common.colon}
                  {m.methodNames.normalization[o.method]}
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <b>{t.missing}</b> {f.missing[p.missing]}{" "}
          {p.coverageThreshold > 0 && fill(f.threshold, { pct: `${p.coverageThreshold}%` })}
        </li>
        <li>
          <b>{t.aggregate}</b>{" "}
          {p.aggregation ? (
            <code className="rounded bg-gray-100 px-1">{f.aggregation[p.aggregation]}</code>
          ) : (
            f.frameworkAggregation
          )}{" "}
          {f.weights}
          {p.floored && (
            <span className="mt-1 block" data-testid="methodology-floor">
              {fill(f.floor, { floor: MEAN_FLOOR })}
            </span>
          )}
        </li>
        <li>
          <b>{t.rank}</b> {f.rank} {p.rankDecimals !== null && fill(f.rankRounded, { decimals: p.rankDecimals })}
        </li>
      </ol>
      <h3 className="font-semibold">{t.weightsInForce}</h3>
      <ul className="space-y-1">
        {p.pillars.map((pl) => (
          <li key={pl.id}>
            <b>{pl.name}</b> {pct(pl.share, 1)}
            <span className="text-gray-600">
              {" "}
              — {pl.indicators.map((i) => `${i.name} ${pct(i.share, 1)}`).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">{p.synthetic ? t.sources : m.figures.byGrade}</h3>
      {p.synthetic ? (
        <p>{m.app.synthetic}</p>
      ) : (
        <div data-testid="sources-list" className="space-y-3">
          <p className="text-gray-600">{m.figures.secondaryHelp}</p>
          {[...GRADES, null].map((grade) => {
            const list = p.sources.filter((s) => (s.grade ?? null) === grade);
            if (list.length === 0) return null;
            return (
              <div key={grade ?? "ungraded"} data-grade={grade ?? "ungraded"}>
                {grade && (
                  <h4 className="font-medium">
                    {m.figures.grade}
                    {m.common.colon}
                    {m.figures.grades[grade]} ({list.length})
                  </h4>
                )}
                <ol className="list-decimal space-y-1 pl-5">
                  {list.map((s) => (
                    <li key={s.id}>
                      {s.publisher}
                      {m.common.comma}
                      <i>{s.title}</i>
                      {s.date && `${m.common.comma}${s.date}`}
                      {m.common.period}{" "}
                      {s.url && (
                        <a href={s.url} className="break-all text-blue-800 underline" rel="noreferrer noopener">
                          {s.url}
                        </a>
                      )}{" "}
                      <span className="text-gray-600">{s.covers}</span>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </div>
      )}
      <p className="text-gray-600">{t.reference}</p>
    </section>
  );
}
