import type { Notice } from "@/lib/view/types";

/** What each param is called in a sentence, and what kind of id its lists hold. */
const NOUNS: Record<string, { noun: string; ids: string }> = {
  v: { noun: "link format version", ids: "" },
  w: { noun: "weight", ids: "pillar or indicator" },
  n: { noun: "normalization", ids: "" },
  no: { noun: "normalization override", ids: "indicator" },
  a: { noun: "aggregation", ids: "" },
  ao: { noun: "aggregation override", ids: "composite or pillar" },
  tf: { noun: "transform", ids: "indicator" },
  m: { noun: "missing-data policy", ids: "" },
  cov: { noun: "coverage threshold", ids: "" },
  rd: { noun: "rank decimals", ids: "" },
  s: { noun: "scale", ids: "" },
  p: { noun: "compare list", ids: "place" },
  h: { noun: "head-to-head pair", ids: "place" },
  tab: { noun: "tab", ids: "" },
  sort: { noun: "sort column", ids: "column" },
  lang: { noun: "language", ids: "" },
  d: { noun: "data version", ids: "" },
};

/**
 * A notice as one plain English sentence (for the CLI; the UI words notices from its own catalogue), e.g.
 * `Ignored weight "bogus": no such pillar or indicator.`
 */
export function describeNotice(n: Notice): string {
  const { noun, ids } = (Object.hasOwn(NOUNS, n.param) ? NOUNS[n.param] : undefined) ?? {
    noun: `"${n.param}"`,
    ids: "",
  };
  const why = (fallback: string) => n.detail ?? fallback;
  // "Ignored weight "x"" for settings; "Ignored "x" in the compare list" for the place lists.
  const ignored =
    n.param === "p" || n.param === "h" ? `Ignored "${n.value}" in the ${noun}` : `Ignored ${noun} "${n.value}"`;
  switch (n.code) {
    case "unknown_param":
      return `Ignored "${n.param}": not a setting this app knows.`;
    case "unknown_id":
      return `${ignored}: ${why(`no such ${ids || "id"}`)}.`;
    case "out_of_range":
      return `${ignored}: out of range${n.detail ? ` (${n.detail})` : ""}.`;
    case "not_a_number":
      return `${ignored}: not a number.`;
    case "unknown_method":
      return `${ignored}: not a method this app knows${n.detail ? ` (${n.detail})` : ""}.`;
    case "duplicate_param":
      return `"${n.param}" appears more than once; used the first and ignored the rest.`;
    case "too_long":
      return n.param === "*"
        ? `The link is too long; ignored everything from "${n.value}" on.`
        : `Ignored "${n.param}": the value is too long${n.detail ? ` (${n.detail})` : ""}.`;
    case "too_many":
      return `Ignored part of the ${n.param === "p" || n.param === "h" ? noun : `${noun} list`}: too many items${n.detail ? ` (${n.detail})` : ""}.`;
    case "bad_format":
      return `${ignored}: ${why("not in the expected format")}.`;
    case "context_indicator":
      return `${ignored}: a context indicator, shown beside the scores but never scored (fewer than 5 cities report it, or only districts do).`;
    case "other_data_version":
      return `This link was made on data version ${n.value}${n.detail ? ` (${n.detail})` : ""}; scores may differ.`;
    case "too_few_places":
      return `Ignored "${n.value}" in the ${noun}: ${why("not enough different known places")}.`;
    case "method_changed":
      return `This older link uses the ${n.value} mean, which since link format v2 counts a score below 1 as 1 (a score of 0 no longer zeroes the composite); its scores may differ from what its sender saw.`;
    case "newer_format":
      return `This link uses a newer link format (v=${n.value}); settings this version does not know were ignored.`;
  }
}
