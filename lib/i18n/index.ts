import type { Locale } from "@/lib/view/options";
import { en, type Messages } from "./en";
import { zh } from "./zh";

export type { Messages } from "./en";

/** The catalogue for a locale; anything that is not "zh" (even a bad value from untyped code) gets English. */
export function messagesFor(locale: Locale): Messages {
  return locale === "zh" ? zh : en;
}

const DEFAULT_LOCALE: Locale = "en";
/** Order used to break ties and to resolve `*`. */
const SUPPORTED: readonly Locale[] = ["en", "zh"];
/** Longer headers are not from a real browser; reading the first part is enough and bounds the work. */
const MAX_HEADER = 4096;
/** A language range (RFC 4647 §2.1): `*`, or subtags of 1–8 letters/digits, primary letters only. `_` is tolerated. */
const RANGE = /^(?:\*|[a-z]{1,8}(?:[-_][a-z0-9]{1,8})*)$/i;
/** A weight: 0 to 1 with up to three decimals (RFC 9110 §12.4.2), read leniently as any decimal then range-checked. */
const QVALUE = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

interface Range {
  primary: string;
  q: number;
  order: number;
}

function parse(header: string): Range[] {
  const out: Range[] = [];
  header
    .slice(0, MAX_HEADER)
    .split(",")
    .forEach((part, order) => {
      const [tag = "", ...params] = part.split(";").map((s) => s.trim());
      if (!RANGE.test(tag)) return;
      let q = 1;
      for (const p of params) {
        const eq = p.indexOf("=");
        if (eq < 0) return; // "en;foo" — not a parameter: drop the entry
        const key = p.slice(0, eq).trim().toLowerCase();
        if (key !== "q") continue; // other parameters carry no preference
        const v = p.slice(eq + 1).trim();
        if (!QVALUE.test(v)) return; // malformed weight: the entry cannot be trusted either way
        q = Number(v);
        if (!(q >= 0 && q <= 1)) return;
      }
      out.push({ primary: tag.split(/[-_]/)[0]!.toLowerCase(), q, order });
    });
  return out;
}

/** The request header in which the proxy passes the page's language to the root layout (for `<html lang>`). */
export const LOCALE_HEADER = "x-ui-locale";

/**
 * The interface locale of a request: the link's `lang` param when it names a language ("zh", "zh-CN", "en_GB"), else
 * the browser's Accept-Language. The same rule as the page's (the codec reads `lang` the same way).
 */
export function requestLocale(langParam: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  const primary = typeof langParam === "string" ? langParam.trim().toLowerCase().split(/[-_]/)[0] : undefined;
  if (primary === "zh" || primary === "en") return primary;
  return pickLocale(acceptLanguage);
}

/** `<html lang>` for a locale. */
export const htmlLang = (locale: Locale): string => (locale === "zh" ? "zh-CN" : "en");

/**
 * The interface locale for an Accept-Language header. Any zh-* range (zh-CN, zh-TW, zh-Hans, …) means Chinese; the
 * best weight wins, earlier entries win ties, q=0 means "not acceptable", `*` covers locales not named, and an empty,
 * missing or malformed header gives English. Never throws.
 */
export function pickLocale(acceptLanguage: string | null | undefined): Locale {
  if (typeof acceptLanguage !== "string") return DEFAULT_LOCALE;
  const ranges = parse(acceptLanguage);
  const star = ranges.find((r) => r.primary === "*");

  let best: { locale: Locale; q: number; order: number } | null = null;
  for (const locale of SUPPORTED) {
    const named = ranges.filter((r) => r.primary === locale);
    // The highest weight among ranges naming this language; only if none does, the wildcard's.
    const source = named.length > 0 ? named.reduce((a, b) => (b.q > a.q ? b : a)) : star;
    if (!source || source.q <= 0) continue;
    if (!best || source.q > best.q || (source.q === best.q && source.order < best.order)) {
      best = { locale, q: source.q, order: source.order };
    }
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
