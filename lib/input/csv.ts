/**
 * A strict CSV reader for the files people bring (the CLI's CSV pair, the browser import): RFC 4180 quoting, a header
 * row of unique names, then records with exactly as many fields as the header. Columns are separated by commas, or by
 * semicolons or tabs when the header has no comma and has those (spreadsheets in many locales save semicolons). It streams record
 * by record (memory stays proportional to what the caller keeps, not to the text), stops at a row limit, and reports
 * every problem with its file, row and column instead of shifting or dropping fields. No `node:` import.
 */
import Papa from "papaparse";
import { formatLimit, LIMITS } from "./limits";
import { InputError, type InputProblem } from "./problem";

export interface CsvFile {
  /** The name problems are reported under ("data.csv", or the name of the file the user picked). */
  name: string;
  text: string;
}

export interface CsvReadOptions {
  /** Most data rows accepted (below the header); more is an error naming the limit. */
  maxRows: number;
  /** What one row is, for messages: "place", "framework node". */
  rowNoun: string;
  /** Most columns accepted. */
  maxColumns: number;
}

/** Problems reported before a reader gives up on a file: enough to fix a pattern, not a wall of text. */
export const MAX_PROBLEMS = 30;

export type Report = (row: number | null, column: string | null, reason: string) => void;

/** The problems of one file, capped; `throwIfAny` throws them as one InputError. */
export class ProblemList {
  readonly items: InputProblem[] = [];
  private more = 0;

  constructor(readonly file: string) {}

  readonly report: Report = (row, column, reason) => {
    if (this.items.length < MAX_PROBLEMS) this.items.push({ file: this.file, row, column, reason });
    else this.more++;
  };

  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }

  throwIfAny(): void {
    if (this.items.length === 0) return;
    const all = [...this.items];
    if (this.more > 0)
      all.push({ file: this.file, row: null, column: null, reason: `… and ${this.more} more problems` });
    throw new InputError(all);
  }
}

/** The name of column `c` (0-based) for messages: its header, or its position when the header has none there. */
export const columnName = (header: readonly string[], c: number): string =>
  header[c] !== undefined && header[c] !== "" ? header[c]! : `column ${c + 1}`;

/**
 * Reads `file`: checks the header (`onHeader` may add its own checks), then calls `onRow(cells, row)` for each record
 * that is not blank, with its row number as a spreadsheet shows it (header = 1). Throws one InputError with every
 * problem found: an empty file, a header without rows, a row with too few or too many fields, too many rows or
 * columns, broken quoting, and whatever the callbacks report.
 */
export function readCsv(
  file: CsvFile,
  options: CsvReadOptions,
  onHeader: (header: string[], report: Report) => void,
  onRow: (cells: string[], row: number, report: Report) => void,
): void {
  const problems = new ProblemList(file.name);
  const report = problems.report;
  if (file.text.length > LIMITS.fileBytes) {
    report(
      null,
      null,
      `the file has ${formatLimit(file.text.length)} characters; the limit is ${formatLimit(LIMITS.fileBytes)}`,
    );
    problems.throwIfAny();
  }
  const text = file.text.replace(/^\uFEFF/, "");
  if (text.trim() === "") {
    report(null, null, "the file is empty: it needs a header row and at least one row of data");
    problems.throwIfAny();
  }

  let header: string[] | null = null;
  let row = 0;
  let rows = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      row++;
      const cells = result.data;
      for (const e of result.errors) report(row, null, `${e.message} (broken quoting)`);
      if (header === null) {
        if (cells.every((c) => c.trim() === "")) return void report(row, null, "the header row is empty");
        header = cells.map((c) => c.trim());
        checkHeader(header, options, report);
        if (!problems.full) onHeader(header, report);
        if (problems.items.length > 0) parser.abort();
        return;
      }
      if (cells.every((c) => c.trim() === "")) return; // a blank line, or a spreadsheet's row of empty cells
      if (++rows > options.maxRows) {
        report(
          row,
          null,
          `more than ${formatLimit(options.maxRows)} ${options.rowNoun}s: the limit is ${formatLimit(options.maxRows)}`,
        );
        return parser.abort();
      }
      if (cells.length !== header.length) {
        const extra = cells.length > header.length;
        report(
          row,
          columnName(header, extra ? header.length : cells.length),
          `${cells.length} fields, but the header has ${header.length}: ${
            extra ? "an unquoted comma in a value, or a value without a column" : "a field is missing"
          } (quote values that contain commas)`,
        );
      } else onRow(cells, row, report);
      if (problems.full) parser.abort();
    },
  });
  if (header !== null && rows === 0 && problems.items.length === 0)
    report(null, null, `the file has a header but no rows: no ${options.rowNoun}s`);
  problems.throwIfAny();
}

/** The separator the header row uses: a comma when it has one, else a semicolon or a tab, else a comma. */
export function delimiterOf(text: string): string {
  const end = text.search(/\r?\n/);
  const head = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  if (head.includes(",")) return ",";
  if (head.includes(";")) return ";";
  if (head.includes("\t")) return "\t";
  return ",";
}

function checkHeader(header: string[], options: CsvReadOptions, report: Report) {
  if (header.length > options.maxColumns) {
    report(1, null, `${formatLimit(header.length)} columns: the limit is ${formatLimit(options.maxColumns)}`);
    return;
  }
  const seen = new Map<string, number>();
  header.forEach((h, c) => {
    if (h === "") report(1, `column ${c + 1}`, "the column has no name");
    else if (seen.has(h)) report(1, h, `the column appears more than once (columns ${seen.get(h)! + 1} and ${c + 1})`);
    else seen.set(h, c);
  });
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A figure from a cell: a plain decimal (exponent allowed), null for an empty cell. Anything else is a reason:
 * words, thousands separators, percent signs, infinities and magnitudes beyond LIMITS.magnitude (where sums and ranges
 * lose all precision) are refused rather than guessed at.
 */
export function parseNumberCell(text: string): { value: number | null } | { reason: string } {
  const t = text.trim();
  if (t === "") return { value: null };
  if (!NUMBER.test(t)) return { reason: `"${shorten(t)}" is not a number (plain decimals only, like 1200 or 0.35)` };
  const x = Number(t);
  if (!Number.isFinite(x) || Math.abs(x) > LIMITS.magnitude)
    return { reason: `${shorten(t)} is beyond the largest magnitude accepted (±${LIMITS.magnitude.toExponential()})` };
  return { value: x + 0 };
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
