import { headers } from "next/headers";
import { preload } from "react-dom";
import { Dashboard } from "@/components/dashboard/dashboard";
import type { DatasetSource } from "@/components/data/dataset-source";
import { viewContextFor } from "@/lib/dashboard/context";
import { dashboardFrame } from "@/lib/dashboard/frame";
import type { Dataset } from "@/lib/data/types";
import { pickLocale } from "@/lib/i18n";
import { parseView } from "@/lib/view/codec";
import type { Locale } from "@/lib/view/options";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The link's language, else the browser's (Accept-Language). */
export async function linkLocale(dataset: Dataset, searchParams: Awaited<SearchParams>): Promise<Locale> {
  const { view } = parseView(searchParams, viewContextFor(dataset));
  return view.lang ?? pickLocale((await headers()).get("accept-language"));
}

/**
 * The dashboard page for a dataset: the server parses the link with the browser's codec and renders its first screen
 * from a cached frame; the dataset itself is fetched by the browser (`source`), never serialized into the page.
 */
export async function DashboardPage({
  dataset,
  revision,
  source,
  synthetic,
  searchParams,
}: {
  dataset: Dataset;
  revision: string;
  source: DatasetSource;
  synthetic: boolean;
  searchParams: SearchParams;
}) {
  const params = await searchParams;
  const { view } = parseView(params, viewContextFor(dataset));
  const locale = view.lang ?? pickLocale((await headers()).get("accept-language"));
  // A link on data imported into a browser (ds=): only that browser has them; the server renders no first screen.
  if (view.dataset !== null)
    return (
      <Dashboard source={{ kind: "imported", id: view.dataset }} frame={null} synthetic={false} serverLocale={locale} />
    );
  // Start the dataset download with the page, not after the scripts have run.
  if (source.kind === "served") preload(source.url, { as: "fetch", crossOrigin: "anonymous" });
  return (
    <Dashboard
      source={source}
      frame={dashboardFrame(dataset, revision, view, locale)}
      synthetic={synthetic}
      serverLocale={locale}
    />
  );
}
