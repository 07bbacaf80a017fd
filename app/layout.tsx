import type { Metadata } from "next";
import { headers } from "next/headers";
import { htmlLang, LOCALE_HEADER } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  title: "AI City Index",
  description: "Compare Chinese cities' AI competitiveness with sourced indicators and your own weights.",
};

/** `<html lang>` follows the page's language (the proxy decides it from the link and the browser), from the first byte. */
export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const locale = (await headers()).get(LOCALE_HEADER) === "zh" ? "zh" : "en";
  return (
    <html lang={htmlLang(locale)}>
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
