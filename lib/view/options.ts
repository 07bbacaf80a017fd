/**
 * Option lists of the link format. The engine's vocabulary (normalizations, aggregations, transforms, missing-data
 * policies, scales) is owned by `lib/scoring/vocabulary.ts` and re-exported here for the codec and the UI; the view adds
 * its own (tabs, locales).
 */
export * from "@/lib/scoring/vocabulary";

export const TABS = ["ranking", "compare", "h2h", "table", "method", "data"] as const;
export type Tab = (typeof TABS)[number];

export const LOCALES = ["en", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
