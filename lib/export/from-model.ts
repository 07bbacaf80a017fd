/**
 * The report input for a view, from what the dashboard already derived (rows, the methodology in force, the ratings),
 * so an export shows exactly the figures on screen.
 */
import type { DistrictLine } from "@/lib/dashboard/districts";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { Source } from "@/lib/data/types";
import type { Messages } from "@/lib/i18n/en";
import type { Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";
import type { ReportInput, WeightLine } from "./report";
import type { ReportMap, ReportTime } from "./time-report";

export interface MethodologyLike {
  pillars: { id: string; name: string; share: number; indicators: { id: string; name: string; share: number }[] }[];
  sources: Source[];
  dataVersion: string;
}

export function reportInputFrom(args: {
  locale: Locale;
  m: Messages;
  title: string;
  view: View;
  rows: PlaceRow[];
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string; pillar: string }[];
  methodology: MethodologyLike;
  link: string;
  generatedAt: string;
  userNotes?: string[];
  time?: ReportTime;
  map?: ReportMap | null;
  districts?: DistrictLine[];
}): ReportInput {
  const { view, methodology } = args;
  const rating = (id: string) => (Object.hasOwn(view.weights, id) ? (view.weights[id] ?? 0) : 0);
  const weights: WeightLine[] = methodology.pillars.flatMap((p) => [
    {
      id: p.id,
      name: p.name,
      kind: "pillar",
      parent: null,
      rating: rating(p.id),
      share: p.share,
      compositeShare: p.share,
    },
    ...p.indicators.map((i): WeightLine => ({
      id: i.id,
      name: i.name,
      kind: "indicator",
      parent: p.id,
      rating: rating(i.id),
      share: i.share,
      compositeShare: p.share * i.share,
    })),
  ]);
  return {
    locale: args.locale,
    m: args.m,
    title: args.title,
    link: args.link,
    dataVersion: methodology.dataVersion,
    generatedAt: args.generatedAt,
    method: {
      normalization: view.normalization,
      normalizationOverrides: { ...view.normalizationOverrides },
      aggregation: view.aggregation,
      aggregationOverrides: { ...view.aggregationOverrides },
      missing: view.missing,
      coverageThreshold: view.coverageThreshold,
      rankDecimals: view.rankDecimals,
      scale: view.scale,
    },
    weights,
    pillars: args.pillars,
    indicators: args.indicators,
    rows: args.rows,
    sources: methodology.sources,
    userNotes: args.userNotes ?? [],
    ...(args.time ? { time: args.time } : {}),
    ...(args.map ? { map: args.map } : {}),
    districts: args.districts ?? [],
  };
}
