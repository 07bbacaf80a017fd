import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, EMBEDDABLE_PATH, securityHeaders } from "./headers";

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
    expect(directives.get("worker-src")).toEqual(["'self'"]);
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

describe("securityHeaders: framing, window isolation and powerful features", () => {
  const h = securityHeaders("n");

  it("forbids framing in browsers that ignore frame-ancestors", () => {
    expect(h["X-Frame-Options"]).toBe("DENY");
  });

  it("isolates the window from pages that open it (COOP)", () => {
    expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
  });

  it("turns off camera, microphone, geolocation and interest cohorts", () => {
    const features = new Map(
      h["Permissions-Policy"]!.split(",").map((d) => {
        const [name, allow] = d.trim().split("=");
        return [name, allow] as const;
      }),
    );
    for (const f of ["camera", "microphone", "geolocation", "interest-cohort"]) expect(features.get(f)).toBe("()");
  });
});

describe("embedding", () => {
  it("lets any site frame /embed and nothing else", () => {
    expect(EMBEDDABLE_PATH.test("/embed")).toBe(true);
    expect(EMBEDDABLE_PATH.test("/embed/")).toBe(true);
    for (const path of ["/", "/synthetic", "/embedded", "/og", "/x/embed"])
      expect(EMBEDDABLE_PATH.test(path)).toBe(false);
    const embed = securityHeaders("n", false, true);
    expect(embed["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(embed["X-Frame-Options"]).toBeUndefined();
    // Everything else about the policy stays as strict as on other pages.
    expect(embed["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-n' 'strict-dynamic'");
    const page = securityHeaders("n");
    expect(page["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(page["X-Frame-Options"]).toBe("DENY");
  });
});
