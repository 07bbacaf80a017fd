/**
 * One parser per query param. Each returns the parsed value, or undefined when the param must fall back to its default;
 * every problem goes to `report` as a structured notice. None of them throws.
 */
import { putOwn } from "@/lib/view/context";
import type { CtxIndex } from "@/lib/view/ctx-index";
import { LOCALES, type Locale } from "@/lib/view/options";
import { decodeValue, shown, splitValue, type RawValue } from "@/lib/view/query";
import type { NoticeCode } from "@/lib/view/types";

/** Records a notice for the param being parsed; returns undefined so parsers can `return report(...)`. */
export type Report = (code: NoticeCode, value: string, detail?: string) => undefined;

export const SORT_COLUMNS = ["rank", "score", "coverage", "name"] as const;
export const SORT_KINDS = ["pillar", "raw", "norm"] as const;
export const MAX_RANK_DECIMALS = 6;
/** Extra list items allowed beyond the number of ids a list can name, before the rest is cut (`too_many`). */
const LIST_SLACK = 10;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Plain decimals only: no exponents, hex, Infinity or empty strings (Number("") is 0). */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  if (!NUMBER.test(t)) return null;
  const x = Number(t);
  return Number.isFinite(x) ? x : null;
}

/** Rounds to one decimal, the grid links are written on; `+ 0` turns -0 into 0. */
export const round1 = (x: number): number => Math.round(x * 10) / 10 + 0;

function decoded(v: RawValue, report: Report): string | null {
  const s = decodeValue(v);
  if (s === null) report("bad_format", v.text, "malformed percent-escape");
  return s;
}

/** An option from a typed list, case-insensitive. */
export function parseChoice<T extends string>(
  v: RawValue,
  list: readonly T[],
  report: Report,
  code: NoticeCode = "unknown_method",
): T | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const t = s.trim().toLowerCase();
  const hit = list.find((x) => x === t);
  if (hit === undefined) report(code, s, `expected one of ${list.join(", ")}`);
  return hit;
}

/** Calls `fn` for each non-empty item of a comma list, at most `max` of them. */
function eachItem(v: RawValue, max: number, report: Report, fn: (item: RawValue) => void): void {
  const items = splitValue(v, ",").filter((i) => i.text !== "");
  if (items.length > max) report("too_many", `${items.length} items`, `at most ${max} are read`);
  for (const item of items.slice(0, max)) fn(item);
}

/** Splits "id:value" (before decoding, so an encoded ":" in an id stays); null after reporting when malformed. */
function pairOf(item: RawValue, report: Report): [string, string] | null {
  const parts = splitValue(item, ":");
  const [a, b] = parts;
  if (parts.length !== 2 || a === undefined || b === undefined || a.text === "") {
    report("bad_format", shown(item), 'expected "id:value"');
    return null;
  }
  const id = decodeValue(a);
  const value = decodeValue(b);
  if (id === null || value === null) {
    report("bad_format", item.text, "malformed percent-escape");
    return null;
  }
  return [id, value];
}

/** `w=talent:8,capital:3` → the ratings it sets (0–10, one decimal). */
export function parseWeights(v: RawValue, ix: CtxIndex, report: Report): Record<string, number> {
  const out: Record<string, number> = {};
  const seen = new Set<string>();
  eachItem(v, ix.weighted.size + LIST_SLACK, report, (item) => {
    const kv = pairOf(item, report);
    if (!kv) return;
    const [id, text] = kv;
    if (!ix.weighted.has(id)) {
      // A context indicator exists but is never scored, so no rating can weight it: say so rather than "no such".
      if (ix.contextIndicators.has(id)) return report("context_indicator", id);
      report("unknown_id", id, ix.roots.has(id) ? "the composite itself has no weight" : undefined);
      return;
    }
    if (seen.has(id)) return report("bad_format", `${id}:${text}`, "given more than once; the first valid one is used");
    const x = parseNumber(text);
    if (x === null) return report("not_a_number", `${id}:${text}`);
    if (x < 0 || x > 10) return report("out_of_range", `${id}:${text}`, "ratings run from 0 to 10");
    seen.add(id);
    putOwn(out, id, round1(x));
  });
  return out;
}

