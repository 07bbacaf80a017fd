"use client";

import { useI18n } from "@/components/i18n";
import type { IndicatorAbout } from "@/components/weights/indicator-about";
import { WeightInput } from "@/components/weights/weight-input";

export interface WeightTreePillar {
  id: string;
  name: string;
  indicators: { id: string; name: string; about?: IndicatorAbout }[];
}

export interface WeightPreset {
  id: string;
  label: string;
}

/**
 * The OECD Better Life Index's transparent scale: rate each pillar and indicator 0–10; a weight is the rating divided
 * by the sum of its siblings' ratings. The resulting percentages are shown beside every control.
 */
export function WeightsPanel({
  pillars,
  ratings,
  presets,
  activePreset,
  onRate,
  onReset,
  onEqual,
  onPreset,
  leftOut = null,
}: {
  pillars: WeightTreePillar[];
  ratings: Record<string, number>;
  presets: WeightPreset[];
  activePreset: string | null;
  onRate: (nodeId: string, rating: number) => void;
  onReset: () => void;
  onEqual: () => void;
  onPreset: (presetId: string) => void;
  /**
   * Pillars and indicators a view as of a year leaves out (no edition yet), and the year: their ratings stay, but
   * the shares shown are those the engine uses, over what is left (issue 14).
   */
  leftOut?: { ids: ReadonlySet<string>; year: number } | null;
}) {
  const { m, fill, pct } = useI18n();
  const rating = (id: string) => ratings[id] ?? 0;
  const out = (id: string) => leftOut?.ids.has(id) ?? false;
  const r = (id: string) => (out(id) ? 0 : rating(id));
  const pillarTotal = pillars.reduce((s, p) => s + r(p.id), 0);
  const notInUse = leftOut ? fill(m.time.asOf.notInUse, { year: leftOut.year }) : "";

  return (
    <section aria-labelledby="weights-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="weights-title" className="text-base font-semibold">
          {m.weights.title}
        </h2>
        <div className="flex gap-1">
          <button type="button" onClick={onReset} className="rounded border border-gray-300 px-2 py-0.5 text-sm">
            {m.weights.reset}
          </button>
          <button type="button" onClick={onEqual} className="rounded border border-gray-300 px-2 py-0.5 text-sm">
            {m.weights.equal}
          </button>
        </div>
      </div>
      <p className="text-xs text-gray-600">{m.weights.help}</p>
      {presets.length > 0 && (
        <div role="group" aria-label={m.weights.presets} className="flex flex-wrap gap-1">
          {presets.map((p) => (
            <button
              key={p.id}
              type="button"
              aria-pressed={activePreset === p.id}
              onClick={() => onPreset(p.id)}
              className="rounded-full border border-gray-300 px-2 py-0.5 text-xs aria-pressed:border-blue-700 aria-pressed:bg-blue-50"
            >
              {p.label}
            </button>
          ))}
        </div>
      )}
      <ul className="space-y-3">
        {pillars.map((p) => {
          const indTotal = p.indicators.reduce((s, i) => s + r(i.id), 0);
          const pShare = pillarTotal > 0 ? r(p.id) / pillarTotal : 0;
          return (
            <li key={p.id} className="rounded border border-gray-200 p-2">
              <WeightInput
                testId={`weight-${p.id}`}
                name={p.name}
                value={rating(p.id)}
                share={out(p.id) ? notInUse : fill(m.weights.share, { pct: pct(pShare) })}
                sliderLabel={fill(m.weights.rating, { name: p.name })}
                numberLabel={fill(m.weights.ratingNumber, { name: p.name })}
                onChange={(v) => onRate(p.id, v)}
              />
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-gray-700">
                  {fill(m.weights.showIndicators, { pillar: p.name })}
                </summary>
                <ul className="mt-2 space-y-2 pl-2">
                  {p.indicators.map((i) => (
                    <li key={i.id}>
                      <WeightInput
                        testId={`weight-${i.id}`}
                        name={i.name}
                        value={rating(i.id)}
                        share={
                          out(i.id)
                            ? notInUse
                            : fill(m.weights.shareInPillar, {
                                pct: pct(indTotal > 0 ? r(i.id) / indTotal : 0),
                                pillar: p.name,
                              })
                        }
                        sliderLabel={fill(m.weights.rating, { name: i.name })}
                        numberLabel={fill(m.weights.ratingNumber, { name: i.name })}
                        onChange={(v) => onRate(i.id, v)}
                        about={i.about}
                      />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
