import type { Cell, ResolvedCells } from "@/lib/data/cells";
import { buildFramework } from "@/lib/data/framework";
import { isScored } from "@/lib/data/helpers";
import type { Dataset, Source } from "@/lib/data/types";
import type { DenominatorUsed, PlaceRow, Provenance, RawCell, SeriesDef } from "@/lib/dashboard/rows";
import { scaleFactor } from "@/lib/scoring/from-dataset";
import type { Scale } from "@/lib/scoring/vocabulary";
import { effectiveWeights, imputedShare, type WeightNode } from "@/lib/dashboard/effective-weights";
import { zhPunctuation } from "@/lib/i18n/punctuation";
import type { PlaceResult } from "@/lib/scoring/types";
import { compareNames } from "@/lib/i18n/collate";
import type { Level, Locale } from "@/lib/view/options";

const COLORS = [
  "var(--series-1)",
  "var(--series-2)",
  "var(--series-3)",
  "var(--series-4)",
  "var(--series-5)",
  "var(--series-6)",
];
const PATTERNS = ["■", "▲", "●", "◆", "▼", "★"];

/** Names in the interface language (Chinese with full-width punctuation). */
export const nameOf = (x: { nameEn: string; nameZh: string }, locale: Locale) =>
  locale === "zh" ? zhPunctuation(x.nameZh) : x.nameEn;

/** A Chinese or English text from data, in the interface language. */
const textOf = (en: string, zh: string, locale: Locale) => (locale === "zh" ? zhPunctuation(zh) : en);

const LEVEL_KEYS: readonly Level[] = ["city", "all", "district"];

/**
 * How many of the places a view shows report an indicator: at lv=city "11 of 20" counts the cities, never the
 * districts the view leaves out; lv=district counts districts; lv=all counts both.
 */
function reportingAt(level: Level, obs: { place: string }[], levelOf: ReadonlyMap<string, string>) {
  const shown = (id: string) => level === "all" || levelOf.get(id) === level;
  return {
    reporting: new Set(obs.map((o) => o.place).filter(shown)).size,
    places: [...levelOf.keys()].filter(shown).length,
  };
}

/** The parts of the dashboard that depend only on the dataset and the language. */
export function staticModel(dataset: Dataset, locale: Locale) {
  const framework = buildFramework(dataset);
  const pillars = framework.children.map((p) => ({ id: p.id, name: nameOf(p, locale) }));
  const indicators = dataset.indicators.map((i) => ({
    id: i.id,
    name: nameOf(i, locale),
    unit: textOf(i.unit, i.unitZh, locale),
    pillar: i.pillar,
    perCapita: i.perCapita,
    /** Shown but never scored (fewer than 5 places, or districts only). */
    context: !isScored(i),
  }));
  const series: SeriesDef[] = pillars.map((p, k) => ({
    id: p.id,
    name: p.name,
    color: COLORS[k % COLORS.length]!,
    pattern: PATTERNS[k % PATTERNS.length]!,
  }));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const levelOf = new Map(dataset.places.map((p) => [p.id, p.level]));
  const weightTree = framework.children.map((p) => ({
    id: p.id,
    name: nameOf(p, locale),
    indicators: p.children.map((c) => {
      const obs = dataset.observations.filter((o) => o.indicator === c.id);
      return {
        id: c.id,
        name: nameOf(c, locale),
        about: {
          definition: textOf(c.indicator.definition, c.indicator.definitionZh, locale),
          unit: textOf(c.indicator.unit, c.indicator.unitZh, locale),
          years: [...new Set(obs.map((o) => o.year))].sort(),
          ...reportingAt("city", obs, levelOf),
          byLevel: Object.fromEntries(LEVEL_KEYS.map((l) => [l, reportingAt(l, obs, levelOf)])) as Record<
            Level,
            { reporting: number; places: number }
          >,
          // Each source with its grade (where the text was read), so a figure resting on a repost is visible before
          // it is weighted.
          sources: [...new Set(obs.map((o) => o.sourceId))].map((id) => {
            const s = sourceById.get(id);
            return { label: s ? `${s.publisher}, ${s.title}` : id, ...(s?.grade ? { grade: s.grade } : {}) };
          }),
        },
      };
    }),
  }));
  // A district "reports its own figures" when it has a figure of an indicator no city reports (Haidian's scholars,
  // firms, funds): those are what head to head offers as context beside its city; the filing counts every district
  // and city share are not.
  const cityReported = new Set(
    dataset.observations.filter((o) => levelOf.get(o.place) === "city").map((o) => o.indicator),
  );
  const ownFigures = new Set(
    dataset.observations
      .filter((o) => levelOf.get(o.place) === "district" && !cityReported.has(o.indicator))
      .map((o) => o.place),
  );
  const placeOptions = dataset.places
    .map((p) => ({
      id: p.id,
      name: nameOf(p, locale),
      level: p.level,
      parent: p.parent,
      ownFigures: ownFigures.has(p.id),
    }))
    .sort(compareNames(locale));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return { framework, pillars, indicators, series, weightTree, placeOptions, sources };
}

export type StaticModel = ReturnType<typeof staticModel>;

const sourceLabel = (sources: Map<string, Source>, id: string) => {
  const x = sources.get(id);
  return x ? `${x.publisher}, ${x.title}` : id;
};

