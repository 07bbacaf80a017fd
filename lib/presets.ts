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

/** The pillars every preset rates, so a preset reads the same whatever the current ratings are. */
const BASE = { talent: 4, research: 4, industry: 4, capital: 4, compute: 4, rankings: 2 };

export const PRESETS: readonly Preset[] = [
  { id: "talent", labelKey: "talentFirst", ratings: { ...BASE, talent: 10 } },
  { id: "capital", labelKey: "capitalFirst", ratings: { ...BASE, capital: 10 } },
  { id: "compute", labelKey: "computeFirst", ratings: { ...BASE, compute: 10 } },
  {
    // The seed article (21世纪经济报道, 2025-02-22) argues Beijing vs Hangzhou mainly on talent (Liepin's AI-tech demand
    // list, Maimai's top-talent shares), then firms, large models and funds. The Maimai and Liepin shares cover three
    // or four cities and are context only, so this lens weights the demand list and the model filings up instead.
    id: "seed",
    labelKey: "seedLens",
    ratings: {
      ...BASE,
      talent: 10,
      industry: 7,
      capital: 6,
      compute: 2,
      rankings: 0,
      ai_tech_talent_demand_rank: 10,
      genai_service_filings: 8,
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
