/**
 * One way to order names, the same on the server (Node's ICU) and in every browser. `localeCompare` without a locale
 * uses the runtime's default locale, so a server in `en-US` and a browser in `zh-CN` sorted the same list differently
 * and React reported a hydration mismatch. Every sort of names goes through `nameCollator`.
 */
import type { Locale } from "@/lib/view/options";

const collators = new Map<Locale, Intl.Collator>();

/**
 * The collator for names in the interface language: `zh-CN` orders Chinese names by pinyin (北京 Běijīng before
 * 杭州 Hángzhōu before 上海 Shànghǎi), `en` orders Latin names alphabetically. Digits compare as numbers, so
 * "Synthetic 2" comes before "Synthetic 10". Built once per locale.
 */
export function nameCollator(locale: Locale): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    c = new Intl.Collator(locale === "zh" ? "zh-CN" : "en", { numeric: true, sensitivity: "variant" });
    collators.set(locale, c);
  }
  return c;
}

/** Ids (slugs, snake_case) in plain code-unit order: no locale, so the same everywhere. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Names by the locale's collator, then ids, so two places with the same name still have one fixed order. */
export function compareNames(locale: Locale) {
  const c = nameCollator(locale);
  return (a: { name: string; id: string }, b: { name: string; id: string }) =>
    c.compare(a.name, b.name) || compareIds(a.id, b.id);
}
