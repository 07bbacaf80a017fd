/**
 * Zod schemas for the shape of the bundled dataset (one record at a time). Cross-record rules (unknown ids, duplicates,
 * targets stored as actuals …) live in `validate.ts`; these schemas only say what a well-formed record looks like.
 * Objects are strict so a misspelt field name (`sourceID`) is reported instead of silently ignored.
 */
import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
/** Empty (the source gives no date), YYYY, YYYY-MM or YYYY-MM-DD. */
const SOURCE_DATE = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

const text = z.string({ error: "must be a string" });
const nonEmpty = text.min(1, { error: "must not be empty" });
const finite = (what: string) => z.number({ error: `${what} must be a finite number` });
const weight = z
  .number({ error: "weight must be a finite number ≥ 0" })
  .min(0, { error: "weight must be a finite number ≥ 0 (got a negative weight)" });
const sourceRef = z
  .string({ error: "value without a source: sourceId is missing" })
  .min(1, { error: "value without a source: sourceId is empty" });

/** Stored kinds of a figure. `beyond_list` is derived from a complete list (cells.ts), never stored. */
export const qualifierSchema = z.enum(["exact", "lower_bound", "approximate", "range"], {
  error: 'must be "exact", "lower_bound", "approximate" or "range" ("beyond_list" is derived, never stored)',
});

const year = z.number({ error: "must be a year (a whole number)" }).int({ error: "must be a whole-number year" });
const researchRef = text.regex(/^[a-z0-9/_.-]+\.csv#[1-9]\d*$/, {
  error: "research ref must look like topics/compute.csv#12",
});
/** A research row, or a count of list entries (`topics/entries/….csv?code=330110&batches=1-9`, issue 16). */
const figureRef = text.regex(/^[a-z0-9/_.-]+\.csv(?:#[1-9]\d*|\?code=\d{2,6}&(?:batches|nos)=1-[1-9]\d*)$/, {
  error: "ref must look like topics/compute.csv#12 or topics/entries/x.csv?code=330110&batches=1-9",
});

export const sourceSchema = z.strictObject({
  id: text.regex(SLUG, { error: "source id must be a lowercase slug (a-z, 0-9, -)" }),
  publisher: nonEmpty,
  title: nonEmpty,
  date: text.regex(SOURCE_DATE, { error: "date must be empty, YYYY, YYYY-MM or YYYY-MM-DD" }),
  url: text.refine((u) => u === "" || /^https?:\/\//.test(u), { error: "url must be empty or start with http(s)://" }),
  covers: nonEmpty,
  researchText: z.array(nonEmpty).optional(),
  grade: z
    .enum(["official", "publisher", "media", "repost"], {
      error: 'grade must be "official", "publisher", "media" or "repost"',
    })
    .optional(),
  retrieved: text.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "retrieved must be YYYY-MM-DD" }).optional(),
});

export const denominatorSchema = z.strictObject({
  value: finite("value").positive({ error: "value must be > 0" }),
  unit: z.enum(["persons", "亿元"], { error: 'unit must be "persons" or "亿元"' }),
  year: nonEmpty,
  sourceId: sourceRef,
  qualifier: qualifierSchema,
  ref: researchRef.optional(),
  note: text,
});

export const locationSchema = z.strictObject({
  lat: finite("lat").min(-90, { error: "lat must be within ±90" }).max(90, { error: "lat must be within ±90" }),
  lon: finite("lon").min(-180, { error: "lon must be within ±180" }).max(180, { error: "lon must be within ±180" }),
  sourceId: sourceRef,
  recordId: z.number({ error: "recordId must be a number" }).int().positive({ error: "recordId must be ≥ 1" }),
  recordName: nonEmpty,
  ref: researchRef,
});

