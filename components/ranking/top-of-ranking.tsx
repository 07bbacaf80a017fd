"use client";

import { useI18n } from "@/components/i18n";
import type { PlaceRow } from "@/lib/dashboard/rows";

/**
 * On a phone the weights push the ranking off the screen; while they are open, the top of the ranking stays pinned to
 * the bottom of the window, so every change shows its effect.
 */
export function TopOfRanking({ rows, count = 3 }: { rows: PlaceRow[]; count?: number }) {
  const { m, num } = useI18n();
  const top = rows.filter((r) => r.status === "ranked" && r.score !== null).slice(0, count);
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="top-of-ranking"
      className="fixed inset-x-0 bottom-0 z-30 border-t border-gray-300 bg-white/95 px-3 py-2 text-sm shadow-[0_-2px_6px_rgba(0,0,0,0.08)] lg:hidden print:hidden"
    >
      <span className="mr-2 font-semibold">{m.ranking.topOfRanking}</span>
      <ol className="inline">
        {top.map((r) => (
          <li key={r.id} className="mr-3 inline-block tabular-nums">
            {r.rank}. {r.name} {num(r.score ?? 0)}
          </li>
        ))}
      </ol>
    </div>
  );
}
