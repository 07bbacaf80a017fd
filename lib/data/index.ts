/**
 * The bundled dataset and its helpers. Node-only pieces (`content-hash.ts`) are not re-exported so this entry stays
 * safe to import anywhere.
 */
export type * from "./types";
export { getDataset } from "./load";
export { validateDataset, formatDataError, type DataError, type ValidationResult } from "./validate";
export { buildFramework, type FrameworkTree, type PillarNode, type IndicatorNode } from "./framework";
export { coverageMatrix, type CoverageMatrix, type IndicatorCoverage } from "./coverage";
export { observationIndex, observationKey, sourceById, placeById, indicatorById, isScored } from "./helpers";
export {
  resolveCells,
  editionAt,
  boundOf,
  missingReason,
  type Cell,
  type MissingCode,
  type ResolvedCells,
} from "./cells";
export { qualifierFromNote } from "./qualifier";
export { toPersons, toYiYuan } from "./units";
