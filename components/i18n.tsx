"use client";

import { createContext, useContext, useMemo } from "react";
import { fill } from "@/lib/i18n/format";
import { sourceText } from "@/lib/i18n/years";
import type { Messages } from "@/lib/i18n/en";
import type { Locale } from "@/lib/view/options";

interface I18n {
  locale: Locale;
  m: Messages;
  fill: typeof fill;
  /** Formats a number for the locale with a fixed number of decimals. */
  num: (x: number, decimals?: number) => string;
  pct: (share: number, decimals?: number) => string;
  /** Formats a number with at most this many significant digits. */
  sig: (x: number, digits: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Messages;
  children: React.ReactNode;
}) {
  const value = useMemo<I18n>(() => {
    const tag = locale === "zh" ? "zh-CN" : "en";
    const fmts = new Map<number, Intl.NumberFormat>();
    const fmt = (d: number) => {
      let f = fmts.get(d);
      if (!f) {
        f = new Intl.NumberFormat(tag, { minimumFractionDigits: d, maximumFractionDigits: d });
        fmts.set(d, f);
      }
      return f;
    };
    return {
      locale,
      m: messages,
      fill,
      num: (x, d = 1) => fmt(d).format(x),
      pct: (s, d = 0) => `${fmt(d).format(s * 100)}%`,
      sig: (x, digits) => {
        const key = -digits; // negative keys: significant digits, beside the fixed-decimal formats
        let f = fmts.get(key);
        if (!f) fmts.set(key, (f = new Intl.NumberFormat(tag, { maximumSignificantDigits: digits })));
        return f.format(x);
      },
    };
  }, [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error("useI18n outside I18nProvider");
  return v;
}

/** Shows a source's own words (an edition's label) in the interface language, labelled as the original text if not. */
export function useSourceText(): (text: string) => string {
  const { m, locale } = useI18n();
  return (text) => {
    const s = sourceText(text, locale);
    return s.translated ? s.text : fill(m.common.original, { text: s.text });
  };
}
