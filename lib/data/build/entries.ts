/**
 * The list entries behind the filing counts (`data/research/topics/entries/`, verbatim copies of the research): one
 * row per CAC deep-synthesis filing, and one per generative-AI filing matched to a deep-synthesis filer. Pure: the
 * caller reads the files. A malformed row is a problem naming the file and its row, never a silent skip, so a count
 * made from these rows counts every filing of the list.
 */
import Papa from "papaparse";

export const ENTRY_FILES = {
  deepSynthesis: "topics/entries/deep-synthesis-filings.csv",
  genai: "topics/entries/genai-filings-company-matched.csv",
} as const;
export type EntryFile = (typeof ENTRY_FILES)[keyof typeof ENTRY_FILES];

/** One deep-synthesis filing. */
export interface FilingEntry {
  /** 1-based data row (the header is not counted). */
  row: number;
  filingNo: string;
  /** The 6-digit division code the filing number carries (the filer's registered district). */
  code: string;
  batch: number;
  /** The batch's month, YYYY-MM, as the list dates it. */
  period: string;
  role: "provider" | "support";
  /** 备注 says 已注销: the filing was cancelled after it was published. */
  cancelled: boolean;
}

/** One generative-AI filing, placed by its filer's deep-synthesis division code where the name matched. */
export interface GenaiEntry {
  row: number;
  /** The running number of the CAC list (Nos. 1–1105); cutoffs are by number (CAC's year-end totals). */
  seq: number;
  /**
   * `matched`: the filer's deep-synthesis code, province consistent; `sasac`: a central SOE filing (属地 国资委), shown
   * in the research but counted for no place; `unmatched`: no deep-synthesis filer of that name, so no district.
   */
  status: "matched" | "sasac" | "unmatched";
  code: string | null;
}

export interface Parsed<T> {
  entries: T[];
  problems: string[];
}

const CODE = /^\d{6}$/;
const BATCH_DATE = /^第[一二三四五六七八九十]+批 (\d{4}-\d{2})$/;
const ROLES: Record<string, FilingEntry["role"]> = { 服务提供者: "provider", 服务技术支持者: "support" };
const STATUSES: Record<string, GenaiEntry["status"]> = {
  ds_match_consistent: "matched",
  ds_match_sasac: "sasac",
  no_ds_match: "unmatched",
};

function rowsOf(file: EntryFile, text: string, columns: readonly string[]): Parsed<Record<string, string>> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const problems = parsed.errors.map((e) => `${file}: row ${(e.row ?? 0) + 1}: ${e.message}`);
  const header = parsed.meta.fields ?? [];
  for (const c of columns) if (!header.includes(c)) problems.push(`${file}: no "${c}" column`);
  return { entries: problems.length > 0 ? [] : parsed.data, problems };
}

const positiveInt = (s: string | undefined) => (s !== undefined && /^[1-9]\d*$/.test(s) ? Number(s) : null);

export function parseFilingEntries(text: string): Parsed<FilingEntry> {
  const file = ENTRY_FILES.deepSynthesis;
  const cols = ["filing_no", "batch_or_date", "division_code", "role", "remark_cancelled", "batch_no"] as const;
  const { entries: rows, problems } = rowsOf(file, text, cols);
  const entries: FilingEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((r, k) => {
    const at = `${file}#${k + 1}`;
    const code = r.division_code ?? "";
    const filingNo = r.filing_no ?? "";
    const batch = positiveInt(r.batch_no);
    const period = BATCH_DATE.exec(r.batch_or_date ?? "")?.[1];
    const role = ROLES[r.role ?? ""];
    const remark = r.remark_cancelled ?? "";
    const bad: string[] = [];
    if (!CODE.test(code)) bad.push(`division code "${code}" is not 6 digits`);
    // The code is read from the filing number: a row where they disagree was mis-copied.
    else if (!filingNo.startsWith(`网信算备${code}`))
      bad.push(`filing number "${filingNo}" does not carry code ${code}`);
    if (seen.has(filingNo)) bad.push(`filing number "${filingNo}" appears twice`);
    seen.add(filingNo);
    if (batch === null) bad.push(`batch "${r.batch_no}" is not a batch number`);
    if (period === undefined) bad.push(`batch date "${r.batch_or_date}" is not "第…批 YYYY-MM"`);
    if (role === undefined) bad.push(`role "${r.role}" is neither 服务提供者 nor 服务技术支持者`);
    if (remark !== "" && remark !== "已注销") bad.push(`remark "${remark}" is neither empty nor 已注销`);
    if (bad.length > 0 || batch === null || period === undefined || role === undefined) {
      problems.push(...bad.map((b) => `${at}: ${b}`));
      return;
    }
    entries.push({ row: k + 1, filingNo, code, batch, period, role, cancelled: remark === "已注销" });
  });
  return { entries, problems };
}

export function parseGenaiEntries(text: string): Parsed<GenaiEntry> {
  const file = ENTRY_FILES.genai;
  const { entries: rows, problems } = rowsOf(file, text, ["seq", "ds_status", "ds_division_code"]);
  const entries: GenaiEntry[] = [];
  const seen = new Set<number>();
  rows.forEach((r, k) => {
    const at = `${file}#${k + 1}`;
    const seq = positiveInt(r.seq);
    const status = STATUSES[r.ds_status ?? ""];
    const raw = r.ds_division_code ?? "";
    const bad: string[] = [];
    if (seq === null) bad.push(`seq "${r.seq}" is not a list number`);
    else if (seen.has(seq)) bad.push(`seq ${seq} appears twice`);
    if (seq !== null) seen.add(seq);
    if (status === undefined) bad.push(`status "${r.ds_status}" is not one of ${Object.keys(STATUSES).join(", ")}`);
    else if (status === "unmatched" ? raw !== "" : !CODE.test(raw))
      bad.push(`status ${r.ds_status} with division code "${raw}"`);
    if (bad.length > 0 || seq === null || status === undefined) {
      problems.push(...bad.map((b) => `${at}: ${b}`));
      return;
    }
    entries.push({ row: k + 1, seq, status, code: status === "unmatched" ? null : raw });
  });
  return { entries, problems };
}
