/**
 * The district stage of `npm run data:build`, after the research tables are built: the districts of the filing lists
 * become places of level `district` (named from GB/T 2260, linked to their city by code), with their deep-synthesis
 * and generative-AI filing counts at each edition counted from the entries. Cities' deep-synthesis figures (from the
 * research tables) must equal the entries' count and gain their cancelled filings. A research figure stored for a
 * district of these measures gives way to the count (which must equal it), so every district has one method.
 */
import type { Observation, Place } from "@/lib/data/types";
import { BuildError, type BuildReport, type BuiltFiles } from "./build";
import type { DivisionTable } from "./divisions";
import { checkStatedFigures, districtsFromEntries } from "./district-build";
import type { PlannedDistrict, UnknownCode } from "./districts";
import { filingsRef, genaiRef } from "./entry-refs";
import type { FilingEdition, FilingTally, GenaiEdition } from "./filing-counts";
import { sumFilings } from "./filing-counts";
import type { Selection } from "./selection-types";

export interface EntriesInput {
  texts: { deepSynthesis: string; genai: string };
  table: DivisionTable;
}

export interface DistrictReport {
  /** Districts made places, with why. */
  districts: { id: string; code: string; filings: number; reasons: PlannedDistrict["reasons"] }[];
  /** Division codes the GB/T 2260 package does not know: their filings count nationally and for no place. */
  unknownCodes: UnknownCode[];
  /** Where the names come from. */
  table: string;
}

/** A 2- or 4-digit city prefix as a 6-digit code (11 → 110000, 3301 → 330100). */
const asCode = (prefix: string) => prefix.padEnd(6, "0");

export function addDistricts(
  built: { files: BuiltFiles; report: BuildReport },
  selection: Selection,
  entries: EntriesInput,
): { files: BuiltFiles; report: BuildReport & { districts?: DistrictReport } } {
  const sel = selection.districts;
  if (!sel) return built;
  const { files, report } = built;
  const problems: string[] = [];
  const cities = files.places.filter((p) => p.level === "city");
  const selectedDistricts = files.places.filter((p) => p.level === "district");
  const build = districtsFromEntries({
    selection: sel,
    texts: entries.texts,
    table: entries.table,
    cities,
    selected: selectedDistricts,
  });
  problems.push(...build.problems);
  const counted = new Set([sel.filings.indicator, sel.genai.indicator]);
  const stated = files.observations
    .filter((o) => counted.has(o.indicator) && o.edition !== undefined)
    .map((o) => ({ ref: o.ref ?? "?", place: o.place, indicator: o.indicator, edition: o.edition!, value: o.value }));
  problems.push(...checkStatedFigures(build, sel, stated));

  for (const id of counted) {
    const ind = files.indicators.find((i) => i.id === id);
    const cutoffs = id === sel.filings.indicator ? sel.filings.editions : sel.genai.editions;
    if (!ind) problems.push(`districts: no indicator "${id}" to count`);
    else if ((ind.editions ?? []).map((e) => e.year).join() !== cutoffs.map((c) => c.edition).join())
      problems.push(`districts: ${id}'s editions and the selection's cutoffs differ`);
  }
  if (problems.length > 0) throw new BuildError(problems);

  const planned = new Map(build.plan.districts.map((d) => [d.id, d]));
  const places: Place[] = [
    ...cities.map((c) => withDivision(c, build.plan.cityPrefixes.get(c.id))),
    ...build.plan.districts.map((d): Place => {
      const kept = selectedDistricts.find((p) => p.id === d.id);
      return kept
        ? withDivision(kept, d.code)
        : {
            id: d.id,
            nameEn: d.nameEn,
            nameZh: d.nameZh,
            level: "district",
            parent: d.parent,
            division: d.code,
            population: null,
            gdp: null,
          };
    }),
  ];

  const omitted = [...report.omitted];
  const kept = files.observations.flatMap((o): Observation[] => {
    if (!counted.has(o.indicator)) return [o];
    if (planned.has(o.place)) {
      omitted.push({
        indicator: o.indicator,
        ref: o.ref ?? "?",
        why: `${o.place}: a district's count comes from the entries (equal to this row)`,
      });
      return [];
    }
    const prefix = build.plan.cityPrefixes.get(o.place);
    const e = build.filings.find((f) => f.edition === o.edition);
    if (o.indicator !== sel.filings.indicator || prefix === undefined || !e) return [o];
    return [{ ...o, cancelled: sumFilings(e.byCode, [prefix]).cancelled }];
  });
  const template = (indicator: string, edition: number) =>
    files.observations.find((o) => o.indicator === indicator && o.edition === edition && !planned.has(o.place));
  const added: Observation[] = [];
  for (const d of build.plan.districts) {
    for (const e of build.filings) {
      const t = template(sel.filings.indicator, e.edition);
      if (t) added.push(filingObservation(d, e, d.filings.get(e.edition)!, t, entries.table.source));
    }
    for (const e of build.genai) {
      const t = template(sel.genai.indicator, e.edition);
      if (t) added.push(genaiObservation(d, e, d.genai.get(e.edition) ?? 0, t, entries.table.source));
    }
  }
  const placeOrder = new Map(places.map((p, k) => [p.id, k]));
  const indicatorOrder = new Map(files.indicators.map((i, k) => [i.id, k]));
  const observations = [...kept, ...added].sort(
    (a, b) =>
      indicatorOrder.get(a.indicator)! - indicatorOrder.get(b.indicator)! ||
      placeOrder.get(a.place)! - placeOrder.get(b.place)! ||
      (a.edition ?? 0) - (b.edition ?? 0),
  );
  return {
    files: { ...files, places, observations },
    report: {
      ...report,
      omitted,
      districts: {
        districts: build.plan.districts.map((d) => ({
          id: d.id,
          code: d.code,
          filings: [...d.filings.values()].at(-1)?.all ?? 0,
          reasons: d.reasons,
        })),
        unknownCodes: build.plan.unknownCodes,
        table: entries.table.source,
      },
    },
  };
}

