import type { Locale } from "@/lib/view/options";

/**
 * A source's year or period (as the research gives it: "2024", "2024-03", "2025H1", "2021-22", "~2024-25 (past 12
 * months)", "≤2024", …) in the interface language. English shows it as written. Chinese translates the forms it
 * knows, piece by piece; anything else is returned as written with `translated: false`, so the page can label it as
 * the original text instead of passing it off as translated.
 */
export function yearText(year: string, locale: Locale): { text: string; translated: boolean } {
  if (locale !== "zh") return { text: year, translated: true };
  let s = year.trim();
  let prefix = "";
  let suffix = "";
  const approx = /^~\s*/.exec(s);
  if (approx) {
    prefix = "约";
    s = s.slice(approx[0].length);
  }
  const upTo = /^≤\s*/.exec(s);
  const past = /\s*\(past (\d+) months\)$/i.exec(s);
  if (past) {
    suffix = `（近${past[1]}个月）`;
    s = s.slice(0, past.index);
  }
  if (upTo) s = s.slice(upTo[0].length);
  const core = periodZh(s);
  if (core === null) return { text: year, translated: false };
  return { text: `${prefix}${core}${upTo ? "及以前" : ""}${suffix}`, translated: true };
}

const month = (mm: string) => String(Number(mm));

function periodZh(s: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) return `${m[1]}年`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(s)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}年${month(m[2]!)}月`;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) return `${m[1]}年${month(m[2]!)}月${Number(m[3])}日`;
  if ((m = /^(\d{4})H([12])$/i.exec(s))) return `${m[1]}年${m[2] === "1" ? "上半年" : "下半年"}`;
  if ((m = /^(\d{4})Q([1-4])$/i.exec(s))) return `${m[1]}年第${"一二三四"[Number(m[2]) - 1]}季度`;
  // "2021-22", "2024/25", "2019–2024": a span of years (a two-digit end is in the same century).
  if ((m = /^(\d{4})\s*[-/–]\s*(\d{2}|\d{4})$/.exec(s))) {
    const end = m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]!;
    if (Number(end) > Number(m[1])) return `${m[1]}–${end}年`;
  }
  // "2025-06/07": two months of one year.
  if ((m = /^(\d{4})-(\d{2})\/(\d{2})$/.exec(s))) return `${m[1]}年${month(m[2]!)}–${month(m[3]!)}月`;
  return null;
}

/**
 * A source's own words (an edition's label, as the research gives it) in the interface language: Chinese shows a
 * label with no Chinese in it as written, with `translated: false`, so the page labels it as the original text; a
 * label already in Chinese, or any label in English, reads as is.
 */
export function sourceText(text: string, locale: Locale): { text: string; translated: boolean } {
  return { text, translated: locale !== "zh" || /[\u3400-\u9fff]/.test(text) };
}
