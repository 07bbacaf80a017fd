/**
 * The bundled files in `data/`, imported statically so they load the same way in Next server code, under tsx (the CLI)
 * and in vitest. `bundledRaw` is the unvalidated Dataset-shaped object; `bundledContent` is what the data version hashes.
 */
import framework from "@/data/framework.json";
import indicators from "@/data/indicators.json";
import observations from "@/data/observations.json";
import places from "@/data/places.json";
import sources from "@/data/sources.json";
import version from "@/data/version.json";

/** The content files, as the data version hashes them (everything except `version.json`). */
export const bundledContent: Record<string, unknown> = { sources, places, framework, indicators, observations };

/** The files assembled into the `Dataset` shape, not yet validated. */
export const bundledRaw: unknown = {
  version,
  composite: framework.composite,
  sources,
  places,
  pillars: framework.pillars,
  indicators,
  observations,
};
