import type { Metadata } from "next";
import { DashboardPage, linkLocale, type SearchParams } from "@/app/dashboard-page";
import { servedDataset } from "@/lib/data/served";
import { messagesFor } from "@/lib/i18n";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { dataset } = servedDataset();
  const locale = await linkLocale(dataset, await searchParams);
  const m = messagesFor(locale);
  const c = dataset.composite;
  // Names from data go into the title as text; React escapes them like every other string.
  return { title: `${m.app.title} — ${locale === "zh" ? c.nameZh : c.nameEn}`, description: m.app.tagline };
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
