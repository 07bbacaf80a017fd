/**
 * The limits every input is held to: the CLI's CSV pair and dataset files, the server's `AI_CITY_DATASET`, and files
 * imported in the browser. Past a limit the input is refused with a message naming it, before it can take a server
 * to gigabytes or a page to minutes. README ("Limits") states them; change both together.
 */
export const LIMITS = {
  /** Bytes per file (checked before the file is read). */
  fileBytes: 20_000_000,
  /** Places (rows of data.csv; places of a dataset). */
  places: 5_000,
  /** Indicators (leaves of the framework). */
  indicators: 500,
  /** Framework nodes in all: composite, pillars at any depth, indicators. */
  frameworkNodes: 1_000,
  /** Levels from the composite (level 1) down to the deepest indicator. */
  frameworkDepth: 10,
  /** Largest magnitude of any figure, weight or goalpost: beyond it sums and ranges lose all precision. */
  magnitude: 1e15,
} as const;

/** "20 MB", "5,000": limits as the messages state them. */
export const formatLimit = (n: number): string => n.toLocaleString("en-US");
