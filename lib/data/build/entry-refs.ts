/**
 * Refs of figures counted from list entries: `topics/entries/deep-synthesis-filings.csv?code=330110&batches=1-9` is
 * every deep-synthesis filing whose division code starts with 330110 in batches 1–9;
 * `topics/entries/genai-filings-company-matched.csv?code=11&nos=1-302` every matched generative-AI filing numbered
 * 1–302 whose filer's code starts with 11. `recount` counts them again, directly from the parsed entries, so the
 * provenance test and `data:check` can hold each stored count to the list.
 */
import { ENTRY_FILES, type FilingEntry, type GenaiEntry } from "./entries";

export interface EntryRef {
  file: (typeof ENTRY_FILES)[keyof typeof ENTRY_FILES];
  /** A division-code prefix: a district's 6 digits, a prefecture's 4, a municipality's 2. */
  code: string;
  /** The last batch (deep synthesis) or list number (generative AI) counted. */
  through: number;
}

export const filingsRef = (code: string, lastBatch: number) =>
  `${ENTRY_FILES.deepSynthesis}?code=${code}&batches=1-${lastBatch}`;
export const genaiRef = (code: string, lastNo: number) => `${ENTRY_FILES.genai}?code=${code}&nos=1-${lastNo}`;

const REF = /^(.+\.csv)\?code=(\d{2,6})&(batches|nos)=1-([1-9]\d*)$/;

export function parseEntryRef(ref: string | undefined): EntryRef | null {
  const m = ref === undefined ? null : REF.exec(ref);
  if (!m) return null;
  const file = m[1];
  if (m[3] === "batches" && file === ENTRY_FILES.deepSynthesis)
    return { file: ENTRY_FILES.deepSynthesis, code: m[2]!, through: Number(m[4]) };
  if (m[3] === "nos" && file === ENTRY_FILES.genai)
    return { file: ENTRY_FILES.genai, code: m[2]!, through: Number(m[4]) };
  return null;
}

export interface Recount {
  count: number;
  /** Deep-synthesis filings only: how many of them are marked 已注销. */
  cancelled: number;
}

/** The entries a ref names, counted again; null when the ref is not an entries ref. */
export function recount(
  ref: string | undefined,
  entries: { deepSynthesis: readonly FilingEntry[]; genai: readonly GenaiEntry[] },
): Recount | null {
  const r = parseEntryRef(ref);
  if (!r) return null;
  if (r.file === ENTRY_FILES.deepSynthesis) {
    const hits = entries.deepSynthesis.filter((e) => e.batch <= r.through && e.code.startsWith(r.code));
    return { count: hits.length, cancelled: hits.filter((e) => e.cancelled).length };
  }
  const hits = entries.genai.filter(
    (e) => e.seq <= r.through && e.status === "matched" && e.code !== null && e.code.startsWith(r.code),
  );
  return { count: hits.length, cancelled: 0 };
}
