/**
 * The page metadata of a shared view: title and description naming the leading places, Open Graph and Twitter card
 * tags whose image is the view's own ranking (`/og?<query>`). Returns plain data in the shape of Next's `Metadata`.
 */
import type { Dataset } from "@/lib/data/types";
import type { Locale } from "@/lib/view/options";
import { viewPreview } from "./preview";

type Params = Parameters<typeof viewPreview>[1];

/** The site's origin for absolute preview URLs, from the request's host (proxies' forwarded headers first). */
export function originOf(headers: { get(name: string): string | null }): string | null {
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  if (!host || !/^[A-Za-z0-9.[\]:-]+$/.test(host)) return null;
  const proto = (headers.get("x-forwarded-proto") ?? "").split(",")[0]?.trim();
  return `${proto === "https" || proto === "http" ? proto : "http"}://${host}`;
}

export function viewMetadata(dataset: Dataset, params: Params, fallbackLocale: Locale, origin: string | null) {
  const p = viewPreview(dataset, params, fallbackLocale, (q) => `${origin ?? ""}/${q ? `?${q}` : ""}`);
  // The image speaks the page's language, also when the link leaves it to the browser.
  const og = `/og?${[p.query, p.view.lang === null ? `lang=${p.locale}` : ""].filter((s) => s !== "").join("&")}`;
  const image = { url: og, width: 1200, height: 630, alt: p.m.preview.imageAlt };
  if (p.view.dataset !== null) {
    // A view on data imported into the sender's browser: the server has never seen those data, so the preview says
    // so instead of showing the published ranking under the sender's link.
    const title = `${p.m.data.missingTitle} — ${p.m.app.title}`;
    return {
      locale: p.locale,
      metadata: {
        ...(origin ? { metadataBase: new URL(origin) } : {}),
        title,
        description: p.m.preview.importedDescription,
        openGraph: {
          type: "website" as const,
          siteName: p.m.app.title,
          title,
          description: p.m.preview.importedDescription,
        },
        twitter: { card: "summary" as const, title, description: p.m.preview.importedDescription },
      },
    };
  }
  return {
    locale: p.locale,
    metadata: {
      ...(origin ? { metadataBase: new URL(origin) } : {}),
      // The page's own title stays "AI City Index — <index>" (the tab keeps it while weights move); previews, which
      // show one moment of a view, name its leaders.
      title: `${p.m.app.title} — ${p.report.title}`,
      description: p.summary.description,
      openGraph: {
        type: "website" as const,
        siteName: p.m.app.title,
        title: p.summary.title,
        description: p.summary.description,
        locale: p.locale === "zh" ? "zh_CN" : "en_US",
        images: [image],
      },
      twitter: {
        card: "summary_large_image" as const,
        title: p.summary.title,
        description: p.summary.description,
        images: [image],
      },
    },
  };
}
