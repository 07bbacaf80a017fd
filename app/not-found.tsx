import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { messagesFor, pickLocale } from "@/lib/i18n";

export const metadata: Metadata = { title: "AI City Index — page not found", robots: "noindex" };

/**
 * The 404 page. It reads the request's headers, so it renders per request: Next then puts the request's CSP nonce on
 * its scripts (a prerendered 404 carries no nonce, and the policy blocks every script on it).
 */
export default async function NotFound() {
  const locale = pickLocale((await headers()).get("accept-language"));
  const m = messagesFor(locale);
  return (
    <main lang={locale === "zh" ? "zh-CN" : "en"} className="mx-auto max-w-xl space-y-3 p-6">
      <p className="text-sm text-gray-600">404</p>
      <h1 className="text-2xl font-bold">{m.notFound.title}</h1>
      <p>{m.notFound.body}</p>
      <p>
        <Link href="/" className="text-blue-700 underline">
          {m.notFound.home}
        </Link>
      </p>
    </main>
  );
}
