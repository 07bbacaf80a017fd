import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";

describe(contentSecurityPolicy, () => {
  const csp = contentSecurityPolicy("abc123");
  const directives = new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("allows scripts only from this origin and by this request's nonce", () => {
    expect(directives.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("names no remote origin in any directive", () => {
    for (const [, values] of directives) {
      for (const v of values) expect(v).not.toMatch(/^(https?:|\*|\/\/)/);
    }
  });

  it("forbids framing", () => {
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  });
});

describe(securityHeaders, () => {
  it("sets nosniff and a referrer policy", () => {
    const h = securityHeaders("n");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("no-referrer");
  });
});
