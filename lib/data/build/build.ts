/**
 * `buildDataset`: the selection + the research tables → the dataset files. Every stored figure is a research row
 * (its value as written, its kind from its wording, its year, its source, its note verbatim, and a ref back to the
 * row); rows are left out only by a rule (a province, a plan or an estimate, a place outside the dataset) or by a
 * `skip` in the selection that says why, and every omission is reported. Nothing is computed into a figure except a
 * published range's midpoint and explicit unit conversions of denominators.
 */
import { toPersons, toYiYuan } from "@/lib/data/units";
import type {
  Alternative,
  ContextReason,
  Dataset,
  Denominator,
  Edition,
  Indicator,
  Observation,
  Pillar,
  Place,
  Qualifier,
  Source,
} from "@/lib/data/types";
import { NOT_ACTUAL_NOTE, PROVINCE_CITY, parseFigure } from "./kinds";
import { refOf, type ResearchRow } from "./research";
import type {
  ResearchFile,
  RowFilter,
  RowPick,
  Selection,
  SelectedEdition,
  SelectedIndicator,
  SelectedSource,
} from "./selection-types";

/** An indicator needs this many cities reporting (in its latest edition) to be scored. */
export const MIN_PLACES_SCORED = 5;

export interface BuiltFiles {
  sources: Source[];
  places: Place[];
  framework: { composite: Selection["composite"]; pillars: Pillar[] };
  indicators: Indicator[];
  observations: Observation[];
}

/** The built files as one dataset, stamped with a revision (what the app loads and the validator reads). */
export function datasetOf(files: BuiltFiles, version: Dataset["version"]): Dataset {
  return {
    version,
    composite: files.framework.composite,
    pillars: files.framework.pillars,
    sources: files.sources,
    places: files.places,
    indicators: files.indicators,
    observations: files.observations,
  };
}

export interface Omission {
  indicator: string;
  ref: string;
  why: string;
}

export interface BuildReport {
  /** Research rows of a selected research indicator that were not stored, and why. */
  omitted: Omission[];
  /** Alternatives with no figure of the serving publisher to sit beside. */
  unattached: Omission[];
  /** Source records of the selection that no stored figure uses (left out of sources.json). */
  unusedSources: string[];
}

export class BuildError extends Error {
  constructor(readonly problems: string[]) {
    super(`data:build failed:\n${problems.map((p) => `  ✗ ${p}`).join("\n")}`);
  }
}

export interface BuildInput {
  selection: Selection;
  tables: Map<ResearchFile, ResearchRow[]>;
  /** The seed article's text: quotes of the older table's seed rows must occur in it. */
  seedArticle: string;
}

