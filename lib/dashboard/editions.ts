/**
 * The data's dated years and which edition of each indicator a view reads as of a year (issue 14). Plain reads of
 * the dataset; the codec's context takes its years from here.
 */
import { editionAt } from "@/lib/data/cells";
import { isScored } from "@/lib/data/helpers";
import type { Dataset } from "@/lib/data/types";
import type { EditionUse } from "@/lib/time/types";
import type { Locale } from "@/lib/view/options";

const years = new WeakMap<Dataset, number[]>();

/**
 * The years in which something in the data is dated, ascending: every edition of an indicator with editions, and
 * every dated figure of an indicator without (official statistics, each place's own series). A view can be as of any
 * year from the first of these to the last.
 */
export function datedYears(dataset: Dataset): number[] {
  let out = years.get(dataset);
  if (out) return out;
  const set = new Set<number>();
  const editioned = new Set<string>();
  for (const i of dataset.indicators)
    if (i.editions && i.editions.length > 0) {
      editioned.add(i.id);
      for (const e of i.editions) set.add(e.year);
    }
  for (const o of dataset.observations)
    if (!editioned.has(o.indicator) && o.edition !== undefined && Number.isInteger(o.edition)) set.add(o.edition);
  out = [...set].sort((a, b) => a - b);
  years.set(dataset, out);
  return out;
}

/** Which edition of each indicator a view as of `year` reads (null: the latest), in the framework's order. */
export function editionsInUse(dataset: Dataset, year: number | null, locale: Locale): EditionUse[] {
  const asOf = year ?? undefined;
  return dataset.indicators.map((i): EditionUse => {
    const name = locale === "zh" ? i.nameZh : i.nameEn;
    const base = { id: i.id, name, label: null, year: null, first: null };
    if (!isScored(i)) return { ...base, status: "context" };
    if (i.editions && i.editions.length > 0) {
      const e = editionAt(i, asOf);
      const first = Math.min(...i.editions.map((x) => x.year));
      return e
        ? { ...base, status: "edition", label: e.label, year: e.year, first }
        : { ...base, status: "not_yet", first };
    }
    const dated = dataset.observations
      .filter((o) => o.indicator === i.id && o.edition !== undefined)
      .map((o) => o.edition!);
    const first = dated.length ? Math.min(...dated) : null;
    if (asOf !== undefined && first !== null && first > asOf) return { ...base, status: "not_yet", first };
    return { ...base, status: "series", first };
  });
}

/**
 * The framework nodes a view as of a year leaves out: indicators with no edition (or dated figure) yet, and pillars
 * none of whose indicators is left. Null for the latest editions.
 */
export function leftOutAsOf(
  editions: readonly EditionUse[],
  pillars: readonly { id: string; indicators: readonly { id: string }[] }[],
): Set<string> {
  const notYet = new Set(editions.filter((e) => e.status === "not_yet").map((e) => e.id));
  const out = new Set(notYet);
  for (const p of pillars) if (p.indicators.length > 0 && p.indicators.every((i) => notYet.has(i.id))) out.add(p.id);
  return out;
}
