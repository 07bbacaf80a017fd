/**
 * What every export of a view carries, as plain tables: the results (the table on screen), the provenance of every
 * figure, and the view itself (weights, method, data version, link). CSV, XLSX and JSON are written from these, so the
 * three formats cannot disagree. Labels come from the user's message catalogue; numbers stay numbers.
 */
import type { DistrictLine } from "@/lib/dashboard/districts";
import type { PlaceRow } from "@/lib/dashboard/rows";
import type { Source } from "@/lib/data/types";
import type { Messages } from "@/lib/i18n/en";
import { fill } from "@/lib/i18n/format";
import type { Aggregation, Locale, MissingPolicy, Normalization, Scale } from "@/lib/view/options";
import { asOfRow, type ReportMap, type ReportTime } from "./time-report";

/** A cell of an exported table: text, a number, or empty (missing). */
export type Cell = string | number | null;

export interface Table {
  name: string;
  header: string[];
  rows: Cell[][];
}

/** A node of the framework with the weight in force: the rating (0–10) and its share of the parent and composite. */
export interface WeightLine {
  id: string;
  name: string;
  kind: "pillar" | "indicator";
  parent: string | null;
  rating: number;
  /** Share among its siblings, 0..1. */
  share: number;
  /** Share of the composite, 0..1 (pillar share × indicator share). */
  compositeShare: number;
}

export interface ReportMethod {
  normalization: Normalization;
  normalizationOverrides: Record<string, Normalization>;
  aggregation: Aggregation | null;
  aggregationOverrides: Record<string, Aggregation>;
  missing: MissingPolicy;
  /** Percent, 0–100. */
  coverageThreshold: number;
  rankDecimals: number | null;
  scale: Scale;
}

export interface ReportInput {
  locale: Locale;
  m: Messages;
  /** The composite's name in the user's language. */
  title: string;
  /** The absolute link that reproduces this view. */
  link: string;
  dataVersion: string;
  /** ISO 8601 timestamp of the export. */
  generatedAt: string;
  method: ReportMethod;
  weights: WeightLine[];
  pillars: { id: string; name: string }[];
  indicators: { id: string; name: string; unit: string; pillar: string }[];
  /** In rank order, as the views show them. */
  rows: PlaceRow[];
  sources: Source[];
  /** Plain-language notes on data the user brought or changed (empty for the published data as it is). */
  userNotes: string[];
  /** The year the view is as of and the editions it reads; the trend and what changed from the trends tab (issue 14). */
  time?: ReportTime;
  /** The map tab's measure, drawing and coordinates (issue 14). */
  map?: ReportMap | null;
  /** Districts in view: their city, code, and share of the city per count (issue 16); empty for cities only. */
  districts: DistrictLine[];
}

const pct100 = (share: number) => share * 100;

/** The results table: what the Table view shows, one row per place in rank order. */
export function resultsTable(r: ReportInput): Table {
  const x = r.m.exports;
  const district = districtColumns(r);
  const header = [
    x.rank,
    x.placeId,
    x.place,
    x.composite,
    x.coverage,
    x.status,
    x.reason,
    ...r.pillars.map((p) => fill(x.pillarScore, { name: p.name })),
    ...r.indicators.flatMap((i) => [
      fill(x.reported, { name: i.name, unit: i.unit }),
      fill(x.normalized, { name: i.name }),
    ]),
    ...district.header,
  ];
  const rows = r.rows.map((p): Cell[] => [
    p.rank,
    p.id,
    p.name,
    p.score,
    pct100(p.coverage),
    p.status === "ranked" ? x.ranked : x.excluded,
    p.reason,
    ...r.pillars.map((pl) => p.pillars[pl.id] ?? null),
    ...r.indicators.flatMap((i) => [p.raw[i.id]?.scaled ?? null, p.norm[i.id]?.value ?? null]),
    ...district.cells(p.id),
  ]);
  return { name: x.sheetResults, header, rows };
}

/**
 * With districts in view, the results end with what places them (issue 16): level, city, GB/T 2260 code, and per
 * count the district's share of its city in percent and its cancelled filings. Empty for cities only.
 */
function districtColumns(r: ReportInput): { header: string[]; cells: (id: string) => Cell[] } {
  const lines = new Map(r.districts.map((l) => [l.id, l]));
  const first = r.districts[0];
  if (!first) return { header: [], cells: () => [] };
  const d = r.m.districts;
  const name = new Map(r.indicators.map((i) => [i.id, i.name]));
  const levels = new Map(r.rows.map((p) => [p.id, p.level]));
  return {
    header: [
      r.m.figures.level,
      d.city,
      d.code,
      ...first.measures.flatMap((m) => [
        fill(d.shareColumn, { name: name.get(m.indicator) ?? m.indicator }),
        fill(d.cancelledColumn, { name: name.get(m.indicator) ?? m.indicator }),
      ]),
    ],
    cells: (id) => {
      const l = lines.get(id);
      const level = levels.get(id);
      return [
        level ? r.m.figures.levels[level] : null,
        l?.city?.name ?? null,
        l?.division ?? null,
        ...first.measures.flatMap((m, k) => {
          const x = l?.measures[k];
          return [x?.share == null ? null : pct100(x.share), x?.cancelled ?? null];
        }),
      ];
    },
  };
}

