/**
 * What is wrong with an input file, in one structured shape for every reader: the CLI prints it, the server prints it
 * when it refuses `AI_CITY_DATASET`, and the browser import shows it beside the file. No `node:` import here, so it
 * runs in the browser too.
 */
import type { DataError } from "@/lib/data/validate";

export interface InputProblem {
  /** The file as the user named it: "data.csv", "meta.csv", "my-dataset.json". */
  file: string;
  /**
   * Where in the file: for CSV the 1-based row as a spreadsheet numbers it (the header is row 1); for JSON the record
   * (`places[beijing]`, `observations[12] (hangzhou × vc)`); null when the problem is the whole file or a column.
   */
  row: number | string | null;
  /** The column by its header name (`column 7` where it has none), or the JSON field; null for a whole row or file. */
  column: string | null;
  reason: string;
}

/** Thrown by the strict readers: every problem found (up to a cap), each naming its place in the file. */
export class InputError extends Error {
  readonly problems: InputProblem[];

  constructor(problems: InputProblem[]) {
    super(problems.map(formatInputProblem).join("\n"));
    this.name = "InputError";
    this.problems = problems;
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

/** `data.csv, row 3, column "vc": value "n/a" is not a number`. */
export function formatInputProblem(p: InputProblem): string {
  const where = [p.file];
  if (p.row !== null) where.push(typeof p.row === "number" ? `row ${p.row}` : p.row);
  // A column without a header name is given by position ("column 7"), printed as such.
  if (p.column !== null) where.push(/^column \d+$/.test(p.column) ? p.column : `column "${p.column}"`);
  return `${where.join(", ")}: ${p.reason}`;
}

/** The dataset validator's errors as input problems of `file` (record → row, field → column). */
export function dataErrorsAsProblems(file: string, errors: DataError[]): InputProblem[] {
  return errors.map((e) => ({
    file,
    row: e.record === "dataset" ? null : e.record,
    column: e.field === "(record)" || e.field === "(root)" ? null : e.field,
    reason: e.message,
  }));
}

/**
 * A JSON syntax error with its line and column: engines report an offset ("at position 1234"), which a reader cannot
 * find in an editor.
 */
export function jsonSyntaxProblem(file: string, text: string, error: unknown): InputProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  if (!at) return { file, row: null, column: null, reason: `not valid JSON: ${message}` };
  const offset = Math.min(Number(at[1]), text.length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const col = offset - before.lastIndexOf("\n");
  const reason = message.replace(/\s*in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)/, "");
  return { file, row: null, column: null, reason: `not valid JSON at line ${line}, column ${col}: ${reason}` };
}
