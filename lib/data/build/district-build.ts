/**
 * The district stage of `npm run data:build`: the two entries files → counts per division code at each edition →
 * the districts that become places (`districts.ts`), plus a check that the entries reproduce every city figure the
 * research tables state for the same measure (so a district's share of its city divides two counts of one list).
 * Pure: the caller reads the files and the GB/T 2260 table.
 */
import type { DivisionTable } from "./divisions";
import {
  planDistricts,
  type CityPlace,
  type DistrictPlan,
  type DistrictRule,
  type SelectedDistrict,
} from "./districts";
import { parseFilingEntries, parseGenaiEntries } from "./entries";
import {
  countFilings,
  countGenai,
  sumFilings,
  sumGenai,
  type FilingCutoff,
  type FilingEdition,
  type GenaiCutoff,
  type GenaiEdition,
} from "./filing-counts";

/** The district part of the selection: which districts, and where each edition of each measure ends. */
export interface DistrictSelection {
  rule: DistrictRule;
  /** The deep-synthesis indicator's id and its editions' cutoffs (batches dated up to a month). */
  filings: { indicator: string; editions: FilingCutoff[] };
  /** The generative-AI indicator's id and its editions' cutoffs (list numbers). */
  genai: { indicator: string; editions: GenaiCutoff[] };
}

export interface DistrictBuild {
  plan: DistrictPlan;
  filings: FilingEdition[];
  genai: GenaiEdition[];
  /** Entries rows that could not be read, and plan problems: any of them stops the build. */
  problems: string[];
}

export function districtsFromEntries(input: {
  selection: DistrictSelection;
  texts: { deepSynthesis: string; genai: string };
  table: DivisionTable;
  cities: readonly CityPlace[];
  /** Districts the selection names itself (Haidian, for its other figures). */
  selected?: readonly SelectedDistrict[];
}): DistrictBuild {
  const { selection, texts, table, cities, selected } = input;
  const ds = parseFilingEntries(texts.deepSynthesis);
  const ga = parseGenaiEntries(texts.genai);
  const filings = countFilings(ds.entries, selection.filings.editions);
  const genai = countGenai(ga.entries, selection.genai.editions);
  const plan = planDistricts({ rule: selection.rule, cities, filings, genai, table, selected });
  return { plan, filings, genai, problems: [...ds.problems, ...ga.problems, ...plan.problems] };
}

/** A figure the research tables state for a place, to be reproduced from the entries. */
export interface StatedFigure {
  ref: string;
  place: string;
  indicator: string;
  edition: number;
  value: number;
}

/**
 * Every stated figure of the two measures must equal the entries' count for the place's codes (a city's prefix, a
 * district's own code) at the same edition: the research counted the same list, so a difference means a copy went
 * wrong. Returns one problem per figure that differs, or whose place has no code.
 */
export function checkStatedFigures(
  build: DistrictBuild,
  selection: DistrictSelection,
  stated: readonly StatedFigure[],
): string[] {
  const codes = new Map<string, string[]>([...build.plan.cityPrefixes].map(([id, p]) => [id, [p]]));
  for (const d of build.plan.districts) codes.set(d.id, [d.code]);
  const problems: string[] = [];
  for (const s of stated) {
    const prefixes = codes.get(s.place);
    let counted: number | undefined;
    if (s.indicator === selection.filings.indicator) {
      const e = build.filings.find((f) => f.edition === s.edition);
      counted = e && prefixes ? sumFilings(e.byCode, prefixes).all : undefined;
    } else if (s.indicator === selection.genai.indicator) {
      const e = build.genai.find((f) => f.edition === s.edition);
      counted = e && prefixes ? sumGenai(e.byCode, prefixes) : undefined;
    } else continue;
    if (counted === undefined)
      problems.push(`${s.ref}: ${s.place} ${s.indicator} ${s.edition}: no division code or edition to count it by`);
    else if (counted !== s.value)
      problems.push(`${s.ref}: ${s.place} ${s.indicator} ${s.edition} states ${s.value}, the entries count ${counted}`);
  }
  return problems;
}
