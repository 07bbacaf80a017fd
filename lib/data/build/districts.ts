/**
 * Which districts become places, named how, linked to which city: the leaders of the deep-synthesis filing counts
 * (the top N nationally at the latest edition, ties at the boundary included) and every district of the dataset's
 * cities with at least M filings. Names come from the GB/T 2260 table (Chinese) and its pinyin (English); the city
 * link is the code prefix. Codes the table does not know are reported with their filings, never dropped: they still
 * count in every national and city total.
 */
import { cityNameOf, cityPrefixByName, divisionOf, type DivisionTable } from "./divisions";
import type { FilingEdition, FilingTally, GenaiEdition } from "./filing-counts";
import { englishName, slugOf } from "./pinyin-name";

export interface DistrictRule {
  /** The top N districts nationally by filings at the latest edition (ties with the N-th included). */
  top: number;
  /** Every district of a dataset city with at least this many filings at the latest edition. */
  minInCity: number;
}

/** A city of the dataset: its id and names. */
export interface CityPlace {
  id: string;
  nameEn: string;
  nameZh: string;
}

export interface PlannedDistrict {
  id: string;
  code: string;
  nameEn: string;
  nameZh: string;
  /** Its own name in the GB/T 2260 table (海淀区), without the city's. */
  localName: string;
  /** The dataset city it belongs to. */
  parent: string;
  /** Rank among all known districts nationally by filings at the latest edition (competition ranking). */
  nationalRank: number;
  /**
   * Why it is a place: among the top N nationally, at least M filings in a dataset city, or named in the selection
   * (a district the research has other figures for, such as Haidian).
   */
  reasons: ("top" | "in_city" | "selected")[];
  /** Deep-synthesis filings per edition (cumulative; cancelled counted apart). */
  filings: Map<number, FilingTally>;
  /** Matched generative-AI filings per edition (a lower bound). */
  genai: Map<number, number>;
}

export interface UnknownCode {
  code: string;
  /** Deep-synthesis filings at the latest edition, and matched generative-AI filings, under this code. */
  filings: number;
  genai: number;
  /** The city the table knows for the code's prefix (东莞市 for 441901), or null (406301: no province 40). */
  city: string | null;
}

export interface DistrictPlan {
  districts: PlannedDistrict[];
  /** Dataset city id → its code prefix (3301; 11 for Beijing). */
  cityPrefixes: Map<string, string>;
  unknownCodes: UnknownCode[];
  /** Problems that stop the build (a city the table does not know, a district whose city is not in the dataset). */
  problems: string[];
}

/** A district the selection names itself (with its own id, kept for links); its names must be the table's. */
export interface SelectedDistrict {
  id: string;
  nameEn: string;
  nameZh: string;
  parent: string | null;
}

