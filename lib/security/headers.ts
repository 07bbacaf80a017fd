/**
 * Security headers for every response. The Content-Security-Policy allows no remote origin and no inline script
 * except Next's own, by per-request nonce ('strict-dynamic' lets those scripts load the app's chunks). Inline style
 * attributes stay allowed: React and Recharts set `style=` on elements, which is not script.
 */
export function contentSecurityPolicy(nonce: string, dev = false, embeddable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The robustness analysis runs in a same-origin web worker ('strict-dynamic' would otherwise leave only nonces).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only /embed may be framed, by any site; every other page refuses framing (clickjacking).
    embeddable ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/** Routes other sites may put in a frame. */
export const EMBEDDABLE_PATH = /^\/embed\/?$/;

export function securityHeaders(nonce: string, dev = false, embeddable = false): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, dev, embeddable),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    // X-Frame-Options has no "anyone" value: an embeddable page simply does not send it.
    ...(embeddable ? {} : { "X-Frame-Options": "DENY" }),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  };
}
