/**
 * Named weight presets: ratings (0–10) that replace the defaults for the nodes they list. A preset never names a
 * node the bundled framework lacks (checked in presets.test.ts).
 */
export interface Preset {
  id: string;
  /** Message key under `presets` in the catalogue. */
  labelKey: "talentFirst" | "capitalFirst" | "seedLens" | "computeFirst";
  ratings: Record<string, number>;
}

export const PRESETS: readonly Preset[] = [
  { id: "talent", labelKey: "talentFirst", ratings: { talent: 10, industry: 4, capital: 4, compute: 4 } },
  { id: "capital", labelKey: "capitalFirst", ratings: { talent: 4, industry: 4, capital: 10, compute: 4 } },
  { id: "compute", labelKey: "computeFirst", ratings: { talent: 4, industry: 4, capital: 4, compute: 10 } },
  {
    // The seed article (21世纪经济报道, 2025-02-22) argues Beijing vs Hangzhou mainly on talent: the Maimai top-talent
    // share and Liepin's demand share and rank, then firms and funds. This lens weights those indicators up.
    id: "seed",
    labelKey: "seedLens",
    ratings: {
      talent: 10,
      industry: 6,
      capital: 6,
      compute: 2,
      ai_top_talent_share: 10,
      ai_tech_talent_demand_share: 10,
      ai_tech_talent_demand_rank: 8,
    },
  },
];

/** The ratings a preset gives: the defaults with the preset's own ratings on top. */
export function presetRatings(preset: Preset, defaults: Record<string, number>): Record<string, number> {
  return { ...defaults, ...preset.ratings };
}

/** The preset whose ratings equal the current ones, if any. */
export function activePreset(
  ratings: Record<string, number>,
  defaults: Record<string, number>,
  presets: readonly Preset[] = PRESETS,
): string | null {
  for (const p of presets) {
    const want = presetRatings(p, defaults);
    if (Object.keys(want).every((k) => (ratings[k] ?? defaults[k]) === want[k])) return p.id;
  }
  return null;
}
