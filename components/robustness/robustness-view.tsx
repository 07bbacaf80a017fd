"use client";

import { useI18n } from "@/components/i18n";
import { ExtremesPanel } from "@/components/robustness/extremes-panel";
import { LooPanel } from "@/components/robustness/loo-panel";
import { McPanel } from "@/components/robustness/mc-panel";
import type { Robustness } from "@/components/robustness/use-robustness";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { RobustView } from "@/lib/view/types";

/** The robustness tab: rank intervals, best and worst achievable ranks, leave one indicator out. */
export function RobustnessView({
  robust,
  onRobust,
  rows,
  analysis,
  place,
  onPlace,
  pillars,
  indicators,
}: {
  robust: RobustView;
  onRobust: (patch: Partial<RobustView>) => void;
  rows: PlaceRow[];
  analysis: Robustness;
  place: string;
  onPlace: (id: string) => void;
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string }[];
}) {
  const { m } = useI18n();
  const indicatorName = (id: string) => indicators.find((p) => p.id === id)?.name ?? id;
  return (
    <section aria-labelledby="robust-title" className="space-y-6" data-testid="robust-view">
      <div>
        <h2 id="robust-title" className="text-lg font-semibold">
          {m.robust.title}
        </h2>
        <p className="text-sm text-gray-700">{m.robust.intro}</p>
      </div>
      <McPanel robust={robust} onRobust={onRobust} rows={rows} analysis={analysis} />
      <ExtremesPanel onRobust={onRobust} rows={rows} analysis={analysis} pillars={pillars} />
      <LooPanel place={place} onPlace={onPlace} rows={rows} analysis={analysis} indicatorName={indicatorName} />
    </section>
  );
}