export function buildDataset({ selection, tables, seedArticle }: BuildInput): {
  files: BuiltFiles;
  report: BuildReport;
} {
  const problems: string[] = [];
  const report: BuildReport = { omitted: [], unattached: [], unusedSources: [] };
  const placeByName = new Map(selection.places.map((p) => [p.researchName, p]));
  const sourceByCell = new Map<string, SelectedSource>();
  for (const s of selection.sources)
    for (const c of s.cells) {
      if (sourceByCell.has(c)) problems.push(`sources[${s.id}]: cell also claimed by ${sourceByCell.get(c)!.id}: ${c}`);
      sourceByCell.set(c, s);
    }
  const used = new Set<string>();
  const sourceOf = (row: ResearchRow): string | null => {
    const s = sourceByCell.get(row.source);
    if (!s) {
      problems.push(`${refOf(row)}: no source record for "${row.source}" (add it to selection.sources)`);
      return null;
    }
    used.add(s.id);
    return s.id;
  };
  const rowsOf = (filters: RowFilter | RowFilter[]) =>
    (Array.isArray(filters) ? filters : [filters]).flatMap((f) =>
      (tables.get(f.file) ?? []).filter(
        (r) => r.indicator === f.indicator && (!f.sourcePrefix || f.sourcePrefix.some((p) => r.source.startsWith(p))),
      ),
    );
  const selectedIds = new Set(selection.sources.map((s) => s.id));

  const places = selection.places.map((p): Place => {
    const d = selection.denominators[p.id] ?? {};
    return {
      id: p.id,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      level: p.level,
      parent: p.parent,
      population: d.population ? denominator(p.researchName, d.population, "population") : null,
      gdp: d.gdp ? denominator(p.researchName, d.gdp, "gdp") : null,
    };
  });

  function denominator(city: string, pick: RowPick, what: "population" | "gdp"): Denominator | null {
    const rows = (tables.get(pick.file) ?? []).filter(
      (r) => r.city === city && r.indicator === pick.indicator && r.year === pick.year && r.value === pick.value,
    );
    if (rows.length !== 1) {
      problems.push(`denominators[${city}].${what}: ${rows.length} rows match ${JSON.stringify(pick)}`);
      return null;
    }
    const row = rows[0]!;
    const sourceId = sourceOf(row);
    const fig = parseFigure(row);
    if (sourceId === null || typeof fig === "string") {
      if (typeof fig === "string") problems.push(`${refOf(row)}: ${fig}`);
      return null;
    }
    const converted = what === "population" ? toPersons(fig.value, row.unit) : toYiYuan(fig.value, row.unit);
    const qualifier: Qualifier = fig.qualifier !== "exact" ? fig.qualifier : converted.qualifier;
    return {
      value: converted.value,
      unit: what === "population" ? "persons" : "亿元",
      year: row.year,
      sourceId,
      qualifier,
      ref: refOf(row),
      note: row.note,
    };
  }

  const observations: Observation[] = [];
  const indicators: Indicator[] = [];
  for (const sel of selection.indicators) {
    const stored = indicatorObservations(sel);
    const role = roleOf(stored);
    indicators.push({
      id: sel.id,
      nameEn: sel.nameEn,
      nameZh: sel.nameZh,
      unit: sel.unit,
      unitZh: sel.unitZh,
      direction: sel.direction,
      kind: sel.kind,
      pillar: sel.pillar,
      weight: role === null ? sel.weight : 0,
      definition: sel.definition,
      definitionZh: sel.definitionZh,
      perCapita: sel.perCapita,
      ...(role === null ? { role: "scored" as const } : { role: "context" as const, contextReason: role }),
      publisher: sel.publisher,
      why: sel.why,
      whyZh: sel.whyZh,
      ...(sel.editions ? { editions: sel.editions.map((e) => editionFor(sel, e)) } : {}),
    });
    observations.push(...stored);
  }

  function editionFor(sel: SelectedIndicator, e: SelectedEdition): Edition {
    const out: Edition = { year: e.year, label: e.label };
    if (e.list) out.list = e.list;
    if (e.listSource !== undefined) {
      if (!selectedIds.has(e.listSource)) problems.push(`${sel.id} ${e.year}: unknown list source "${e.listSource}"`);
      used.add(e.listSource);
      out.sourceId = e.listSource;
    }
    if (e.list && (e.list.complete || e.list.known) && sel.kind !== "rank" && e.list.absent === undefined)
      problems.push(`${sel.id} ${e.year}: say what the list means for an absent place (absent: "zero" or "below")`);
    return out;
  }

  function indicatorObservations(sel: SelectedIndicator): Observation[] {
    const out: Observation[] = [];
    const omit = (row: ResearchRow, why: string) => report.omitted.push({ indicator: sel.id, ref: refOf(row), why });
    const seen = new Map<string, string>();
    for (const row of rowsOf(sel.rows)) {
      const where = placeFor(row);
      if ("why" in where) {
        omit(row, where.why);
        continue;
      }
      const place = where.id;
      const skip = sel.skip?.find(
        (s) => s.city === row.city && s.year === row.year && (s.value ?? row.value) === row.value,
      );
      if (skip) {
        omit(row, skip.why);
        continue;
      }
      if (NOT_ACTUAL_NOTE.test(row.note) || NOT_ACTUAL_NOTE.test(row.year)) {
        omit(row, "a plan, target or estimate, not an actual figure");
        continue;
      }
      const fig = parseFigure(row);
      if (typeof fig === "string") {
        problems.push(`${refOf(row)} (${sel.id}): ${fig}`);
        continue;
      }
      const edition = editionOf(sel, row);
      if (edition === null) {
        if (sel.editions) problems.push(`${refOf(row)} (${sel.id}): year "${row.year}" belongs to no edition`);
        else omit(row, `no year in "${row.year}"`);
        continue;
      }
      if (row.file === "city-ai-figures.csv") {
        const quote = sel.quotes?.[row.city];
        if (quote === undefined) problems.push(`${refOf(row)} (${sel.id}): the older table has no quote; give one`);
        else if (!seedArticle.includes(quote))
          problems.push(`${refOf(row)} (${sel.id}): quote not found in the seed article: ${quote}`);
      } else if (row.quote.trim() === "") problems.push(`${refOf(row)} (${sel.id}): the row has no quote`);
      const sourceId = sourceOf(row);
      if (sourceId === null) continue;
      const key = `${place}|${edition}`;
      if (seen.has(key)) {
        problems.push(`${refOf(row)} (${sel.id}): a second figure for ${place} in ${edition} (also ${seen.get(key)})`);
        continue;
      }
      seen.set(key, refOf(row));
      const granted = sel.kind === "flag" && fig.value === 1 && /^\d{4}$/.test(row.year) ? Number(row.year) : null;
      out.push({
        place,
        indicator: sel.id,
        value: fig.value,
        sourceId,
        year: row.year,
        qualifier: fig.qualifier,
        ...(fig.lo !== undefined ? { lo: fig.lo, hi: fig.hi } : {}),
        edition,
        ...(granted !== null ? { granted } : {}),
        ref: refOf(row),
        note: row.note,
        alternatives: [],
      });
    }
    for (const f of sel.alternatives ?? []) attachAlternatives(sel, f, out);
    const order = new Map(selection.places.map((p, k) => [p.id, k]));
    return out.sort((a, b) => order.get(a.place)! - order.get(b.place)! || a.edition! - b.edition!);
  }

  function attachAlternatives(sel: SelectedIndicator, f: RowFilter, out: Observation[]) {
    for (const row of rowsOf(f)) {
      const where = placeFor(row);
      if ("why" in where || NOT_ACTUAL_NOTE.test(row.note) || NOT_ACTUAL_NOTE.test(row.year)) continue;
      const place = where.id;
      const fig = parseFigure(row);
      if (typeof fig === "string") continue;
      const year = Number(/\d{4}/.exec(row.year)?.[0] ?? NaN);
      const mine = out.filter((o) => o.place === place);
      const host = mine.find((o) => o.edition === year) ?? mine[mine.length - 1];
      if (!host) {
        report.unattached.push({ indicator: sel.id, ref: refOf(row), why: `no ${sel.publisher} figure for ${place}` });
        continue;
      }
      const sourceId = sourceOf(row);
      if (sourceId === null) continue;
      const alt: Alternative = {
        sourceId,
        value: fig.value,
        year: row.year,
        qualifier: fig.qualifier,
        note: row.note,
        ref: refOf(row),
        ...(![sel.rows].flat().some((r) => r.indicator === row.indicator) ? { researchIndicator: row.indicator } : {}),
      };
      host.alternatives.push(alt);
    }
  }

  function placeFor(row: ResearchRow): { id: string } | { why: string } {
    if (PROVINCE_CITY.test(row.city)) return { why: `${row.city}: a province or the nation, never a place` };
    const p = placeByName.get(row.city);
    return p ? { id: p.id } : { why: `${row.city}: not a place of this dataset` };
  }

  function roleOf(stored: Observation[]): ContextReason | null {
    const latest = Math.max(...stored.map((o) => o.edition ?? 0));
    const editioned = selection.indicators.find((i) => i.id === stored[0]?.indicator)?.editions !== undefined;
    const current = editioned ? stored.filter((o) => o.edition === latest) : stored;
    const level = new Map(selection.places.map((p) => [p.id, p.level]));
    const reporting = new Set(current.map((o) => o.place));
    const cities = [...reporting].filter((p) => level.get(p) === "city");
    if (reporting.size > 0 && cities.length === 0) return "district_only";
    if (cities.length < MIN_PLACES_SCORED) return "few_places";
    return null;
  }

  const sources = selection.sources
    .filter((s) => used.has(s.id))
    .map((s): Source => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url ?? /https?:\/\/[^\s,()]+/.exec(s.cells[0] ?? "")?.[0] ?? "",
      covers: s.covers,
      grade: s.grade,
    }));
  report.unusedSources = selection.sources.filter((s) => !used.has(s.id)).map((s) => s.id);
  if (problems.length > 0) throw new BuildError(problems);

  const framework = {
    composite: selection.composite,
    pillars: selection.pillars.map(({ id, nameEn, nameZh, weight }) => ({ id, nameEn, nameZh, weight })),
  };
  return { files: { sources, places, framework, indicators, observations }, report };
}

function editionOf(sel: SelectedIndicator, row: ResearchRow): number | null {
  if (sel.editions) return sel.editions.find((e) => e.rowYears.includes(row.year))?.year ?? null;
  const y = /\d{4}/.exec(row.year);
  return y ? Number(y[0]) : null;
}
