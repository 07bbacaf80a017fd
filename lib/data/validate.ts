/**
 * `validateDataset`: shape (zod) first, then the cross-record rules of data issue 3. Every problem names the record
 * (`observations[12] (hangzhou × ai_financing_amount)`, `indicators[ai_financing_rank]`) and the field. It never throws:
 * the app calls it on the bundled files at load time and `npm run data:check` calls it from the command line.
 */
import type { z } from "zod";
import { datasetSchema } from "./schema";
import { limitErrors, strictErrors } from "./strict-rules";
import type { Dataset, Denominator, Observation } from "./types";
import { kindErrors } from "./validate-kinds";
import { contextRoleWarnings, withContextRoles } from "./context-role";

export interface DataError {
  /** Which record: `places[beijing-haidian]`, `observations[12] (hangzhou × ai_financing_amount)`, `dataset`. */
  record: string;
  /** Which field of it: `sourceId`, `alternatives[0].sourceId`, `population.sourceId`, `(record)` for the whole. */
  field: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset; warnings: string[] } | { ok: false; errors: DataError[] };

export function formatDataError(e: DataError): string {
  return `${e.record} › ${e.field}: ${e.message}`;
}

export function validateDataset(raw: unknown): ValidationResult {
  try {
    const limits = limitErrors(raw);
    if (limits.length > 0) return { ok: false, errors: limits };
    const parsed = datasetSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => shapeError(raw, issue)) };
    const stated = parsed.data as Dataset;
    const errors = [...crossRecordErrors(stated), ...strictErrors(stated)];
    if (errors.length > 0) return { ok: false, errors };
    // A dataset that does not say which indicators are context gets the bundled build's rule (context-role.ts).
    const dataset = withContextRoles(stated);
    return { ok: true, dataset, warnings: [...warningsFor(dataset), ...contextRoleWarnings(stated, dataset)] };
  } catch (e) {
    // Defensive: zod does not throw on bad input, but hostile objects (throwing getters, proxies) might.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ record: "dataset", field: "(root)", message: `could not be read: ${message}` }] };
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Naming records from zod paths

const COLLECTIONS = ["sources", "places", "pillars", "indicators"] as const;

function safeGet(obj: unknown, key: PropertyKey): unknown {
  try {
    if (obj === null || typeof obj !== "object") return undefined;
    return (obj as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

function idOf(item: unknown, key = "id"): string | undefined {
  const id = safeGet(item, key);
  return typeof id === "string" && id !== "" ? id : undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The record a zod path points into, named by id when the raw record has one. */
export function recordAt(raw: unknown, path: readonly PropertyKey[]): { record: string; rest: PropertyKey[] } {
  const [top, index, ...rest] = path;
  if (top === undefined) return { record: "dataset", rest: [] };
  const collection = String(top);
  if (typeof index !== "number") {
    if (collection === "version" || collection === "composite") return { record: collection, rest: path.slice(1) };
    return { record: "dataset", rest: path.slice() };
  }
  const item = safeGet(safeGet(raw, top), index);
  if ((COLLECTIONS as readonly string[]).includes(collection)) {
    const id = idOf(item);
    return { record: id === undefined ? `${collection}[${index}]` : `${collection}[${id}]`, rest };
  }
  if (collection === "observations") return { record: observationName(index, item), rest };
  return { record: `${collection}[${index}]`, rest };
}

function observationName(index: number, item: unknown): string {
  const place = idOf(item, "place");
  const indicator = idOf(item, "indicator");
  return place !== undefined && indicator !== undefined
    ? `observations[${index}] (${place} × ${indicator})`
    : `observations[${index}]`;
}

function shapeError(raw: unknown, issue: z.core.$ZodIssue): DataError {
  const { record, rest } = recordAt(raw, issue.path);
  if (issue.code === "unrecognized_keys") {
    const field = [formatPath(rest), issue.keys.join(", ")].filter((s) => s !== "").join(".");
    return { record, field, message: `unknown field(s): ${issue.keys.join(", ")}` };
  }
  return { record, field: rest.length === 0 ? "(record)" : formatPath(rest), message: issue.message };
}

// ---------------------------------------------------------------------------------------------------------------------
// Cross-record rules

/**
 * The research CSV marks plans and provincial figures in capitals at the start of the note or of a clause ("TARGET
 * not actual", "PROVINCE-level, NOT a city figure"); such rows are never a city's actual. A note that only mentions a
 * province total ("Province total: 浙江省=26 [PROVINCE]") or a regional designation ("PROVINCE/regional") is not one.
 */
const NOT_ACTUAL = /(?:^|[.;:]\s*)(TARGET|PROVINCE)\b(?![\]/])/;
const PLAN_PERIOD = /\b(target|plan)\b/i;
const DISTRICT_LEVEL = /district-level/i;

function crossRecordErrors(d: Dataset): DataError[] {
  const errors: DataError[] = [];
  const err = (record: string, field: string, message: string) => errors.push({ record, field, message });

  const sourceIds = uniqueIds(d.sources, "sources", err);
  const placeIds = uniqueIds(d.places, "places", err);
  const pillarIds = uniqueIds(d.pillars, "pillars", err);
  const indicatorIds = uniqueIds(d.indicators, "indicators", err);
  const places = new Map(d.places.map((p) => [p.id, p]));
  const indicators = new Map(d.indicators.map((i) => [i.id, i]));

  for (const p of d.places) {
    const record = `places[${p.id}]`;
    if (p.parent !== null) {
      const parent = places.get(p.parent);
      if (!placeIds.has(p.parent) || parent === undefined) err(record, "parent", `unknown place id "${p.parent}"`);
      else if (p.parent === p.id) err(record, "parent", "a place cannot be its own parent");
      else if (parent.level !== "city") err(record, "parent", `parent "${p.parent}" must be a city`);
    } else if (p.level === "district") {
      err(record, "parent", "a district needs its parent city");
    }
    // A district's GB/T 2260 code lies under its city's (330110 under 330100, 110108 under 110000).
    const parentCode = p.parent === null ? undefined : places.get(p.parent)?.division;
    if (
      p.division !== undefined &&
      parentCode !== undefined &&
      !p.division.startsWith(parentCode.replace(/(00)+$/, ""))
    )
      err(record, "division", `code ${p.division} does not lie under its city's code ${parentCode}`);
    checkDenominator(record, "population", p.population, sourceIds, err);
    checkDenominator(record, "gdp", p.gdp, sourceIds, err);
    if (p.location && !sourceIds.has(p.location.sourceId))
      err(record, "location.sourceId", `unknown source id "${p.location.sourceId}"`);
  }

  for (const i of d.indicators) {
    const record = `indicators[${i.id}]`;
    if (!pillarIds.has(i.pillar)) err(record, "pillar", `unknown pillar id "${i.pillar}"`);
    if (i.kind === "rank" && i.direction !== -1)
      err(record, "direction", "a rank indicator must be lower-is-better (direction -1), not 1");
    if (/(^|_)rank(_|$)/.test(i.id) && i.kind !== "rank")
      err(record, "kind", 'an indicator named "rank" must have kind "rank" (positions are never turned into values)');
  }

  kindErrors(d, err);
  d.observations.forEach((o, index) => {
    const record = `observations[${index}] (${o.place} × ${o.indicator})`;
    const place = places.get(o.place);
    const indicator = indicators.get(o.indicator);
    if (place === undefined) err(record, "place", `unknown place id "${o.place}"`);
    if (indicator === undefined || !indicatorIds.has(o.indicator))
      err(record, "indicator", `unknown indicator id "${o.indicator}"`);
    if (!sourceIds.has(o.sourceId)) err(record, "sourceId", `unknown source id "${o.sourceId}"`);

    if (indicator?.kind === "rank" && o.qualifier !== "range" && !(Number.isInteger(o.value) && o.value >= 1))
      err(record, "value", `a rank must be a whole number ≥ 1, got ${o.value}`);
    checkActual(record, "", o, err);
    if (o.cancelled !== undefined && o.cancelled > o.value)
      err(record, "cancelled", `${o.cancelled} cancelled filings out of ${o.value}: more than the count`);
    if (place?.level === "city" && DISTRICT_LEVEL.test(o.note))
      err(record, "note", "a district-level figure is stored for a city; store it under the district");

    o.alternatives.forEach((a, k) => {
      const prefix = `alternatives[${k}].`;
      if (!sourceIds.has(a.sourceId)) err(record, `${prefix}sourceId`, `unknown source id "${a.sourceId}"`);
      checkActual(record, prefix, a, err);
    });
  });
  return errors;
}

type Report = (record: string, field: string, message: string) => void;

function uniqueIds(items: readonly { id: string }[], collection: string, err: Report): Set<string> {
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) err(`${collection}[${item.id}]`, "id", `duplicated id "${item.id}"`);
    ids.add(item.id);
  }
  return ids;
}

function checkDenominator(
  record: string,
  field: string,
  den: Denominator | null,
  sourceIds: Set<string>,
  err: Report,
): void {
  if (den === null) return;
  if (!sourceIds.has(den.sourceId)) err(record, `${field}.sourceId`, `unknown source id "${den.sourceId}"`);
  if (den.unit !== (field === "population" ? "persons" : "亿元"))
    err(record, `${field}.unit`, `${field} must be in ${field === "population" ? "persons" : "亿元"}`);
  if (NOT_ACTUAL.test(den.note)) err(record, `${field}.note`, "a TARGET or PROVINCE figure cannot be a city's actual");
}

function checkActual(record: string, prefix: string, o: Pick<Observation, "note" | "year">, err: Report): void {
  const marked = NOT_ACTUAL.exec(o.note);
  if (marked !== null) {
    const what = marked[1] === "TARGET" ? "a TARGET figure (a plan)" : "a PROVINCE figure";
    err(record, `${prefix}note`, `${what} cannot be stored as a city's actual value`);
  }
  if (PLAN_PERIOD.test(o.year))
    err(record, `${prefix}year`, `period "${o.year}" marks a target or plan, not an actual value`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Warnings: the data are usable but a reader should know

function warningsFor(d: Dataset): string[] {
  const warnings: string[] = [];
  const publisher = new Map(d.sources.map((s) => [s.id, s.publisher]));
  for (const i of d.indicators) {
    const obs = d.observations.filter((o) => o.indicator === i.id);
    if (obs.length === 0) warnings.push(`indicators[${i.id}]: no observations`);
    const publishers = new Set(obs.map((o) => publisher.get(o.sourceId)));
    if (publishers.size > 1)
      warnings.push(`indicators[${i.id}]: served by ${publishers.size} publishers; one publisher should serve it`);
  }
  for (const p of d.pillars) {
    const members = d.indicators.filter((i) => i.pillar === p.id);
    if (members.length > 0 && p.weight > 0 && members.every((i) => i.weight === 0))
      warnings.push(`pillars[${p.id}]: every indicator has weight 0`);
  }
  const observed = new Set(d.observations.map((o) => o.place));
  for (const p of d.places) if (!observed.has(p.id)) warnings.push(`places[${p.id}]: no observations`);
  return warnings;
}
