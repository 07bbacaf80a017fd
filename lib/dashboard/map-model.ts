/**
 * The map's view of the dashboard's rows: which measure sizes and colours the circles (the composite, a pillar's
 * score or an indicator's normalized score, all 0–100, higher is better), and each place's value for it. The figures
 * themselves (rank, reported value, provenance) come from the same rows as every other view.
 */
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { ReportMap } from "@/lib/export/time-report";
import { mapLayout, type MapPlace } from "@/lib/geo/map-layout";

/** A place's position from the gazetteer, with what a reader needs to check it. */
export interface PlaceLocation {
  lat: number;
  lon: number;
  /** The gazetteer's record id (GeoNames id) and name, verbatim. */
  recordId: number;
  recordName: string;
  /** Where the record can be checked. */
  url: string;
}

/** Where the map's coordinates come from, as the page cites it. */
export interface GazetteerCitation {
  label: string;
  url: string;
  retrieved: string;
}

export type MeasureKind = "composite" | "pillar" | "indicator";

export interface MeasureOption {
  /** null: the composite. */
  id: string | null;
  kind: MeasureKind;
  name: string;
}

/** The composite, then every pillar, then every indicator (the order of the framework). */
export function measureOptions(
  compositeName: string,
  pillars: readonly { id: string; name: string }[],
  indicators: readonly { id: string; name: string }[],
): MeasureOption[] {
  return [
    { id: null, kind: "composite", name: compositeName },
    ...pillars.map((p): MeasureOption => ({ id: p.id, kind: "pillar", name: p.name })),
    ...indicators.map((i): MeasureOption => ({ id: i.id, kind: "indicator", name: i.name })),
  ];
}

/** The measure's 0–100 value for a row: the composite, the pillar's score or the indicator's normalized score. */
export function measureValue(row: PlaceRow, measure: MeasureOption): number | null {
  if (measure.kind === "composite") return row.rank === null ? null : row.score;
  if (measure.kind === "pillar") return row.pillars[measure.id!] ?? null;
  return row.norm[measure.id!]?.value ?? null;
}

/** The map's input: one place per row, in rank order, with its coordinates when the gazetteer has them. */
export function mapPlaces(
  rows: readonly PlaceRow[],
  locations: Readonly<Record<string, PlaceLocation>>,
  measure: MeasureOption,
): MapPlace[] {
  return rows.map((row) => {
    const at = Object.hasOwn(locations, row.id) ? locations[row.id] : undefined;
    return {
      id: row.id,
      name: row.name,
      lat: at?.lat ?? null,
      lon: at?.lon ?? null,
      value: measureValue(row, measure),
      priority: row.rank,
    };
  });
}

/** The map of a view for the exports: the measure's name, the drawing (at the full-size box) and the coordinates. */
export function mapReport(args: {
  rows: readonly PlaceRow[];
  locations: Record<string, PlaceLocation>;
  citation: GazetteerCitation | null;
  measure: string | null;
  compositeName: string;
  pillars: readonly { id: string; name: string }[];
  indicators: readonly { id: string; name: string }[];
  /** "Pillar: {name}" / "Indicator: {name}" in the user's language. */
  label: (o: MeasureOption) => string;
}): ReportMap {
  const options = measureOptions(args.compositeName, args.pillars, args.indicators);
  const chosen = options.find((o) => o.id === args.measure) ?? options[0]!;
  return {
    measure: args.label(chosen),
    indicator: chosen.kind === "indicator" ? chosen.id : null,
    layout: mapLayout(mapPlaces(args.rows, args.locations, chosen)),
    locations: args.locations,
    citation: args.citation,
  };
}
