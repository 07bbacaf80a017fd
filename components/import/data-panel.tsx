"use client";

import { useI18n } from "@/components/i18n";
import { DatasetList } from "@/components/import/dataset-list";
import { ImportBox } from "@/components/import/import-box";

/** The "Your data" tab: import files, the datasets kept in this browser, and (passed in) the user's own figures. */
export function DataPanel({
  current,
  currentLabel,
  openDataset,
  children,
}: {
  current: string | null;
  currentLabel: string;
  openDataset: (id: string | null) => void;
  children: React.ReactNode;
}) {
  const { m } = useI18n();
  return (
    <section aria-labelledby="data-title" className="max-w-4xl space-y-6" data-testid="data-panel">
      <div>
        <h2 id="data-title" className="text-lg font-semibold">
          {m.data.title}
        </h2>
        <p className="text-sm text-gray-700">
          {m.data.current}: <b>{currentLabel}</b>
        </p>
      </div>
      {children}
      <section aria-labelledby="import-title" className="space-y-2">
        <h3 id="import-title" className="font-semibold">
          {m.data.importTitle}
        </h3>
        <p className="text-sm text-gray-700">{m.data.localOnly}</p>
        <ImportBox onImported={(r) => openDataset(r.id)} />
      </section>
      <DatasetList current={current} onOpen={openDataset} />
    </section>
  );
}
