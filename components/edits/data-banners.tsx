"use client";

import { useI18n } from "@/components/i18n";

/** Above every view when it rests on the user's own figures: what changed, and one click back to the published data. */
export function EditsBanner({
  summary,
  skipped,
  onReset,
}: {
  summary: string[];
  skipped: string[];
  onReset: () => void;
}) {
  const { m, fill } = useI18n();
  return (
    <div
      className="mb-4 rounded border border-violet-300 bg-violet-50 p-3 text-sm text-violet-950"
      data-testid="edits-banner"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-semibold">{m.yours.bannerTitle}</p>
        <button
          type="button"
          onClick={onReset}
          className="rounded border border-violet-400 bg-white px-2 py-0.5 text-sm hover:bg-violet-100 print:hidden"
          data-testid="edits-reset"
        >
          {m.yours.reset}
        </button>
      </div>
      <ul className="mt-1 list-disc pl-5">
        {summary.map((s, k) => (
          <li key={k}>{s}</li>
        ))}
        {skipped.map((s, k) => (
          <li key={`s${k}`} className="text-amber-900">
            {fill(m.yours.skipped, { what: s })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Above every view on imported data: whose data these are and where they live. */
export function ImportedBanner({ name, onBack }: { name: string; onBack: () => void }) {
  const { m, fill } = useI18n();
  return (
    <div
      className="mb-4 rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950"
      data-testid="imported-banner"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-semibold">{fill(m.data.importedName, { name })}</p>
        <button
          type="button"
          onClick={onBack}
          className="rounded border border-sky-400 bg-white px-2 py-0.5 text-sm hover:bg-sky-100 print:hidden"
        >
          {m.data.openPublished}
        </button>
      </div>
      <p className="mt-1">{m.data.localOnly}</p>
    </div>
  );
}
