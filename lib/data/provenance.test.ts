/**
 * Every bundled figure traces to its research row (data/research/, verbatim copies of ../shared/research/): same
 * place, research indicator, value (a range's midpoint and ends), kind, year and note, a source record standing for
 * the row's source cell, and a verbatim quote. Alternatives and denominators likewise. Nothing is left out silently:
 * every row of a selected research indicator is stored or reported as left out with a reason.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { selection } from "@/data/selection";
import { ENTRY_FILES, parseFilingEntries, parseGenaiEntries } from "./build/entries";
import { filingsRef, parseEntryRef, recount } from "./build/entry-refs";
import { freshBuild, readResearch, RESEARCH_FILES } from "./build/files";
import type { Observation } from "./types";
import { NOT_ACTUAL_NOTE, parseFigure, PROVINCE_CITY } from "./build/kinds";
import { refOf, rowByRef } from "./build/research";
import { getDataset } from "./load";
import { toPersons, toYiYuan } from "./units";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const SHARED = fileURLToPath(new URL("../../../shared/research/", import.meta.url));
const COPIED = [...RESEARCH_FILES, "seed-article-zh.txt", ...Object.values(ENTRY_FILES)];

const dataset = getDataset();
const { tables, seedArticle, entries: entryTexts } = readResearch(DATA);
const entries = {
  deepSynthesis: parseFilingEntries(entryTexts.deepSynthesis).entries,
  genai: parseGenaiEntries(entryTexts.genai).entries,
};
const placeById = new Map(dataset.places.map((p) => [p.id, p]));
const place = new Map(selection.places.map((p) => [p.id, p]));
const cellsOf = new Map(selection.sources.map((s) => [s.id, new Set(s.cells)]));
const selected = new Map(selection.indicators.map((i) => [i.id, i]));
const researchIndicators = (id: string) => [selected.get(id)!.rows].flat().map((r) => r.indicator);

function rowOf(ref: string | undefined) {
  const row = ref ? rowByRef(tables, ref) : undefined;
  expect(row, `research row ${ref}`).toBeDefined();
  return row!;
}

/**
 * A figure counted from list entries (issue 16): the entries its ref names, counted again, give its value (and its
 * cancelled filings); the code is its place's own; source, year and kind are those of the cities' research rows of
 * the same edition; a city's cancelled filings are the count of its code prefix in the same batches.
 */
function checkCounted(o: Observation) {
  const ref = parseEntryRef(o.ref)!;
  const counted = recount(o.ref, entries)!;
  expect(counted.count).toBe(o.value);
  expect(placeById.get(o.place)?.division).toBe(ref.code);
  const peers = dataset.observations.filter(
    (c) => c.indicator === o.indicator && c.edition === o.edition && placeById.get(c.place)?.level === "city",
  );
  expect(peers.length).toBeGreaterThan(0);
  for (const c of peers) {
    expect([o.sourceId, o.year]).toEqual([c.sourceId, c.year]);
    if (ref.file !== ENTRY_FILES.deepSynthesis) continue;
    const city = placeById.get(c.place)!.division!.replace(/(00)+$/, "");
    expect(c.cancelled, `${c.place} cancelled`).toBe(recount(filingsRef(city, ref.through), entries)!.cancelled);
  }
  if (ref.file === ENTRY_FILES.deepSynthesis) expect([o.qualifier, o.cancelled]).toEqual(["exact", counted.cancelled]);
  else expect(o.qualifier).toBe("lower_bound");
}

describe("provenance: bundled data ↔ research tables", () => {
  it.runIf(existsSync(SHARED + "topics"))("data/research/ holds verbatim copies of ../shared/research/", () => {
    for (const name of COPIED)
      expect(readFileSync(DATA + "research/" + name, "utf8"), name).toBe(readFileSync(SHARED + name, "utf8"));
  });

  it.each(
    dataset.observations.map((o, i) => [`observations[${i}] (${o.place} × ${o.indicator} ${o.year})`, o] as const),
  )("%s matches its research row, word for word", (_, o) => {
    if (parseEntryRef(o.ref)) return checkCounted(o);
    const row = rowOf(o.ref);
    expect(row.city).toBe(place.get(o.place)!.researchName);
    expect(researchIndicators(o.indicator)).toContain(row.indicator);
    const fig = parseFigure(row);
    expect(fig).toEqual({
      value: o.value,
      qualifier: o.qualifier,
      ...(o.lo !== undefined ? { lo: o.lo, hi: o.hi } : {}),
    });
    expect(o.year).toBe(row.year);
    expect(o.note).toBe(row.note);
    expect(cellsOf.get(o.sourceId)?.has(row.source), `source ${o.sourceId} stands for "${row.source}"`).toBe(true);
    const quote = row.quote.trim() !== "" ? row.quote : selected.get(o.indicator)!.quotes?.[row.city];
    expect(quote, "a verbatim quote").toBeTruthy();
    if (row.quote.trim() === "") expect(seedArticle).toContain(quote);
    expect(PROVINCE_CITY.test(row.city)).toBe(false);
    expect(NOT_ACTUAL_NOTE.test(row.note) || NOT_ACTUAL_NOTE.test(row.year)).toBe(false);
    for (const a of o.alternatives) {
      const alt = rowOf(a.ref);
      expect(alt.city).toBe(row.city);
      expect(parseFigure(alt)).toMatchObject({ value: a.value, qualifier: a.qualifier });
      expect([a.year, a.note]).toEqual([alt.year, alt.note]);
      expect(cellsOf.get(a.sourceId)?.has(alt.source)).toBe(true);
    }
  });

  it.each(dataset.places.map((p) => [p.id, p] as const))("%s: population and GDP match their rows", (_, p) => {
    for (const [what, den] of [
      ["population", p.population],
      ["gdp", p.gdp],
    ] as const) {
      if (den === null) continue;
      const row = rowOf(den.ref);
      expect(row.city).toBe(place.get(p.id)!.researchName);
      const value = Number(row.value);
      expect(den.value).toBe(
        what === "population" ? toPersons(value, row.unit).value : toYiYuan(value, row.unit).value,
      );
      expect([den.year, den.note]).toEqual([row.year, row.note]);
      expect(cellsOf.get(den.sourceId)?.has(row.source)).toBe(true);
    }
  });

  it("grades every source, and every source record stands for cells that exist in the research tables", () => {
    const cells = new Set([...tables.values()].flat().map((r) => r.source));
    for (const s of dataset.sources) {
      expect(["official", "publisher", "media", "repost"], s.id).toContain(s.grade);
      for (const c of cellsOf.get(s.id) ?? []) expect(cells.has(c), `${s.id}: ${c}`).toBe(true);
    }
  });

  it("leaves out no row of a selected research indicator without saying why", () => {
    const { report } = freshBuild(DATA, selection);
    const omitted = new Set(report.omitted.map((o) => o.ref));
    const stored = new Set(dataset.observations.map((o) => o.ref));
    for (const ind of selection.indicators)
      for (const f of [ind.rows].flat())
        for (const row of tables.get(f.file) ?? []) {
          if (row.indicator !== f.indicator) continue;
          if (f.sourcePrefix && !f.sourcePrefix.some((p) => row.source.startsWith(p))) continue;
          const ref = refOf(row);
          expect(stored.has(ref) || omitted.has(ref), `${ind.id}: ${ref}`).toBe(true);
        }
  });
});