export function planDistricts(input: {
  rule: DistrictRule;
  cities: readonly CityPlace[];
  filings: readonly FilingEdition[];
  genai: readonly GenaiEdition[];
  table: DivisionTable;
  selected?: readonly SelectedDistrict[];
}): DistrictPlan {
  const { rule, cities, filings, genai, table } = input;
  const problems: string[] = [];
  const cityPrefixes = new Map<string, string>();
  const cityByPrefix = new Map<string, CityPlace>();
  for (const c of cities) {
    const prefix = cityPrefixByName(c.nameZh, table);
    if (prefix === null) problems.push(`city ${c.id} (${c.nameZh}): no single GB/T 2260 city of that name`);
    else {
      cityPrefixes.set(c.id, prefix);
      cityByPrefix.set(prefix, c);
    }
  }
  const latest = filings.reduce<FilingEdition | undefined>((a, e) => (a && a.edition > e.edition ? a : e), undefined);
  if (!latest) return { districts: [], cityPrefixes, unknownCodes: [], problems: [...problems, "no filing editions"] };

  const unknownCodes: UnknownCode[] = [];
  const known: { code: string; all: number }[] = [];
  const allCodes = new Set([...latest.byCode.keys(), ...genai.flatMap((g) => [...g.byCode.keys()])]);
  for (const code of [...allCodes].sort()) {
    const all = latest.byCode.get(code)?.all ?? 0;
    if (divisionOf(code, table)) known.push({ code, all });
    else {
      const g = genai.reduce((n, e) => Math.max(n, e.byCode.get(code) ?? 0), 0);
      unknownCodes.push({ code, filings: all, genai: g, city: cityNameOf(code, table) });
    }
  }
  known.sort((a, b) => b.all - a.all || a.code.localeCompare(b.code));
  const rankOf = new Map<string, number>();
  known.forEach((k, i) =>
    rankOf.set(k.code, i > 0 && known[i - 1]!.all === k.all ? rankOf.get(known[i - 1]!.code)! : i + 1),
  );
  const bar = known[Math.min(rule.top, known.length) - 1]?.all ?? Infinity;

  // A selected district is found by its Chinese name among its city's codes.
  const selectedByCode = new Map<string, SelectedDistrict>();
  for (const sel of input.selected ?? []) {
    const prefix = sel.parent === null ? undefined : cityPrefixes.get(sel.parent);
    const code = [...table.counties.keys()].find((c) => {
      const d = prefix !== undefined && c.startsWith(prefix) ? divisionOf(c, table) : null;
      return d !== null && `${d.cityName}${d.name}` === sel.nameZh;
    });
    if (code === undefined) problems.push(`selected district ${sel.id} (${sel.nameZh}): no such GB/T 2260 division`);
    else selectedByCode.set(code, sel);
  }
  const candidates = [...known];
  for (const code of selectedByCode.keys())
    if (!candidates.some((k) => k.code === code)) candidates.push({ code, all: 0 });

  const districts: PlannedDistrict[] = [];
  const ids = new Map<string, string>();
  for (const { code, all } of candidates) {
    const division = divisionOf(code, table)!;
    const city = cityByPrefix.get(division.cityPrefix);
    const sel = selectedByCode.get(code);
    const reasons: PlannedDistrict["reasons"] = [];
    if (all >= bar && all > 0) reasons.push("top");
    if (city && all >= rule.minInCity) reasons.push("in_city");
    if (sel) reasons.push("selected");
    if (reasons.length === 0) continue;
    if (!city) {
      problems.push(
        `district ${code} ${division.cityName}${division.name} (${all} filings, national rank ${rankOf.get(code)}) ` +
          `belongs to no city of the dataset: add ${division.cityName} to the places`,
      );
      continue;
    }
    const english = englishName(division.name);
    const id = sel?.id ?? `${city.id}-${slugOf(english.proper)}`;
    if (ids.has(id)) problems.push(`districts ${ids.get(id)} and ${code} would both be "${id}"`);
    ids.set(id, code);
    const nameEn = `${english.name} (${city.nameEn})`;
    const nameZh = `${division.cityName}${division.name}`;
    if (sel && (sel.nameEn !== nameEn || sel.nameZh !== nameZh || sel.parent !== city.id))
      problems.push(
        `selected district ${sel.id}: the selection says ${sel.nameEn} / ${sel.nameZh} in ${sel.parent}, ` +
          `GB/T 2260 and its pinyin say ${nameEn} / ${nameZh} in ${city.id}`,
      );
    districts.push({
      id,
      code,
      nameEn,
      nameZh,
      localName: division.name,
      parent: city.id,
      nationalRank: rankOf.get(code) ?? known.length + 1,
      reasons,
      filings: new Map(filings.map((e) => [e.edition, e.byCode.get(code) ?? { all: 0, cancelled: 0, providers: 0 }])),
      genai: new Map(genai.map((e) => [e.edition, e.byCode.get(code) ?? 0])),
    });
  }
  return { districts, cityPrefixes, unknownCodes, problems };
}