/** Every place × indicator: the figure as published, what this view used, and where it comes from. */
export function provenanceTable(r: ReportInput): Table {
  const x = r.m.exports;
  const header = [
    x.placeId,
    x.place,
    x.indicatorId,
    x.indicator,
    x.unit,
    x.published,
    x.usedValue,
    x.normalizedShort,
    x.imputed,
    x.qualifier,
    x.year,
    x.source,
    x.url,
    x.note,
    x.alternatives,
    x.missingReason,
    x.userChange,
  ];
  const rows: Cell[][] = [];
  for (const p of r.rows) {
    for (const i of r.indicators) {
      const cell = p.raw[i.id];
      const prov = cell?.provenance ?? null;
      const norm = p.norm[i.id];
      rows.push([
        p.id,
        p.name,
        i.id,
        i.name,
        i.unit,
        cell?.value ?? null,
        cell?.scaled ?? null,
        norm?.value ?? null,
        norm?.value == null ? null : norm.imputed ? x.yes : x.no,
        prov ? r.m.figures.kinds[prov.derived === "absent_zero" ? "absent_zero" : prov.qualifier] : null,
        prov?.year ?? null,
        prov?.source ?? null,
        prov?.url || null,
        prov?.note || null,
        prov && prov.alternatives.length > 0
          ? prov.alternatives.map((a) => `${a.value} (${a.source}, ${a.year})`).join("; ")
          : null,
        cell?.missingReason ?? null,
        prov?.userChange ?? null,
      ]);
    }
  }
  return { name: x.sheetProvenance, header, rows };
}

/** The view: title, link, data version, method, then every weight, then the sources. */
export function viewTable(r: ReportInput): Table {
  const x = r.m.exports;
  const mn = r.m.methodNames;
  const method = r.method;
  const rows: Cell[][] = [
    [x.title, r.title],
    [x.link, r.link],
    [x.dataVersion, r.dataVersion],
    asOfRow(r),
    [x.generated, r.generatedAt],
    [r.m.methods.normalization, mn.normalization[method.normalization]],
    ...Object.entries(method.normalizationOverrides).map(([id, n]): Cell[] => [
      `${r.m.methods.normalization}: ${nameOf(r, id)}`,
      mn.normalization[n],
    ]),
    [
      r.m.methods.aggregation,
      method.aggregation ? mn.aggregation[method.aggregation] : r.m.methods.aggregationFramework,
    ],
    ...Object.entries(method.aggregationOverrides).map(([id, a]): Cell[] => [
      `${r.m.methods.aggregation}: ${nameOf(r, id)}`,
      mn.aggregation[a],
    ]),
    [r.m.methods.missing, mn.missing[method.missing]],
    [x.coverageThreshold, method.coverageThreshold],
    [r.m.methods.rankDecimals, method.rankDecimals ?? r.m.methods.rankDecimalsNone],
    [r.m.methods.scale, mn.scale[method.scale]],
    ...r.userNotes.map((note): Cell[] => [x.userData, note]),
    [],
    [x.weightsHeading],
    [x.level, x.nodeId, x.nodeName, x.rating, x.shareOfParent, x.shareOfComposite],
    ...r.weights.map((w): Cell[] => [
      w.kind === "pillar" ? x.pillar : x.indicator,
      w.id,
      w.name,
      w.rating,
      pct100(w.share),
      pct100(w.compositeShare),
    ]),
    [],
    [x.sourcesHeading],
    [x.sourceId, x.publisher, x.sourceTitle, x.sourceDate, x.url],
    ...r.sources.map((s): Cell[] => [s.id, s.publisher, s.title, s.date || null, s.url || null]),
  ];
  return { name: x.sheetView, header: [x.setting, x.value], rows };
}

function nameOf(r: ReportInput, id: string): string {
  return (
    r.indicators.find((i) => i.id === id)?.name ??
    r.pillars.find((p) => p.id === id)?.name ??
    (id === "" ? r.title : id)
  );
}

/** The file name stem for a view's exports: index, tab and data version, safe on every file system. */
export function fileStem(r: Pick<ReportInput, "dataVersion">, what: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return ["ai-city-index", safe(what), safe(r.dataVersion)].filter((s) => s !== "").join("_");
}
