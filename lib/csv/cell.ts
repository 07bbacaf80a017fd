/**
 * Cells for CSV (and spreadsheet) output, shared by the CLI and the app's exports.
 *
 * Spreadsheets run a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula
 * (`=HYPERLINK(...)` in a place name becomes a live link). `textCell` neutralises such text by prefixing an apostrophe,
 * as OWASP recommends; a plain number such as `-3.5` is left alone. `numberCell` prints a number without binary noise:
 * rounded to 12 significant digits, so 100.00000000000004 prints as 100.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number as a spreadsheet reads it: optional sign, digits, optional fraction and exponent. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Text safe to put in a CSV cell that a spreadsheet will open. */
export function textCell(text: string): string {
  if (!FORMULA_START.test(text)) return text;
  if ((text.startsWith("-") || text.startsWith("+")) && PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** A finite number rounded to 12 significant digits; blank for null, undefined or a non-finite value. */
export function numberCell(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "";
  const rounded = Number(x.toPrecision(12));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
