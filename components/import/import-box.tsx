"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n";
import { ImportProblems } from "@/components/import/problems";
import { putImport } from "@/components/import/store";
import { WideConfirm } from "@/components/import/wide-confirm";
import type { Dataset } from "@/lib/data/types";
import { datasetFromCsvPair } from "@/lib/import/csv-pair";
import { datasetFromJson } from "@/lib/import/dataset-json";
import { decodeText } from "@/lib/import/decode";
import { detectImport, type TextFile } from "@/lib/import/detect";
import { randomId } from "@/lib/import/ids";
import type { ImportedMethod, ImportedRecord, ImportError, ImportKind } from "@/lib/import/types";
import { datasetFromWide, readWideCsv, type WideTable } from "@/lib/import/wide";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Pick or drop files; they are read and checked here, in the browser, and kept in its storage. A file with problems
 * changes nothing: the problems are listed with file, row and column, and the data in view stay as they were.
 */
export function ImportBox({ onImported }: { onImported: (record: ImportedRecord) => void }) {
  const { m, fill } = useI18n();
  const d = m.data;
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [notes, setNotes] = useState<string[]>([]);
  const [wide, setWide] = useState<WideTable | null>(null);
  const [dragging, setDragging] = useState(false);

  const finish = async (
    kind: ImportKind,
    files: string[],
    dataset: Dataset,
    method: ImportedMethod | null,
    warnings: string[],
  ) => {
    const now = new Date().toISOString();
    const name =
      kind === "wide-csv" || kind === "dataset-json" ? files[0]!.replace(/\.[^.]+$/, "") : dataset.composite.nameEn;
    const record: ImportedRecord = {
      id: randomId(),
      name,
      kind,
      files,
      createdAt: now,
      updatedAt: now,
      dataset,
      method,
    };
    try {
      await putImport(record);
    } catch (e) {
      warnings = [...warnings, fill(d.storageFailed, { detail: e instanceof Error ? e.message : String(e) })];
    }
    setNotes(warnings);
    setErrors([]);
    setWide(null);
    onImported(record);
  };

  const read = async (list: FileList | File[]) => {
    const files = [...list];
    if (files.length === 0) return;
    setBusy(fill(d.reading, { files: files.map((f) => f.name).join(", ") }));
    setErrors([]);
    setNotes([]);
    setWide(null);
    try {
      const texts: TextFile[] = [];
      const problems: ImportError[] = [];
      for (const f of files) {
        const r = decodeText(new Uint8Array(await f.arrayBuffer()), f.name);
        if ("error" in r) problems.push(r.error);
        else texts.push({ name: f.name, text: r.text });
      }
      if (problems.length > 0) return setErrors(problems);
      const kind = detectImport(texts);
      if (kind.kind === "error") return setErrors(kind.errors);
      if (kind.kind === "dataset-json") {
        const r = datasetFromJson(kind.file.text, kind.file.name);
        if (!r.ok) return setErrors(r.errors);
        return await finish("dataset-json", [kind.file.name], r.value, null, r.warnings);
      }
      if (kind.kind === "csv-pair") {
        const r = datasetFromCsvPair(kind.data, kind.meta, today());
        if (!r.ok) return setErrors(r.errors);
        return await finish("csv-pair", [kind.data.name, kind.meta.name], r.value.dataset, r.value.method, r.warnings);
      }
      const r = readWideCsv(kind.file.text, kind.file.name);
      if (!r.ok) return setErrors(r.errors);
      setWide(r.value);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="space-y-3">
      <div
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void read(e.dataTransfer.files);
        }}
        className={`rounded border-2 border-dashed p-4 text-sm ${dragging ? "border-blue-600 bg-blue-50" : "border-gray-300"}`}
      >
        <label className="inline-block cursor-pointer rounded border border-gray-300 bg-white px-3 py-1.5 font-medium focus-within:outline focus-within:outline-3 focus-within:outline-blue-600 hover:bg-gray-50">
          {d.choose}
          <input
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.json,text/csv,application/json"
            className="sr-only"
            data-testid="import-file"
            onChange={(e) => {
              if (e.target.files) void read(e.target.files);
              e.target.value = "";
            }}
          />
        </label>{" "}
        <span className="text-gray-600">{d.drop}</span>
        <p className="mt-2 text-xs text-gray-600">{d.importHelp}</p>
      </div>
      <p role="status" className="text-sm text-gray-700">
        {busy ?? ""}
      </p>
      {errors.length > 0 && <ImportProblems errors={errors} />}
      {notes.length > 0 && (
        <div className="rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900">
          <b>{d.warnings}:</b> {notes.join(" · ")}
        </div>
      )}
      {wide && (
        <WideConfirm
          table={wide}
          onCancel={() => setWide(null)}
          onConfirm={(choices) => {
            const r = datasetFromWide(wide, choices, today());
            if (!r.ok) setErrors(r.errors);
            else void finish("wide-csv", [wide.file], r.value, null, r.warnings);
          }}
        />
      )}
    </div>
  );
}