export const placeSchema = z.strictObject({
  id: text.regex(SLUG, { error: "place id must be a lowercase slug (a-z, 0-9, -)" }),
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  level: z.enum(["city", "district"], {
    error: 'level must be "city" or "district" (provinces and countries are not places in this dataset)',
  }),
  parent: z.union([text, z.null()], { error: "parent must be a place id or null" }),
  division: text.regex(/^\d{6}$/, { error: "division must be a 6-digit GB/T 2260 code" }).optional(),
  population: z.union([denominatorSchema, z.null()]),
  gdp: z.union([denominatorSchema, z.null()]),
  location: locationSchema.optional(),
});

export const pillarSchema = z.strictObject({
  id: text.regex(SNAKE, { error: "pillar id must be snake_case" }),
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  weight,
});

export const listSchema = z.strictObject({
  length: z.number({ error: "length must be a number" }).int().positive({ error: "length must be ≥ 1" }),
  complete: z.boolean({ error: "complete must be true or false" }),
  known: z.number({ error: "known must be a number" }).int().positive({ error: "known must be ≥ 1" }).optional(),
  level: z.enum(["city", "district"], { error: 'level must be "city" or "district"' }),
  absent: z.enum(["beyond", "zero", "below"], { error: 'absent must be "beyond", "zero" or "below"' }).optional(),
});

export const editionSchema = z.strictObject({
  year,
  label: nonEmpty,
  list: listSchema.optional(),
  sourceId: sourceRef.optional(),
});

export const indicatorSchema = z.strictObject({
  id: text.regex(SNAKE, { error: "indicator id must be snake_case" }),
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  unit: nonEmpty,
  unitZh: nonEmpty,
  direction: z.union([z.literal(1), z.literal(-1)], { error: "direction must be 1 (higher is better) or -1" }),
  kind: z.enum(["value", "rank", "flag"], { error: 'kind must be "value", "rank" or "flag"' }),
  pillar: nonEmpty,
  weight,
  definition: nonEmpty,
  definitionZh: nonEmpty,
  perCapita: z.boolean({ error: "perCapita must be true or false" }),
  role: z.enum(["scored", "context"], { error: 'role must be "scored" or "context"' }).optional(),
  contextReason: z
    .enum(["few_places", "district_only"], { error: 'must be "few_places" or "district_only"' })
    .optional(),
  publisher: nonEmpty.optional(),
  why: nonEmpty.optional(),
  whyZh: nonEmpty.optional(),
  editions: z.array(editionSchema, { error: "editions must be an array" }).optional(),
});

export const alternativeSchema = z.strictObject({
  sourceId: sourceRef,
  value: finite("value"),
  year: nonEmpty,
  qualifier: qualifierSchema,
  note: text,
  researchIndicator: nonEmpty.optional(),
  ref: researchRef.optional(),
});

export const observationSchema = z.strictObject({
  place: nonEmpty,
  indicator: nonEmpty,
  value: finite("value"),
  sourceId: sourceRef,
  year: nonEmpty,
  qualifier: qualifierSchema,
  lo: finite("lo").optional(),
  hi: finite("hi").optional(),
  edition: year.optional(),
  granted: year.optional(),
  cancelled: z
    .number({ error: "cancelled must be a number" })
    .int({ error: "cancelled must be a whole number" })
    .min(0, { error: "cancelled must be ≥ 0" })
    .optional(),
  ref: figureRef.optional(),
  note: text,
  alternatives: z.array(alternativeSchema, { error: "alternatives must be an array (empty when there are none)" }),
});

export const versionSchema = z.strictObject({
  date: text.regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date must be YYYY-MM-DD" }),
  hash: text.regex(/^[0-9a-f]{8}$/, { error: "hash must be 8 lowercase hex digits" }),
});

export const compositeSchema = z.strictObject({
  id: text.regex(SNAKE, { error: "composite id must be snake_case" }),
  nameEn: nonEmpty,
  nameZh: nonEmpty,
});

const list = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: `${what} must be an array` });

export const datasetSchema = z.strictObject({
  version: versionSchema,
  composite: compositeSchema,
  sources: list(sourceSchema, "sources"),
  places: list(placeSchema, "places"),
  pillars: list(pillarSchema, "pillars"),
  indicators: list(indicatorSchema, "indicators"),
  observations: list(observationSchema, "observations"),
});
