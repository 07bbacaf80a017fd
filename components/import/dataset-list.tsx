"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n";
import { deleteImport, listImports, onImportsChanged, renameImport } from "@/components/import/store";
import type { ImportedRecord } from "@/lib/import/types";

/** The datasets kept in this browser: open, rename, delete; and the way back to the published data. */
export function DatasetList({ current, onOpen }: { current: string | null; onOpen: (id: string | null) => void }) {
  const { m, fill } = useI18n();
  const d = m.data;
  const [items, setItems] = useState<ImportedRecord[] | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void listImports().then(
        (list) => live && setItems(list),
        () => live && setItems([]),
      );
    load();
    const off = onImportsChanged(load);
    return () => {
      live = false;
      off();
    };
  }, []);
  const btn = "rounded border border-gray-300 px-2 py-0.5 text-xs hover:bg-gray-50";
  return (
    <section aria-labelledby="stored-title" className="space-y-2" data-testid="dataset-list">
      <h3 id="stored-title" className="font-semibold">
        {d.storedTitle}
      </h3>
      {current !== null && (
        <button type="button" className={btn} onClick={() => onOpen(null)} data-testid="open-published">
          {d.openPublished}
        </button>
      )}
      {items !== null && items.length === 0 && <p className="text-sm text-gray-600">{d.storedNone}</p>}
      <ul className="space-y-2">
        {(items ?? []).map((r) => (
          <li key={r.id} className="rounded border border-gray-200 p-2 text-sm" data-dataset={r.id}>
            {renaming?.id === r.id ? (
              <form
                className="flex flex-wrap items-center gap-2"
                onSubmit={(e) => {
                  e.preventDefault();
                  const name = renaming.name.trim();
                  if (name) void renameImport(r.id, name);
                  setRenaming(null);
                }}
              >
                <input
                  aria-label={fill(d.renameLabel, { name: r.name })}
                  value={renaming.name}
                  maxLength={80}
                  onChange={(e) => setRenaming({ id: r.id, name: e.target.value })}
                  className="rounded border border-gray-300 px-1 py-0.5"
                  autoFocus
                />
                <button type="submit" className={btn}>
                  {d.save}
                </button>
                <button type="button" className={btn} onClick={() => setRenaming(null)}>
                  {d.cancel}
                </button>
              </form>
            ) : (
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium" data-testid="dataset-name">
                  {r.name}
                </span>
                {r.id === current && (
                  <span className="rounded bg-blue-100 px-1 text-xs text-blue-900">{d.showing}</span>
                )}
                <span className="text-xs text-gray-600">
                  {fill(d.storedLine, {
                    places: r.dataset.places.length,
                    indicators: r.dataset.indicators.length,
                    kind: d.kinds[r.kind],
                    date: r.createdAt.slice(0, 10),
                  })}
                </span>
                <span className="ml-auto flex gap-1">
                  {r.id !== current && (
                    <button type="button" className={btn} onClick={() => onOpen(r.id)}>
                      {d.open}
                    </button>
                  )}
                  <button type="button" className={btn} onClick={() => setRenaming({ id: r.id, name: r.name })}>
                    {d.rename}
                  </button>
                  <button
                    type="button"
                    className={btn}
                    onClick={() => {
                      if (window.confirm(fill(d.confirmDelete, { name: r.name }))) {
                        void deleteImport(r.id);
                        if (r.id === current) onOpen(null);
                      }
                    }}
                  >
                    {d.delete}
                  </button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