/** `no=ind:rank`, `ao=node:harmonic`, `tf=ind:ln`: per-node methods for the ids in `ids`. */
export function parseOverrides<T extends string>(
  v: RawValue,
  ids: Set<string>,
  idKind: string,
  list: readonly T[],
  report: Report,
): Record<string, T> {
  const out: Record<string, T> = {};
  const seen = new Set<string>();
  eachItem(v, ids.size + LIST_SLACK, report, (item) => {
    const kv = pairOf(item, report);
    if (!kv) return;
    const [id, text] = kv;
    if (!ids.has(id)) return report("unknown_id", id, `no such ${idKind}`);
    if (seen.has(id)) return report("bad_format", `${id}:${text}`, "given more than once; the first valid one is used");
    const method = list.find((x) => x === text.trim().toLowerCase());
    if (method === undefined) return report("unknown_method", `${id}:${text}`, `expected one of ${list.join(", ")}`);
    seen.add(id);
    putOwn(out, id, method);
  });
  return out;
}

/** A number in [min, max] rounded to one decimal (`cov`). */
export function parseBounded(v: RawValue, min: number, max: number, report: Report): number | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const x = parseNumber(s);
  if (x === null) return report("not_a_number", s);
  if (x < min || x > max) return report("out_of_range", s, `from ${min} to ${max}`);
  return round1(x);
}

/** `rd`: a whole number 0–6. */
export function parseRankDecimals(v: RawValue, report: Report): number | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const x = parseNumber(s);
  if (x === null) return report("not_a_number", s);
  if (!Number.isInteger(x)) return report("bad_format", s, "a whole number is needed");
  if (x < 0 || x > MAX_RANK_DECIMALS) return report("out_of_range", s, `from 0 to ${MAX_RANK_DECIMALS}`);
  return x + 0;
}

/**
 * `p` and `h`: distinct known place ids, `min`–`max` of them. One notice per problem: a repeated place is reported once
 * however often it repeats; when fewer than `min` valid places remain, one `too_few_places` notice replaces the item
 * notices (the whole list falls back to the default, so that is the one thing to say).
 */
export function parsePlaces(v: RawValue, ix: CtxIndex, min: number, max: number, report: Report): string[] | undefined {
  const out: string[] = [];
  const items: [NoticeCode, string, string][] = [];
  const repeated = new Set<string>();
  let extra = 0;
  for (const item of splitValue(v, ",")) {
    if (item.text === "") continue;
    const id = decodeValue(item);
    if (id === null) items.push(["bad_format", item.text, "malformed percent-escape"]);
    else if (!ix.places.has(id)) items.push(["unknown_id", id, "no such place"]);
    else if (out.includes(id)) {
      if (!repeated.has(id)) items.push(["bad_format", id, "listed twice"]);
      repeated.add(id);
    } else if (out.length < max) out.push(id);
    else extra++;
  }
  if (out.length >= min) {
    for (const [code, value, detail] of items) report(code, value, detail);
    if (extra > 0) report("too_many", shown(v), `at most ${max} places; the first ${max} are used`);
    return out;
  }
  const need = min === max ? `${min}` : `${min}–${max}`;
  report("too_few_places", shown(v), `needs ${need} different known places; the default is used`);
  return undefined;
}

/**
 * `sort=score`, `sort=-pillar:talent`: a table column, "-" for descending. Kinds hold no ":", so the decoded value is
 * split at its first ":" and an id may contain more of them.
 */
