/**
 * Which import a set of picked or dropped files is: a dataset JSON, the CSV pair (the file with a `parent` column is
 * meta.csv), or one wide CSV. Anything else is named as a problem, with what to do instead.
 */
import Papa from "papaparse";
import type { ImportError } from "./types";

export interface TextFile {
  name: string;
  text: string;
}

export type Detected =
  | { kind: "dataset-json"; file: TextFile }
  | { kind: "csv-pair"; data: TextFile; meta: TextFile }
  | { kind: "wide-csv"; file: TextFile }
  | { kind: "error"; errors: ImportError[] };

const ext = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
const header = (text: string) =>
  (Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { preview: 1 }).data[0] ?? []).map((h) => h.trim());

export function detectImport(files: TextFile[]): Detected {
  const err = (file: string, reason: string): Detected => ({
    kind: "error",
    errors: [{ file, row: null, column: null, reason }],
  });
  if (files.length === 0) return err("—", "no file was chosen");
  for (const f of files) {
    const e = ext(f.name);
    if (e === "xlsx" || e === "xls" || e === "ods")
      return err(f.name, "spreadsheet files are not read; save the sheet as CSV UTF-8 and import that");
    if (!["csv", "tsv", "txt", "json"].includes(e)) return err(f.name, "not a .csv or .json file");
  }
  if (files.length > 2)
    return err(files.map((f) => f.name).join(", "), "choose one file, or the two files of a CSV pair");
  const json = files.filter((f) => ext(f.name) === "json");
  if (json.length > 0) {
    if (files.length > 1) return err(files.map((f) => f.name).join(", "), "a dataset JSON is imported on its own");
    return { kind: "dataset-json", file: json[0]! };
  }
  const metas = files.filter((f) => header(f.text).includes("parent"));
  if (files.length === 2) {
    if (metas.length !== 1)
      return err(
        files.map((f) => f.name).join(", "),
        metas.length === 0
          ? "neither file is a meta.csv (one row per framework node, with a parent column)"
          : "both files have a parent column; one must be the data.csv",
      );
    const meta = metas[0]!;
    return { kind: "csv-pair", meta, data: files.find((f) => f !== meta)! };
  }
  if (metas.length === 1) return err(files[0]!.name, "this is a meta.csv; import it together with its data.csv");
  return { kind: "wide-csv", file: files[0]! };
}
