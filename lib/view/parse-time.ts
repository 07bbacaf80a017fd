/**
 * Parsers for the time and map params (issue 14): `yr` (as-of year), `yr2` ("what changed" base year) and `mm` (the
 * map's measure). Like every parser here they return undefined when the param falls back to its default and never
 * throw. `tp` (trend places) reuses `parsePlaces`.
 */
import type { CtxIndex } from "@/lib/view/ctx-index";
import { parseInteger, type Report } from "@/lib/view/parse";
import { decodeValue, type RawValue } from "@/lib/view/query";

/** The first and last year a view can be "as of"; null when the data carry no dated editions. */
export function yearSpan(years: readonly number[]): { first: number; last: number } | null {
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined || last === undefined ? null : { first, last };
}

/** `yr=2021`: a whole year within the data's years (from the first dated edition to the last). */
export function parseAsOf(v: RawValue, years: readonly number[], report: Report): number | undefined {
  const span = yearSpan(years);
  if (!span) return report("out_of_range", v.text, "these data have no dated editions");
  return parseInteger(v, span.first, span.last, report);
}

/** `yr2=2019`: a year of the data before the as-of year (`asOf`, or the last year when the view is at the latest). */
export function parseSince(
  v: RawValue,
  years: readonly number[],
  asOf: number | null,
  report: Report,
): number | undefined {
  const span = yearSpan(years);
  if (!span) return report("out_of_range", v.text, "these data have no dated editions");
  const until = asOf ?? span.last;
  if (until <= span.first) return report("out_of_range", v.text, `no year of the data precedes ${until}`);
  return parseInteger(v, span.first, until - 1, report);
}

/** `mm=talent`: a pillar or indicator of the framework (the composite is the default and is never written). */
export function parseMeasure(v: RawValue, ix: CtxIndex, report: Report): string | undefined {
  const id = decodeValue(v);
  if (id === null) return report("bad_format", v.text, "malformed percent-escape");
  if (ix.weighted.has(id)) return id;
  return report("unknown_id", id, ix.roots.has(id) ? "the composite is the default" : "no such pillar or indicator");
}
