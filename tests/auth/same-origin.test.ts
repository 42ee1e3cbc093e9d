import { describe, expect, it } from "vitest";
import { checkWriteRequest, RequestRefusedError } from "@/lib/auth/same-origin";

const SITE = "http://127.0.0.1:3000";
const request = (headers: Record<string, string>) => new Request(`${SITE}/api/review/indicators`, { method: "POST", headers: { host: "127.0.0.1:3000", ...headers } });
const refusal = (req: Request, rule?: Parameters<typeof checkWriteRequest>[1]) => {
  try {
    checkWriteRequest(req, rule);
    return null;
  } catch (error) {
    if (error instanceof RequestRefusedError) return error.status;
    throw error;
  }
};
const JSON_RULE = { contentType: "application/json" } as const;

describe("checkWriteRequest", () => {
  it("accepts this site's own pages", () => {
    expect(refusal(request({ origin: SITE, "sec-fetch-site": "same-origin", "content-type": "application/json" }), JSON_RULE)).toBeNull();
    expect(refusal(request({ origin: SITE, "content-type": "application/json; charset=utf-8" }), JSON_RULE)).toBeNull();
    expect(refusal(request({ origin: SITE, "content-type": "multipart/form-data; boundary=x" }), { contentType: "multipart/form-data" })).toBeNull();
  });

  it("accepts scripts that send no browser headers (curl, the tests): cross-site forgery needs a browser", () => {
    expect(refusal(request({ "content-type": "application/json" }), JSON_RULE)).toBeNull();
  });

  it("refuses a page on another port of the same host (same site, another origin) with 403", () => {
    expect(refusal(request({ origin: "http://127.0.0.1:4000", "sec-fetch-site": "same-site", "content-type": "application/json" }), JSON_RULE)).toBe(403);
    // an older browser without Sec-Fetch-Site: the Origin alone decides
    expect(refusal(request({ origin: "http://127.0.0.1:4000", "content-type": "application/json" }), JSON_RULE)).toBe(403);
    expect(refusal(request({ "sec-fetch-site": "cross-site" }))).toBe(403);
    expect(refusal(request({ origin: "null" }))).toBe(403);
  });

  it("behind a proxy compares with the forwarded host", () => {
    const proxied = new Request(`${SITE}/api/ingest`, { method: "POST", headers: { host: "127.0.0.1:3000", "x-forwarded-host": "zhibiao.example", origin: "https://zhibiao.example" } });
    expect(refusal(proxied)).toBeNull();
  });

  it("refuses a body of another content type with 415 (a cross-origin form can send text/plain without asking)", () => {
    expect(refusal(request({ origin: SITE, "content-type": "text/plain" }), JSON_RULE)).toBe(415);
    expect(refusal(request({ origin: SITE }), JSON_RULE)).toBe(415);
    expect(refusal(request({ origin: SITE, "content-type": "application/x-www-form-urlencoded" }), { contentType: "multipart/form-data" })).toBe(415);
  });
});
