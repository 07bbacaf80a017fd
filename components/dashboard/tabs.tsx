"use client";

import { useRef } from "react";
import { useI18n } from "@/components/i18n";
import { TABS, type Tab } from "@/lib/view/options";
import { cn } from "@/lib/cn";

/** The view tabs (WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs). */
export function Tabs({ active, onSelect }: { active: Tab; onSelect: (tab: Tab) => void }) {
  const { m } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (i: number) => {
    const n = TABS.length;
    const k = ((i % n) + n) % n;
    onSelect(TABS[k]!);
    refs.current[k]?.focus();
  };
  return (
    <div role="tablist" aria-label={m.tabs.label} className="flex flex-wrap gap-1 border-b border-gray-300">
      {TABS.map((t, i) => (
        <button
          key={t}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          id={`tab-${t}`}
          aria-selected={t === active}
          aria-controls="view-panel"
          tabIndex={t === active ? 0 : -1}
          data-testid={`tab-${t}`}
          onClick={() => onSelect(t)}
          onKeyDown={(e) => {
            if (e.key === "ArrowRight") move(i + 1);
            else if (e.key === "ArrowLeft") move(i - 1);
            else if (e.key === "Home") move(0);
            else if (e.key === "End") move(TABS.length - 1);
            else return;
            e.preventDefault();
          }}
          className={cn(
            "-mb-px rounded-t border border-transparent px-3 py-1.5 text-sm",
            t === active ? "border-gray-300 border-b-white bg-white font-semibold" : "text-gray-700 hover:bg-gray-50",
          )}
        >
          {m.tabs[t]}
        </button>
      ))}
    </div>
  );
}
