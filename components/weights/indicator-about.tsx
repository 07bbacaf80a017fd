"use client";

import { forwardRef } from "react";
import { useI18n } from "@/components/i18n";
import type { SourceGrade } from "@/lib/data/types";
import { yearText } from "@/lib/i18n/years";

/** What the weights panel says about an indicator before you weight it. */
export interface IndicatorAbout {
  definition: string;
  unit: string;
  /** Years or periods of its figures, as the sources give them. */
  years: string[];
  /** Places with a figure, out of all places. */
  reporting: number;
  places: number;
  /** Each source, with where its text was read (absent on data that do not grade sources). */
  sources: { label: string; grade?: SourceGrade }[];
}

/** The ⓘ button beside an indicator's name: opens its panel (a disclosure, for keyboard, mouse and touch alike). */
export const AboutButton = forwardRef<
  HTMLButtonElement,
  { name: string; open: boolean; controls: string; onToggle: () => void }
>(function AboutButton({ name, open, controls, onToggle }, ref) {
  const { m, fill } = useI18n();
  return (
    <button
      ref={ref}
      type="button"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={fill(m.weights.about, { name })}
      title={fill(m.weights.about, { name })}
      onClick={onToggle}
      className="ml-1 inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border border-gray-300 font-serif text-xs text-gray-700 italic hover:bg-gray-100"
    >
      i
    </button>
  );
});

/**
 * The indicator's full name, definition, unit, years, places reporting and source, in the panel's flow (never clipped,
 * readable on a phone). Escape or Close closes it; the caller returns focus to the button.
 */
export function AboutPanel({
  id,
  name,
  about,
  onClose,
}: {
  id: string;
  name: string;
  about: IndicatorAbout;
  onClose: () => void;
}) {
  const { m, fill, locale } = useI18n();
  const years = about.years.map((y) => {
    const t = yearText(y, locale);
    return t.translated ? t.text : fill(m.common.original, { text: t.text });
  });
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-2">
      <dt className="text-gray-600">{label}</dt>
      <dd className="[overflow-wrap:anywhere]">{value}</dd>
    </div>
  );
  return (
    <div
      id={id}
      role="group"
      aria-label={fill(m.weights.about, { name })}
      data-testid="indicator-about"
      className="col-span-2 rounded border border-gray-300 bg-white p-2 text-xs shadow-sm"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <p className="mb-1 font-semibold">{name}</p>
      <dl className="space-y-1">
        {row(m.weights.definition, about.definition)}
        {row(m.weights.unit, about.unit)}
        {row(m.weights.years, years.join(m.common.listSep))}
        {row(m.weights.reporting, fill(m.weights.reportingValue, { n: about.reporting, total: about.places }))}
        {row(
          m.weights.source,
          about.sources
            .map((s) =>
              s.grade ? fill(m.weights.sourceGraded, { source: s.label, grade: m.figures.grades[s.grade] }) : s.label,
            )
            .join(locale === "zh" ? "；" : "; "),
        )}
      </dl>
      <button type="button" onClick={onClose} className="mt-1 rounded border border-gray-300 px-2 py-0.5">
        {m.weights.close}
      </button>
    </div>
  );
}
