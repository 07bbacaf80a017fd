/**
 * The first screen of a link: the part of the model the active view renders, and nothing more. The server sends this
 * (not the dataset) with the page; the browser fetches the dataset once and then computes everything itself.
 *
 * Per tab: ranking → every ranked place's rank, score, coverage and pillar contributions (no reported figures but
 * the district table's);
 * compare → the chosen places in full; head to head → the pair in full and every place's name for the pickers;
 * table → the rows in the table's order, in full; methodology → no rows; trends → no rows, the trend's own data and
 * every place's name; map → the rows in full and the coordinates. Views with more than FIRST_SCREEN_ROWS places
 * show the first FIRST_SCREEN_ROWS until the data arrive (`cut` says so), which bounds the server's work per request.
 */
import type { ScreenModel } from "@/lib/dashboard/derive";
import type { PlaceRow } from "@/lib/dashboard/rows";
import { compareNames } from "@/lib/i18n/collate";
import type { Locale } from "@/lib/view/options";
import type { View } from "@/lib/view/types";

export const FIRST_SCREEN_ROWS = 100;

export interface FirstScreen {
  /** The canonical view and language it was computed for (`firstScreenKey`). */
  key: string;
  model: ScreenModel;
  /** How many places the first screen shows of how many, when it shows only the first ones; else null. */
  cut: { shown: number; total: number } | null;
}

/** The key of a view's first screen: data revision, language and the view's canonical query. */
export const firstScreenKey = (revision: string, locale: Locale, canonicalQuery: string) =>
  `${revision}|${locale}|${canonicalQuery}`;

/** A row without its reported and normalized figures; contributions of the pillars only. */
function summary(row: PlaceRow, pillarIds: string[]): PlaceRow {
  const contributions: Record<string, number> = {};
  for (const id of pillarIds) if (Object.hasOwn(row.contributions, id)) contributions[id] = row.contributions[id]!;
  return { ...row, pillars: {}, contributions, raw: {}, norm: {} };
}

type Value = number | string | null | undefined;

/** The value a table column sorts on (the same accessors as `components/table/scores-table.tsx`). */
function columnValue(row: PlaceRow, column: string): Value {
  if (column === "rank") return row.rank;
  if (column === "score") return row.score;
  if (column === "coverage") return row.coverage;
  if (column === "name") return row.name;
  const [kind, id = ""] = [column.slice(0, column.indexOf(":")), column.slice(column.indexOf(":") + 1)];
  if (kind === "pillar") return row.pillars[id];
  if (kind === "raw") return row.raw[id]?.scaled;
  if (kind === "norm") return row.norm[id]?.value;
  return undefined;
}

/** The table's order: the sort column (missing values last either way), ties in rank order. */
export function tableOrder(rows: PlaceRow[], sort: View["sort"], locale: Locale): PlaceRow[] {
  if (!sort) return rows;
  const byName = compareNames(locale);
  const dir = sort.desc ? -1 : 1;
  const at = new Map(rows.map((r, i) => [r.id, i]));
  return [...rows].sort((a, b) => {
    const x = columnValue(a, sort.column);
    const y = columnValue(b, sort.column);
    const xm = x === null || x === undefined;
    const ym = y === null || y === undefined;
    if (xm || ym) return xm && ym ? at.get(a.id)! - at.get(b.id)! : xm ? 1 : -1;
    const c = sort.column === "name" ? byName(a, b) : (x as number) - (y as number);
    return dir * c || at.get(a.id)! - at.get(b.id)!;
  });
}

/** The model trimmed to what the view's active tab renders on first load. */
export function firstScreen(model: ScreenModel, view: View, key: string, locale: Locale): FirstScreen {
  const pillarIds = model.pillars.map((p) => p.id);
  const total = model.rows.length;
  const base: ScreenModel = {
    ...model,
    rows: [],
    placeOptions: [],
    methodology: { ...model.methodology, sources: [] },
  };
  const cut = (shown: number) => (shown < total ? { shown, total } : null);
  switch (view.tab) {
    case "ranking": {
      // Rows come in rank order, unranked places last: the first N ranked and the first N unranked.
      const ranked = model.rows.filter((r) => r.status === "ranked" && r.score !== null).slice(0, FIRST_SCREEN_ROWS);
      const others = model.rows.filter((r) => !(r.status === "ranked" && r.score !== null)).slice(0, FIRST_SCREEN_ROWS);
      // The district table (issue 16) shows the districts' counts and own figures with their provenance: keep those.
      const shown = new Set(model.districts.map((d) => d.id));
      const figures = [
        ...new Set([
          ...(model.districts[0]?.measures.map((x) => x.indicator) ?? []),
          ...model.indicators.filter((i) => i.context).map((i) => i.id),
        ]),
      ];
      const rows = [...ranked, ...others].map((r) => {
        const row = summary(r, pillarIds);
        if (!shown.has(r.id)) return row;
        const raw: PlaceRow["raw"] = {};
        for (const id of figures) if (Object.hasOwn(r.raw, id)) raw[id] = r.raw[id]!;
        return { ...row, raw };
      });
      return { key, model: { ...base, rows }, cut: cut(rows.length) };
    }
    case "compare": {
      const chosen = new Set(view.compare);
      return {
        key,
        model: { ...base, rows: model.rows.filter((r) => chosen.has(r.id)), placeOptions: model.placeOptions },
        cut: null,
      };
    }
    case "h2h": {
      const pair = new Set(view.pair ?? []);
      return {
        key,
        model: { ...base, rows: model.rows.map((r) => (pair.has(r.id) ? r : summary(r, []))) },
        cut: null,
      };
    }
    case "table": {
      const rows = tableOrder(model.rows, view.sort, locale).slice(0, FIRST_SCREEN_ROWS);
      return { key, model: { ...base, rows }, cut: cut(rows.length) };
    }
    case "method":
      return { key, model: { ...base, methodology: model.methodology }, cut: null };
    case "trends":
      // The trend, what changed and the small multiples (`time`) for the chosen places; names for the picker.
      return { key, model: { ...base, placeOptions: model.placeOptions }, cut: null };
    case "map": {
      // Every place in view in full (a tooltip shows an indicator's reported figure), and the coordinates (`geo`).
      const rows = model.rows.slice(0, FIRST_SCREEN_ROWS);
      return { key, model: { ...base, rows }, cut: cut(rows.length) };
    }
    default: {
      // A tab added later: the first rows in full, until its own trimming is written here.
      const rows = model.rows.slice(0, FIRST_SCREEN_ROWS);
      return { key, model: { ...model, rows }, cut: cut(rows.length) };
    }
  }
}
