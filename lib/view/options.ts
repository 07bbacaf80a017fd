/**
 * Option lists of the link format. The engine's vocabulary (normalizations, aggregations, transforms, missing-data
 * policies, scales) is owned by `lib/scoring/vocabulary.ts` and re-exported here for the codec and the UI; the view adds
 * its own (tabs, locales).
 */
export * from "@/lib/scoring/vocabulary";

export const TABS = ["ranking", "compare", "h2h", "table", "robust", "trends", "map", "method", "data"] as const;
export type Tab = (typeof TABS)[number];

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Which places a view shows (`lv=`): cities only (the default), districts beside cities, always marked (`all`, issue
 * 10), or districts only, ranked on the measures that exist for districts (`district`, issue 16). Added 2026-11-29.
 */
export const LEVELS = ["city", "all", "district"] as const;
export type Level = (typeof LEVELS)[number];
