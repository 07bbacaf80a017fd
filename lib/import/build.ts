/**
 * Assembles a Dataset from imported tables and validates it with the bundled data's validator, so an import is held to
 * the same schema and rules as the published data. Each imported figure cites the file it came from.
 */
import type { Dataset, Indicator, Observation, Pillar, Place, Source } from "@/lib/data/types";
import { validateDataset } from "@/lib/data/validate";
import { fnv1a } from "./ids";
import type { ImportError, ImportResult } from "./types";

export interface BuiltIndicator {
  id: string;
  name: string;
  unit: string;
  direction: 1 | -1;
  pillar: string;
  weight: number;
}

export interface BuildInput {
  composite: { id: string; name: string };
  pillars: { id: string; name: string; weight: number }[];
  indicators: BuiltIndicator[];
  places: { id: string; name: string }[];
  /** indicator id → one value per place (null = missing). */
  values: Record<string, (number | null)[]>;
  /** What to cite as the figures' source: the file(s). */
  sourceTitle: string;
  /** YYYY-MM-DD of the import. */
  today: string;
}

function renameRanks(b: BuildInput): BuildInput {
  const values: Record<string, (number | null)[]> = {};
  const indicators = b.indicators.map((i) => {
    const { id } = rankKind(i, b.values[i.id] ?? []);
    values[id] = b.values[i.id] ?? [];
    return { ...i, id };
  });
  return { ...b, indicators, values };
}

export const IMPORT_SOURCE_ID = "imported-file";
const RANK_ID = /(^|_)rank(_|$)/;

/**
 * Whether an indicator is a position in a list: lower is better and every figure a whole number ≥ 1. The data rules
 * read an id containing "rank" as such a position, so an id that says rank but is not one is renamed ("ranking").
 */
function rankKind(i: BuiltIndicator, values: (number | null)[]): { id: string; kind: "rank" | "value" } {
  const isRank = i.direction === -1 && values.every((v) => v === null || (Number.isInteger(v) && v >= 1));
  if (isRank && RANK_ID.test(i.id)) return { id: i.id, kind: "rank" };
  return { id: RANK_ID.test(i.id) ? i.id.replace(/(^|_)rank(?=_|$)/g, "$1ranking") : i.id, kind: "value" };
}

export function buildDataset(input: BuildInput, file: string): ImportResult<Dataset> {
  const b = renameRanks(input);
  const source: Source = {
    id: IMPORT_SOURCE_ID,
    publisher: "Your file",
    title: b.sourceTitle,
    date: b.today,
    url: "",
    covers: "Figures imported into this browser by its user.",
  };
  const places: Place[] = b.places.map((p) => ({
    id: p.id,
    nameEn: p.name,
    nameZh: p.name,
    level: "city",
    parent: null,
    population: null,
    gdp: null,
  }));
  const pillars: Pillar[] = b.pillars.map((p) => ({ id: p.id, nameEn: p.name, nameZh: p.name, weight: p.weight }));
  const indicators: Indicator[] = b.indicators.map((i) => ({
    id: i.id,
    nameEn: i.name,
    nameZh: i.name,
    unit: i.unit || "—",
    unitZh: i.unit || "—",
    direction: i.direction,
    kind: rankKind(i, b.values[i.id] ?? []).kind,
    pillar: i.pillar,
    weight: i.weight,
    definition: `${i.name}, as given in ${b.sourceTitle}.`,
    definitionZh: `${i.name}（导入文件：${b.sourceTitle}）`,
    perCapita: false,
  }));
  const observations: Observation[] = [];
  for (const i of b.indicators) {
    const column = b.values[i.id] ?? [];
    b.places.forEach((p, k) => {
      const v = column[k];
      if (v === null || v === undefined) return;
      observations.push({
        place: p.id,
        indicator: i.id,
        value: v,
        sourceId: IMPORT_SOURCE_ID,
        year: "as imported",
        qualifier: "exact",
        note: "",
        alternatives: [],
      });
    });
  }
  const content = { sources: [source], places, pillars, indicators, observations, composite: b.composite };
  const raw = {
    version: { date: b.today, hash: fnv1a(JSON.stringify(content)) },
    composite: { id: b.composite.id, nameEn: b.composite.name, nameZh: b.composite.name },
    sources: [source],
    places,
    pillars,
    indicators,
    observations,
  };
  const result = validateDataset(raw);
  if (!result.ok)
    return {
      ok: false,
      errors: result.errors.map((e): ImportError => ({
        file,
        row: null,
        column: `${e.record} › ${e.field}`,
        reason: e.message,
      })),
    };
  return { ok: true, value: result.dataset, warnings: result.warnings };
}
