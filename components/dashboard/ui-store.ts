"use client";

import { create } from "zustand";

/** Client-side UI state that is not part of a view (a link never carries it). */
interface UiState {
  /** The query string whose notices the user dismissed; a new bad link shows its notices again. */
  dismissedNoticesFor: string | null;
  dismissNotices: (query: string) => void;
  /** On narrow screens the settings panel is folded away. */
  settingsOpen: boolean;
  toggleSettings: () => void;
  /** Column groups the table hides: pillar ids, and "raw" / "norm" for all reported figures or all scores. */
  hiddenColumns: string[];
  toggleColumns: (group: string) => void;
}

export const useUiStore = create<UiState>((set) => ({
  dismissedNoticesFor: null,
  dismissNotices: (query) => set({ dismissedNoticesFor: query }),
  settingsOpen: false,
  toggleSettings: () => set((s) => ({ settingsOpen: !s.settingsOpen })),
  hiddenColumns: [],
  toggleColumns: (group) =>
    set((s) => ({
      hiddenColumns: s.hiddenColumns.includes(group)
        ? s.hiddenColumns.filter((g) => g !== group)
        : [...s.hiddenColumns, group],
    })),
}));