/** The place with its GB/T 2260 code, the fields in the order every place is written. */
function withDivision(p: Place, prefixOrCode: string | undefined): Place {
  const { id, nameEn, nameZh, level, parent, population, gdp } = p;
  const division = prefixOrCode === undefined ? p.division : asCode(prefixOrCode);
  return { id, nameEn, nameZh, level, parent, ...(division ? { division } : {}), population, gdp };
}

const COMMON =
  "Counts filings (algorithms), not firms. The code is the filer's registered district as CAC codes it, which may differ from where it operates.";

/**
 * A counted figure of a district, with the cities' source and year for its edition; fields in the order every
 * observation is written (so the file diffs line by line).
 */
function counted(
  d: PlannedDistrict,
  template: Observation,
  edition: number,
  own: Pick<Observation, "value" | "qualifier" | "ref" | "note"> & { cancelled?: number },
): Observation {
  return {
    place: d.id,
    indicator: template.indicator,
    value: own.value,
    sourceId: template.sourceId,
    year: template.year,
    qualifier: own.qualifier,
    edition,
    ...(own.cancelled !== undefined ? { cancelled: own.cancelled } : {}),
    ref: own.ref,
    note: own.note,
    alternatives: [],
  };
}

function filingObservation(
  d: PlannedDistrict,
  e: FilingEdition,
  t: FilingTally,
  template: Observation,
  table: string,
): Observation {
  return counted(d, template, e.edition, {
    value: t.all,
    qualifier: "exact",
    cancelled: t.cancelled,
    ref: filingsRef(d.code, e.lastBatch),
    note:
      `METHOD: exact count by npm run data:build of the list's entries whose filing number carries division code ` +
      `${d.code} (${d.localName}; names from ${table}), batches 1-${e.lastBatch} (to ${e.through}); national total ` +
      `${e.total.all}. Includes ${t.cancelled} marked 已注销 (excluding cancelled: ${t.all - t.cancelled}). Roles: ` +
      `${t.providers} 服务提供者 + ${t.all - t.providers} 服务技术支持者. ${COMMON}`,
  });
}

function genaiObservation(
  d: PlannedDistrict,
  e: GenaiEdition,
  count: number,
  template: Observation,
  table: string,
): Observation {
  return counted(d, template, e.edition, {
    value: count,
    qualifier: "lower_bound",
    ref: genaiRef(d.code, e.throughSeq),
    note:
      `METHOD: count by npm run data:build of generative-AI filings Nos. 1-${e.throughSeq} whose 备案单位 matches a ` +
      `deep-synthesis filer with division code ${d.code} (${d.localName}; names from ${table}) and the same province. ` +
      `LOWER BOUND: ${e.total.unmatched} of ${e.total.all} filings nationally have no deep-synthesis match and are ` +
      `placed nowhere; central-SOE (属地=国资委) filings are not counted (${e.total.sasac}).`,
  });
}
