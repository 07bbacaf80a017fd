import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER, requestLocale } from "@/lib/i18n";
import { EMBEDDABLE_PATH, securityHeaders } from "@/lib/security/headers";

/** The app only reads: pages, its dataset, static files. Anything else is answered here, before Next's router. */
const ALLOWED_METHODS = new Set(["GET", "HEAD"]);

/**
 * Runs before every request: a fresh CSP nonce per request (Next reads it from the request's CSP header and puts it
 * on its own scripts), and the security headers on every response, including 405 for methods the app does not serve
 * (TRACE, PUT, …; without this Next answered TRACE with a 500 and a stack trace in the log).
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const embeddable = EMBEDDABLE_PATH.test(request.nextUrl.pathname);
  const headers = securityHeaders(nonce, process.env.NODE_ENV === "development", embeddable);
  if (!ALLOWED_METHODS.has(request.method)) {
    const response = new NextResponse("Method Not Allowed\n", {
      status: 405,
      headers: { Allow: [...ALLOWED_METHODS].join(", "), "Content-Type": "text/plain; charset=utf-8" },
    });
    for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
    return response;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // The root layout writes <html lang> from this, so a Chinese page says zh-CN in its very first HTML.
  requestHeaders.set(
    LOCALE_HEADER,
    requestLocale(request.nextUrl.searchParams.get("lang"), request.headers.get("accept-language")),
  );
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [k, v] of Object.entries(headers)) response.headers.set(k, v);
  return response;
}
