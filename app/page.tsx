import type { Metadata } from "next";
import { headers } from "next/headers";
import { Dashboard } from "@/components/dashboard/dashboard";
import { viewContextFor } from "@/lib/dashboard/context";
import { getServedDataset as getDataset } from "@/lib/data/served";
import { messagesFor, pickLocale } from "@/lib/i18n";
import { parseView } from "@/lib/view/codec";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The link's language, else the browser's (Accept-Language). */
async function localeFor(searchParams: Awaited<SearchParams>) {
  const { view } = parseView(searchParams, viewContextFor(getDataset()));
  return view.lang ?? pickLocale((await headers()).get("accept-language"));
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const locale = await localeFor(await searchParams);
  const m = messagesFor(locale);
  const c = getDataset().composite;
  // Names from data go into the title as text; React escapes them like every other string.
  return { title: `${m.app.title} — ${locale === "zh" ? c.nameZh : c.nameEn}`, description: m.app.tagline };
}

/**
 * The dashboard on the bundled data. The server parses the link with the same codec as the browser, so the first
 * HTML already shows the view the link describes.
 */
export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const locale = await localeFor(await searchParams);
  return <Dashboard dataset={getDataset()} synthetic={false} serverLocale={locale} />;
}
