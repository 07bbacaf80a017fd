import { expect, test } from "@playwright/test";

const expectSecurityHeaders = (headers: Record<string, string>) => {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/https?:|unsafe-eval/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
};

test("every response carries the security headers: page, script, missing page", async ({ page, request }) => {
  const scripts: string[] = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script") scripts.push(r.url());
  });
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  const res = await page.goto("/");
  expectSecurityHeaders(res!.headers());
  // The nonce changes per request.
  const again = await request.get("/");
  expect(again.headers()["content-security-policy"]).not.toBe(res!.headers()["content-security-policy"]);

  expect(scripts.length).toBeGreaterThan(0);
  expectSecurityHeaders((await request.get(scripts[0]!)).headers());
  const missing = await request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing.headers());
  // The app's own scripts run under the policy: nothing was refused.
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("methods the app does not serve answer 405 with the security headers", async ({ request }) => {
  for (const method of ["TRACE", "PUT", "DELETE", "POST", "PATCH", "OPTIONS"]) {
    const res = await request.fetch("/", { method });
    expect(res.status(), method).toBe(405);
    expect(res.headers()["allow"], method).toBe("GET, HEAD");
    expectSecurityHeaders(res.headers());
    expect(await res.text(), method).toBe("Method Not Allowed\n");
  }
  expect((await request.head("/")).status()).toBe(200);
});
