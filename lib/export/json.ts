/**
 * A view as one JSON document: the link and its parsed view, the method, the weights in force, the dataset revision,
 * and every place with every figure's provenance. Meant to be read back by a script; keys are ids, numbers unrounded.
 */
import type { View } from "@/lib/view/types";
import type { ReportInput } from "./report";

export const EXPORT_FORMAT = "ai-city-index/view-export";
export const EXPORT_FORMAT_VERSION = 1;

export function reportJson(r: ReportInput, view: View, query: string): string {
  // A district's city, code and, per count, its share of the city (0..1) and cancelled filings (issue 16).
  const lines = new Map(r.districts.map((l) => [l.id, l]));
  const districtOf = (id: string) => {
    const l = lines.get(id);
    if (!l) return {};
    return {
      city: l.city?.id ?? null,
      division: l.division,
      shareOfCity: Object.fromEntries(l.measures.map((x) => [x.indicator, x.share])),
      cancelled: Object.fromEntries(l.measures.map((x) => [x.indicator, x.cancelled])),
    };
  };
  const doc = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    title: r.title,
    generatedAt: r.generatedAt,
    link: r.link,
    query,
    dataVersion: r.dataVersion,
    userData: r.userNotes,
    view,
    method: r.method,
    weights: r.weights,
    pillars: r.pillars,
    indicators: r.indicators,
    places: r.rows.map((p) => ({
      rank: p.rank,
      id: p.id,
      name: p.name,
      level: p.level,
      ...districtOf(p.id),
      score: p.score,
      coverage: p.coverage,
      status: p.status,
      reason: p.reason,
      pillars: p.pillars,
      contributions: p.contributions,
      figures: Object.fromEntries(
        r.indicators.map((i) => {
          const cell = p.raw[i.id];
          const norm = p.norm[i.id];
          return [
            i.id,
            {
              published: cell?.value ?? null,
              used: cell?.scaled ?? null,
              unit: i.unit,
              normalized: norm?.value ?? null,
              imputed: norm?.imputed ?? false,
              missingReason: cell?.missingReason ?? null,
              provenance: cell?.provenance ?? null,
            },
          ];
        }),
      ),
    })),
    sources: r.sources,
    // Issue 14: the year the view is as of, the edition of each indicator, and the trend, changes or map of the tab.
    asOf: r.time?.asOf ?? null,
    editions: r.time?.editions ?? [],
    ...(r.time?.trend ? { trend: r.time.trend } : {}),
    ...(r.time?.changes ? { changes: r.time.changes } : {}),
    ...(r.map
      ? {
          map: {
            measure: r.map.measure,
            indicator: r.map.indicator,
            locations: r.map.locations,
            citation: r.map.citation,
          },
        }
      : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
