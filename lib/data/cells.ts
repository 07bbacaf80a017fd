/**
 * What the dataset says about each place × indicator for a view: the chosen edition's figure, what a published list
 * says about a place absent from it, or why nothing is known. The engine input (`engineInputFromDataset`) and every
 * on-screen figure read the same cells, so a "＞10" in the table is exactly what the score used.
 *
 * Editions: each indicator is read on its latest edition at or before `asOf` (default: its latest), chosen for all
 * places together: a place absent from the chosen edition of a complete list is beyond it, never filled from an
 * older edition. Indicators without editions (official statistics) take each place's latest figure at or before
 * `asOf`. An indicator with no edition yet has no cells (every place: `no_edition`); so has a series none of whose
 * figures is dated by `asOf` (issue 14).
 */
import type { CellBound, ValueKind } from "@/lib/scoring/types";
import type { Dataset, Edition, Indicator, Observation, Place } from "./types";

/** Why a cell has no value: words for them are in `missingReason`. */
export type MissingCode = "not_collected" | "below_list" | "no_edition" | "other_level";

export interface Cell {
  /** The point value in raw units; null when nothing is known. */
  value: number | null;
  /** What is known beyond the point value; null for an exact figure or a missing cell. */
  bound: CellBound | null;
  kind: ValueKind | null;
  /** The stored figure this cell reads; null when derived from a list or missing. */
  obs: Observation | null;
  /** Set when the value comes from a complete list's silence about the place (beyond it, or no entry on it). */
  derived: "beyond_list" | "absent_zero" | null;
  /** The edition read (indicators with editions). */
  edition: Edition | null;
  /** The figure's year (the edition's, or the figure's own): the vintage line reads it. */
  year: number | null;
  missing: MissingCode | null;
}

export interface ResolvedCells {
  /** The places in view, in dataset order. */
  places: Place[];
  /** indicator id → one cell per place, in `places` order. */
  cells: Map<string, Cell[]>;
  /** indicator id → the edition read (null: per-place series, or no edition yet). */
  editions: Map<string, Edition | null>;
}

export interface ResolveOptions {
  /** Read each indicator as of this year (latest edition at or before it). Default: the latest. */
  asOf?: number;
  /** The places in view; default every place of the dataset. */
  places?: readonly Place[];
}

const missingCell = (missing: MissingCode, edition: Edition | null): Cell => ({
  value: null,
  bound: null,
  kind: null,
  obs: null,
  derived: null,
  edition,
  year: null,
  missing,
});

/** The edition an indicator is read on at `asOf`: the latest at or before it (undefined asOf: the latest). */
export function editionAt(indicator: Indicator, asOf?: number): Edition | null {
  const editions = indicator.editions ?? [];
  let chosen: Edition | null = null;
  for (const e of editions)
    if (asOf === undefined || e.year <= asOf) chosen = chosen && chosen.year > e.year ? chosen : e;
  return chosen;
}

export function resolveCells(dataset: Dataset, options: ResolveOptions = {}): ResolvedCells {
  const places = [...(options.places ?? dataset.places)];
  const byIndicator = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const list = byIndicator.get(o.indicator);
    if (list) list.push(o);
    else byIndicator.set(o.indicator, [o]);
  }
  const cells = new Map<string, Cell[]>();
  const editions = new Map<string, Edition | null>();
  for (const ind of dataset.indicators) {
    const obs = byIndicator.get(ind.id) ?? [];
    if (ind.editions && ind.editions.length > 0) {
      const edition = editionAt(ind, options.asOf);
      editions.set(ind.id, edition);
      cells.set(
        ind.id,
        edition ? editionCells(ind, edition, obs, places) : places.map(() => missingCell("no_edition", null)),
      );
    } else {
      editions.set(ind.id, null);
      cells.set(ind.id, seriesCells(obs, places, options.asOf));
    }
  }
  return { places, cells, editions };
}

function editionCells(ind: Indicator, edition: Edition, obs: Observation[], places: Place[]): Cell[] {
  const here = new Map(obs.filter((o) => o.edition === edition.year).map((o) => [o.place, o]));
  const list = edition.list;
  const ofLevel = list ? places.filter((p) => p.level === list.level).length : 0;
  return places.map((place): Cell => {
    const o = here.get(place.id);
    if (o) return observedCell(o, edition.year, edition);
    if (!list) return missingCell("not_collected", edition);
    if (place.level !== list.level) return missingCell("other_level", edition);
    const absent = list.absent ?? (ind.kind === "rank" ? "beyond" : undefined);
    const n = list.complete ? list.length : list.known;
    if (n === undefined || absent === undefined) return missingCell("not_collected", edition);
    if (absent === "below") return missingCell("below_list", edition);
    if (absent === "zero") {
      return {
        ...missingCell("not_collected", edition),
        value: 0,
        kind: "exact",
        derived: "absent_zero",
        year: edition.year,
        missing: null,
      };
    }
    // Beyond a list of N: ranks N + 1 at best, and at worst last of the places of its level in view.
    const lo = n + 1;
    const bound: CellBound = { kind: "beyond_list", lo, hi: Math.max(lo, ofLevel) };
    return {
      value: lo,
      bound,
      kind: "beyond_list",
      obs: null,
      derived: "beyond_list",
      edition,
      year: edition.year,
      missing: null,
    };
  });
}

function seriesCells(obs: Observation[], places: Place[], asOf: number | undefined): Cell[] {
  // No figure of the series dated by `asOf` (for any place): the indicator has no edition yet, like an edition list.
  const started = obs.some((o) => asOf === undefined || o.edition === undefined || o.edition <= asOf);
  if (obs.length > 0 && !started) return places.map(() => missingCell("no_edition", null));
  const latest = new Map<string, Observation>();
  for (const o of obs) {
    if (asOf !== undefined && o.edition !== undefined && o.edition > asOf) continue;
    const cur = latest.get(o.place);
    if (!cur || (o.edition ?? -Infinity) > (cur.edition ?? -Infinity)) latest.set(o.place, o);
  }
  return places.map((p) => {
    const o = latest.get(p.id);
    return o ? observedCell(o, o.edition ?? null, null) : missingCell("not_collected", null);
  });
}

function observedCell(o: Observation, year: number | null, edition: Edition | null): Cell {
  return { value: o.value, bound: boundOf(o), kind: o.qualifier, obs: o, derived: null, edition, year, missing: null };
}

/** What a stored figure's kind says about where the truth lies (null: exact). */
export function boundOf(o: Pick<Observation, "value" | "qualifier" | "lo" | "hi">): CellBound | null {
  switch (o.qualifier) {
    case "lower_bound":
      return { kind: "lower_bound", lo: o.value, hi: Infinity };
    case "approximate":
      return { kind: "approximate", lo: o.value, hi: o.value };
    case "range":
      return { kind: "range", lo: o.lo ?? o.value, hi: o.hi ?? o.value };
    default:
      return null;
  }
}

/** The engine's (English) reason for a missing cell; the dashboard words it in the user's language (reasons.ts). */
export function missingReason(cell: Cell, asOf?: number): string {
  const list = cell.edition?.list;
  switch (cell.missing) {
    case "below_list":
      return `not published: below the top ${list?.complete ? list.length : (list?.known ?? list?.length ?? "")}`;
    case "no_edition":
      return asOf === undefined ? "no edition" : `no edition by ${asOf}`;
    case "other_level":
      return `the list ranks ${list?.level === "district" ? "districts" : "cities"} only`;
    default:
      return "not in our data";
  }
}
