/**
 * Where the dashboard's dataset comes from in the browser. One loader per kind; each dataset is loaded once per page
 * session (the store in `dataset-provider.tsx` keeps it by `sourceKey`).
 *
 * - `served`: the server's dataset, fetched from `/api/dataset/<revision>` (cached by the browser for good; the
 *   address changes when the data change).
 * - `synthetic`: the seeded 300-place dataset of `/synthetic`, generated here instead of sent over the wire.
 *
 * - `imported`: a dataset imported into this browser (`components/import/store.ts`), never sent anywhere.
 */
import type { Dataset } from "@/lib/data/types";

export type DatasetSource =
  | { kind: "served"; url: string }
  | { kind: "synthetic" }
  /** A dataset the user imported into this browser (IndexedDB); the link names it `ds=<id>`. */
  | { kind: "imported"; id: string };

export const sourceKey = (s: DatasetSource): string =>
  s.kind === "served" ? `served:${s.url}` : s.kind === "imported" ? `imported:${s.id}` : s.kind;

/** A load failure the page can word: the HTTP status when the server answered, else null (network, bad JSON). */
export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

export async function loadDataset(source: DatasetSource): Promise<Dataset> {
  switch (source.kind) {
    case "served": {
      let res: Response;
      try {
        res = await fetch(source.url);
      } catch (e) {
        throw new DatasetLoadError((e as Error).message, null);
      }
      if (!res.ok) throw new DatasetLoadError(`HTTP ${res.status}`, res.status);
      try {
        // The server validated this dataset before serving it.
        return (await res.json()) as Dataset;
      } catch (e) {
        throw new DatasetLoadError((e as Error).message, null);
      }
    }
    case "imported": {
      // Read from this browser's storage only; validated when it was imported (lib/import). Not there: this link was
      // made in another browser (status 404, worded by the dashboard).
      const { getImport } = await import("@/components/import/store");
      const record = await getImport(source.id).catch(() => null);
      if (!record) throw new DatasetLoadError("not in this browser", 404);
      return record.dataset;
    }
    case "synthetic": {
      // Loaded on demand: the generator is not part of the first visit's JavaScript on `/`.
      const { syntheticDataset } = await import("@/lib/data/synthetic");
      return syntheticDataset();
    }
  }
}