export function parseSort(v: RawValue, ix: CtxIndex, report: Report): { column: string; desc: boolean } | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const desc = s.startsWith("-");
  const column = desc ? s.slice(1) : s;
  const colon = column.indexOf(":");
  if (colon < 0) {
    const col = SORT_COLUMNS.find((c) => c === column);
    if (col === undefined) return report("bad_format", s, `expected ${SORT_COLUMNS.join(", ")} or kind:id`);
    return { column: col, desc };
  }
  const kind = SORT_KINDS.find((k) => k === column.slice(0, colon));
  const id = column.slice(colon + 1);
  if (kind === undefined) return report("bad_format", s, `expected ${SORT_KINDS.map((k) => `${k}:<id>`).join(", ")}`);
  const ids = kind === "pillar" ? ix.pillars : ix.indicators;
  const context = kind === "raw" && ix.contextIndicators.has(id);
  if (!ids.has(id) && !context)
    return report("unknown_id", id, kind === "pillar" ? "no such pillar" : "no such indicator");
  return { column, desc };
}

/** `lang=zh`; also reads language tags such as "zh-CN" or "en_GB". */
export function parseLang(v: RawValue, report: Report): Locale | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const primary = s.trim().toLowerCase().split(/[-_]/)[0];
  const hit = LOCALES.find((l) => l === primary);
  if (hit === undefined) report("bad_format", s, `expected ${LOCALES.join(" or ")}`);
  return hit;
}

const DATA_VERSION = /^[A-Za-z0-9._-]{1,64}$/;

/** `d=2026-11-28.ab12cd34`: kept as stated; a version other than the current one is reported. */
export function parseDataVersion(v: RawValue, current: string | null, report: Report): string | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  if (!DATA_VERSION.test(s)) return report("bad_format", s, "not a data version");
  if (s !== current) {
    report("other_data_version", s, current === null ? "this data has no version" : `current version is ${current}`);
  }
  return s;
}

/** `v=1`: the link format version. Absent or unreadable means 1. */
export function parseFormatVersion(v: RawValue, report: Report): number {
  const s = decoded(v, report);
  if (s === null) return 1;
  const t = s.trim();
  if (!/^\d{1,9}$/.test(t) || Number(t) < 1) return (report("bad_format", s, "expected a positive whole number"), 1);
  return Number(t);
}

/** A whole number in [min, max] (`mc`, `seed`). */
export function parseInteger(v: RawValue, min: number, max: number, report: Report): number | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const x = parseNumber(s);
  if (x === null) return report("not_a_number", s);
  if (!Number.isInteger(x)) return report("bad_format", s, "a whole number is needed");
  if (x < min || x > max) return report("out_of_range", s, `from ${min} to ${max}`);
  return x + 0;
}

/** `bnd=10-40`: two percentages LO ≤ HI in [0, 100], one decimal each. */
export function parseRange(v: RawValue, report: Report): { lo: number; hi: number } | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  const m = /^\s*([^-]+)-([^-]+)\s*$/.exec(s);
  if (!m) return report("bad_format", s, 'expected "LO-HI" in percent, e.g. 10-40');
  const lo = parseNumber(m[1]!);
  const hi = parseNumber(m[2]!);
  if (lo === null || hi === null) return report("not_a_number", s);
  if (lo < 0 || hi > 100 || lo > hi) return report("out_of_range", s, "0 ≤ LO ≤ HI ≤ 100");
  return { lo: round1(lo), hi: round1(hi) };
}

/** `unc=weights,methods`: a set of options from a typed list, returned in the list's order; `none` is the empty set. */
export function parseSet<T extends string>(v: RawValue, list: readonly T[], report: Report): T[] | undefined {
  const s = decoded(v, report);
  if (s === null) return undefined;
  if (s.trim().toLowerCase() === "none") return [];
  const picked = new Set<T>();
  let bad = false;
  for (const item of s.split(",")) {
    const t = item.trim().toLowerCase();
    if (t === "") continue;
    const hit = list.find((x) => x === t);
    if (hit === undefined) {
      bad = true;
      report("unknown_method", item, `expected some of ${list.join(", ")}, or none`);
    } else picked.add(hit);
  }
  if (bad && picked.size === 0) return undefined;
  return list.filter((x) => picked.has(x));
}
