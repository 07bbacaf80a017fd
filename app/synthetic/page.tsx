import type { Metadata } from "next";
import { headers } from "next/headers";
import { SyntheticDashboard } from "@/components/dashboard/synthetic-dashboard";
import { pickLocale } from "@/lib/i18n";
import { isOneOf, LOCALES } from "@/lib/view/options";

export const metadata: Metadata = { title: "AI City Index — synthetic data (300 places)", robots: "noindex" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The same dashboard on a seeded synthetic dataset (300 places × 30 indicators), for scale tests and benchmarks. */
export default async function Synthetic({ searchParams }: { searchParams: SearchParams }) {
  const lang = (await searchParams).lang;
  const locale = isOneOf(LOCALES, lang) ? lang : pickLocale((await headers()).get("accept-language"));
  return <SyntheticDashboard serverLocale={locale} />;
}
