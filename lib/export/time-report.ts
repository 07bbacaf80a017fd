/**
 * What the exports add for time and place (issue 14): the year a view is as of and the edition of every indicator
 * it reads (in every export), the trend and what changed (from the trends tab), and the map as a table with each
 * place's coordinates and gazetteer record (from the map tab). Plain tables, written like the others.
 */
import type { GazetteerCitation, PlaceLocation } from "@/lib/dashboard/map-model";
import type { MapLayout } from "@/lib/geo/map-layout";
import type { ChangesModel, EditionUse, TrendModel } from "@/lib/time/types";
import type { Cell, ReportInput, Table } from "./report";

export interface ReportTime {
  /** null: each indicator's latest edition. */
  asOf: number | null;
  editions: EditionUse[];
  /** Present when the export is made from the trends tab. */
  trend: TrendModel | null;
  changes: ChangesModel | null;
}

export interface ReportMap {
  /** The measure's name ("Composite score", "Pillar: Talent", …). */
  measure: string;
  /** The indicator the map shows, when it shows one (its reported figure goes in the table). */
  indicator: string | null;
  layout: MapLayout;
  locations: Record<string, PlaceLocation>;
  citation: GazetteerCitation | null;
}

const pct100 = (share: number) => share * 100;

/** The "Data as of" line of the view table. */
export function asOfRow(r: ReportInput): Cell[] {
  const x = r.m.time.exports;
  return [x.asOf, r.time?.asOf ?? x.latest];
}

/** Every indicator with the edition the view reads, or why none. */
export function editionsTable(r: ReportInput): Table {
  const x = r.m.time.exports;
  const e = r.m.exports;
  const status = {
    edition: x.statusEdition,
    series: x.statusSeries,
    not_yet: x.statusNotYet,
    context: x.statusContext,
  };
  return {
    name: x.sheetEditions,
    header: [e.indicatorId, e.indicator, x.status, x.edition, x.editionYear, x.firstEdition],
    rows: (r.time?.editions ?? []).map((u): Cell[] => [u.id, u.name, status[u.status], u.label, u.year, u.first]),
  };
}

/** One row per year × chosen place: rank (of how many), score and coverage as of that year, or why there is none. */
export function trendTable(r: ReportInput): Table {
  const x = r.m.time.exports;
  const e = r.m.exports;
  const rows: Cell[][] = [];
  for (const s of r.time?.trend?.series ?? [])
    for (const p of s.points)
      rows.push([p.year, s.id, s.name, p.rank, p.of, p.score, p.rank === null ? null : pct100(p.coverage), p.reason]);
  return {
    name: x.sheetTrend,
    header: [e.year, e.placeId, e.place, e.rank, x.rankedPlaces, e.composite, e.coverage, e.reason],
    rows,
  };
}

/** What changed between the two years: every place, its ranks, the move, the score change and its drivers. */
export function changesTable(r: ReportInput): Table {
  const x = r.m.time.exports;
  const e = r.m.exports;
  const c = r.time?.changes;
  const rows: Cell[][] = (c?.places ?? []).map((p): Cell[] => [
    c!.from,
    c!.to,
    p.id,
    p.name,
    p.before.rank,
    p.after.rank,
    p.rankChange,
    p.scoreChange,
    p.drivers
      .map(
        (d) => `${c!.indicatorNames[d.node] ?? d.node} ${d.delta >= 0 ? "+" : "−"}${Math.abs(d.delta).toPrecision(4)}`,
      )
      .join("; ") || null,
    p.rankChange === null ? (p.after.reason ?? p.before.reason) : null,
  ]);
  if (c && c.editions.length > 0)
    rows.push([], [x.editionChanges], ...c.editions.map((ed): Cell[] => [ed.id, ed.name, ed.before, ed.after]));
  return {
    name: x.sheetChanges,
    header: [x.from, x.to, e.placeId, e.place, x.rankFrom, x.rankTo, x.rankChange, x.scoreChange, x.drivers, e.reason],
    rows,
  };
}

/** The map as a table: rank, place, the measure, the reported figure (an indicator), coordinates, gazetteer record. */
export function mapTable(r: ReportInput): Table {
  const x = r.m.time.exports;
  const e = r.m.exports;
  const map = r.map;
  const value = new Map((map?.layout.circles ?? []).map((c) => [c.id, c.value]));
  const rows = r.rows.map((p): Cell[] => {
    const at = map && Object.hasOwn(map.locations, p.id) ? map.locations[p.id] : undefined;
    const cell = map?.indicator ? p.raw[map.indicator] : undefined;
    return [
      p.rank,
      p.id,
      p.name,
      value.get(p.id) ?? null,
      cell?.scaled ?? cell?.value ?? null,
      at?.lat ?? null,
      at?.lon ?? null,
      at?.recordId ?? null,
      at?.recordName ?? null,
      at?.url ?? null,
    ];
  });
  return {
    name: x.sheetMap,
    header: [
      e.rank,
      e.placeId,
      e.place,
      `${x.measure}: ${map?.measure ?? ""}`,
      x.figure,
      x.lat,
      x.lon,
      x.recordId,
      x.recordName,
      x.recordUrl,
    ],
    rows,
  };
}
