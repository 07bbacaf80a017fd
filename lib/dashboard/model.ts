import { buildFramework } from "@/lib/data/framework";
import type { Dataset, Observation, Source } from "@/lib/data/types";
import type { DenominatorUsed, PlaceRow, Provenance, RawCell, SeriesDef } from "@/lib/dashboard/rows";
import type { Scale } from "@/lib/scoring/vocabulary";
import { effectiveWeights, imputedShare, type WeightNode } from "@/lib/dashboard/effective-weights";
import { zhPunctuation } from "@/lib/i18n/punctuation";
import type { PlaceResult } from "@/lib/scoring/types";
import { compareNames } from "@/lib/i18n/collate";
import type { Locale } from "@/lib/view/options";

const COLORS = ["var(--series-1)", "var(--series-2)", "var(--series-3)", "var(--series-4)", "var(--series-5)"];
const PATTERNS = ["■", "▲", "●", "◆", "▼", "★"];

/** Names in the interface language (Chinese with full-width punctuation). */
export const nameOf = (x: { nameEn: string; nameZh: string }, locale: Locale) =>
  locale === "zh" ? zhPunctuation(x.nameZh) : x.nameEn;

/** A Chinese or English text from data, in the interface language. */
const textOf = (en: string, zh: string, locale: Locale) => (locale === "zh" ? zhPunctuation(zh) : en);

/** The parts of the dashboard that depend only on the dataset and the language. */
export function staticModel(dataset: Dataset, locale: Locale) {
  const framework = buildFramework(dataset);
  const pillars = framework.children.map((p) => ({ id: p.id, name: nameOf(p, locale) }));
  const indicators = dataset.indicators.map((i) => {
    const years = new Set(dataset.observations.filter((o) => o.indicator === i.id).map((o) => o.year));
    return {
      id: i.id,
      name: nameOf(i, locale),
      unit: textOf(i.unit, i.unitZh, locale),
      pillar: i.pillar,
      perCapita: i.perCapita,
      mixedVintages: years.size > 1,
    };
  });
  const series: SeriesDef[] = pillars.map((p, k) => ({
    id: p.id,
    name: p.name,
    color: COLORS[k % COLORS.length]!,
    pattern: PATTERNS[k % PATTERNS.length]!,
  }));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
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
          reporting: new Set(obs.map((o) => o.place)).size,
          places: dataset.places.length,
          sources: [...new Set(obs.map((o) => o.sourceId))].map((id) => {
            const s = sourceById.get(id);
            return s ? `${s.publisher}, ${s.title}` : id;
          }),
        },
      };
    }),
  }));
  const placeOptions = dataset.places.map((p) => ({ id: p.id, name: nameOf(p, locale) })).sort(compareNames(locale));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const observations = new Map(dataset.observations.map((o) => [`${o.place}|${o.indicator}`, o]));
  return { framework, pillars, indicators, series, weightTree, placeOptions, sources, observations };
}

export type StaticModel = ReturnType<typeof staticModel>;

const sourceLabel = (sources: Map<string, Source>, id: string) => {
  const x = sources.get(id);
  return x ? `${x.publisher}, ${x.title}` : id;
};

function provenance(o: Observation, sources: Map<string, Source>): Provenance {
  const s = sources.get(o.sourceId);
  const label = (id: string) => sourceLabel(sources, id);
  return {
    source: s ? label(o.sourceId) : o.sourceId,
    url: s?.url ?? "",
    year: o.year,
    qualifier: o.qualifier,
    note: o.note,
    alternatives: o.alternatives.map((a) => ({ source: label(a.sourceId), value: a.value, year: a.year })),
    userChange: o.userChange ?? null,
  };
}

/**
 * Every place's reported figures with provenance, at the view's scale. Depends on the data and the scale only, so a
 * weight change does not rebuild it. `missingReason(place, indicator)` is the engine input's reason for a gap.
 */
export function rawCells(
  dataset: Dataset,
  st: StaticModel,
  scaledValue: (place: string, indicator: string) => number | null,
  missingReason: (place: string, indicator: string) => string,
  scale: Scale = "absolute",
): Map<string, Record<string, RawCell>> {
  const out = new Map<string, Record<string, RawCell>>();
  for (const p of dataset.places) {
    const raw: Record<string, RawCell> = {};
    const d = scale === "per_capita" ? p.population : scale === "per_gdp" ? p.gdp : null;
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
      const o = st.observations.get(`${p.id}|${ind.id}`);
      const scaled = o ? scaledValue(p.id, ind.id) : null;
      raw[ind.id] = {
        value: o?.value ?? null,
        scaled,
        denominator: ind.perCapita && scaled !== null ? denominator : null,
        provenance: o ? provenance(o, st.sources) : null,
        missingReason: o && scaled !== null ? null : missingReason(p.id, ind.id),
      };
    }
    out.set(p.id, raw);
  }
  return out;
}

/**
 * Joins the engine's result with names and reported figures: one row per place, in rank order (ties and unranked
 * places in a fixed order by name).
 */
export function buildRows(
  dataset: Dataset,
  raw: Map<string, Record<string, RawCell>>,
  scored: PlaceResult[],
  /** Puts an engine reason ("coverage 40% below threshold 65%") in the user's language. */
  say: (reason: string) => string,
  locale: Locale,
  /** The framework with the weights in force (the engine's `nodes`), for the share of imputed figures. */
  nodes: readonly WeightNode[] = [],
): PlaceRow[] {
  const byId = new Map(scored.map((s) => [s.id, s]));
  const rows = dataset.places.map((p): PlaceRow => {
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
