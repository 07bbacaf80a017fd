"use client";

import dynamic from "next/dynamic";
import { useI18n } from "@/components/i18n";
import type { ScreenModel } from "@/lib/dashboard/derive";
import type { View } from "@/lib/view/types";

// Loaded on demand: neither is on the first screen of the default view.
const TrendsView = dynamic(() => import("@/components/trends/trends-view").then((x) => x.TrendsView));
const MapView = dynamic(() => import("@/components/map/map-view").then((x) => x.MapView));
const CompareTrend = dynamic(() => import("@/components/trends/compare-trend").then((x) => x.CompareTrend));

/**
 * The trends and map tabs (issue 14), each from its part of the model (`time`, `geo`), which exists only while the
 * tab is on screen; until the browser has computed it, a status line says so.
 */
export function TimePanels({
  view,
  model,
  compositeName,
  update,
}: {
  view: View;
  model: ScreenModel;
  compositeName: string;
  update: (patch: Partial<View>, editKey: string) => void;
}) {
  const { m } = useI18n();
  if (view.tab === "trends") {
    if (!model.time) return <Pending text={m.dataLoad.loading} />;
    // The places of the view's level, as compare offers them (lv=district: districts, by name).
    const places = model.placeOptions.filter((p) => view.level === "all" || p.level === view.level);
    return (
      <TrendsView
        model={model.time.trends}
        without={model.time.trends.without}
        allPlaces={places}
        chosen={view.time.places}
        onChoose={(places) => update({ time: { ...view.time, places } }, "tp")}
        changes={model.time.changes}
        sinceOptions={model.time.sinceOptions}
        since={view.time.since}
        onSince={(since) => update({ time: { ...view.time, since } }, "yr2")}
      />
    );
  }
  if (view.tab === "compare") {
    if (!model.time || model.time.trends.years.length === 0) return null;
    return (
      <CompareTrend
        model={model.time.trends}
        onOpen={() => update({ tab: "trends", time: { ...view.time, places: view.compare } }, "tab")}
      />
    );
  }
  if (view.tab === "map") {
    if (!model.geo) return <Pending text={m.dataLoad.loading} />;
    return (
      <MapView
        rows={model.rows}
        compositeName={compositeName}
        pillars={model.pillars}
        indicators={model.indicators.filter((i) => !i.context)}
        locations={model.geo.locations}
        citation={model.geo.citation}
        measure={view.mapMeasure}
        onMeasure={(mapMeasure) => update({ mapMeasure }, "mm")}
        compare={view.compare}
        onCompare={(compare) => update({ compare }, "compare")}
        onOpenCompare={() => update({ tab: "compare" }, "tab")}
      />
    );
  }
  return null;
}

function Pending({ text }: { text: string }) {
  return (
    <p role="status" className="text-sm text-gray-600">
      {text}
    </p>
  );
}