/** Indicators whose figures in view come from more than one year (the table marks them). */
export function mixedVintages(resolved: ResolvedCells): Set<string> {
  const out = new Set<string>();
  for (const [id, cells] of resolved.cells) {
    const years = new Set(cells.filter((c) => c.value !== null).map((c) => c.obs?.year ?? c.year));
    if (years.size > 1) out.add(id);
  }
  return out;
}

function provenance(cell: Cell, sources: Map<string, Source>): Provenance | null {
  const o = cell.obs;
  const list = cell.edition?.list;
  const sourceId = o?.sourceId ?? cell.edition?.sourceId;
  if (cell.value === null || sourceId === undefined) return null;
  const s = sources.get(sourceId);
  const grade = s?.grade ?? null;
  const label = (id: string) => sourceLabel(sources, id);
  return {
    source: label(sourceId),
    url: s?.url ?? "",
    year: o?.year ?? (cell.edition ? String(cell.edition.year) : ""),
    qualifier: cell.kind ?? "exact",
    note: o?.note ?? "",
    alternatives: (o?.alternatives ?? []).map((a) => ({ source: label(a.sourceId), value: a.value, year: a.year })),
    userChange: o?.userChange ?? null,
    grade,
    secondary: grade === "repost",
    edition: cell.edition?.label ?? "",
    derived: cell.derived,
    listLength: list ? (list.complete ? list.length : (list.known ?? list.length)) : null,
  };
}

/**
 * Every place's reported figures with provenance, at the view's scale: one cell per place × indicator, scored and
 * context alike, read from the same resolved cells as the engine input (so a "＞10" on screen is what was scored).
 * Depends on the data, the level and the scale only, so a weight change does not rebuild it. `word` puts a reason
 * in the user's language; `reasonOf` is the engine's reason for a missing cell.
 */
export function rawCells(
  dataset: Dataset,
  st: StaticModel,
  resolved: ResolvedCells,
  scale: Scale,
  word: (reason: string) => string,
  reasonOf: (cell: Cell) => string,
): Map<string, Record<string, RawCell>> {
  const out = new Map<string, Record<string, RawCell>>();
  resolved.places.forEach((place, k) => {
    const raw: Record<string, RawCell> = {};
    const d = scale === "per_capita" ? place.population : scale === "per_gdp" ? place.gdp : null;
    const denominator: DenominatorUsed | null = d
      ? {
          kind: scale === "per_capita" ? "population" : "gdp",
          value: d.value,
          unit: d.unit,
          year: d.year,
          source: sourceLabel(st.sources, d.sourceId),
        }
      : null;
    for (const ind of dataset.indicators) {
      const cell = resolved.cells.get(ind.id)?.[k];
      if (!cell) continue;
      const factor = scaleFactor(place, ind, scale);
      const f = typeof factor === "number" ? factor : null;
      const scaled = cell.value !== null && f !== null ? cell.value * f : null;
      const b = cell.bound;
      raw[ind.id] = {
        value: cell.value,
        scaled,
        denominator: ind.perCapita && scaled !== null ? denominator : null,
        bound: b ? { lo: b.lo, hi: b.hi } : null,
        scaledBound: b && f !== null ? { lo: b.lo * f, hi: b.hi * f } : null,
        flag: ind.kind === "flag" && cell.value !== null ? { granted: cell.obs?.granted ?? null } : null,
        provenance: provenance(cell, st.sources),
        missingReason: cell.value === null ? word(reasonOf(cell)) : scaled === null ? word(String(factor)) : null,
      };
    }
    out.set(place.id, raw);
  });
  return out;
}

/**
 * Joins the engine's result with names and reported figures: one row per place in view, in rank order (ties and unranked
 * places in a fixed order by name).
 */
export function buildRows(
  resolved: ResolvedCells,
  raw: Map<string, Record<string, RawCell>>,
  scored: PlaceResult[],
  /** Puts an engine reason ("coverage 40% below threshold 65%") in the user's language. */
  say: (reason: string) => string,
  locale: Locale,
  /** The framework with the weights in force (the engine's `nodes`), for the share of imputed figures. */
  nodes: readonly WeightNode[] = [],
): PlaceRow[] {
  const byId = new Map(scored.map((s) => [s.id, s]));
  const rows = resolved.places.map((p): PlaceRow => {
    const s = byId.get(p.id);
    const anyImputed = s !== undefined && s.score !== null && Object.values(s.norm).some((c) => c.imputed);
    const imputed = anyImputed
      ? imputedShare(
          effectiveWeights(nodes, (id) => (s.norm[id] ? s.norm[id].value !== null : s.nodes[id] != null)),
          s.norm,
        )
      : 0;
    return {
      id: p.id,
      name: nameOf(p, locale),
      level: p.level,
      userMade: p.userMade === true,
      rank: s?.rank ?? null,
      score: s?.score ?? null,
      coverage: s?.coverage ?? 0,
      status: s?.status ?? "excluded",
      reason: s?.reason ? say(s.reason) : null,
      pillars: s?.nodes ?? {},
      contributions: s?.contributions ?? {},
      raw: raw.get(p.id) ?? {},
      norm: s?.norm ?? {},
      imputedShare: imputed,
    };
  });
  const byName = compareNames(locale);
  return rows.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.score ?? -Infinity) - (a.score ?? -Infinity) || byName(a, b),
  );
}
