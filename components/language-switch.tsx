"use client";

import { useI18n } from "@/components/i18n";
import type { Locale } from "@/lib/view/options";

/** Switches the interface language; the language is part of the view (and so of the link). */
export function LanguageSwitch({ onChange }: { onChange: (locale: Locale) => void }) {
  const { locale } = useI18n();
  const options: { value: Locale; label: string; lang: string }[] = [
    { value: "en", label: "English", lang: "en" },
    { value: "zh", label: "中文", lang: "zh-CN" },
  ];
  return (
    <div
      role="group"
      aria-label="Language / 语言"
      className="flex overflow-hidden rounded border border-gray-300 text-sm"
    >
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          lang={o.lang}
          aria-pressed={locale === o.value}
          data-testid={`lang-${o.value}`}
          onClick={() => onChange(o.value)}
          className="px-2 py-1 aria-pressed:bg-gray-800 aria-pressed:text-white"
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
