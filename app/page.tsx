import type { Metadata } from "next";
import { headers } from "next/headers";
import { DashboardPage, type SearchParams } from "@/app/dashboard-page";
import { servedDataset } from "@/lib/data/served";
import { pickLocale } from "@/lib/i18n";
import { originOf, viewMetadata } from "@/lib/og/metadata";

/** Link previews: og: and Twitter tags naming the view's leaders, and its own ranking as og:image (lib/og). */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { dataset } = servedDataset();
  const h = await headers();
  return viewMetadata(dataset, await searchParams, pickLocale(h.get("accept-language")), originOf(h)).metadata;
}

/**
 * The dashboard on the served dataset (bundled, or AI_CITY_DATASET). The server parses the link with the same codec as
 * the browser, so the first HTML already shows the view the link describes.
 */
export default function Home({ searchParams }: { searchParams: SearchParams }) {
  const { dataset, revision } = servedDataset();
  return (
    <DashboardPage
      dataset={dataset}
      revision={revision}
      source={{ kind: "served", url: `/api/dataset/${revision}` }}
      synthetic={false}
      searchParams={searchParams}
    />
  );
}
