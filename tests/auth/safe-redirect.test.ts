import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeRedirectPath } from "@/lib/auth/safe-redirect";
import { ZSignInSchema } from "@/lib/validations/auth";

// Each of these lands on another host when handed to a browser as a Location or a link.
const OFF_SITE = [
  "/\\evil.example", // /\ is // to a browser
  "/\\/evil.example",
  "/\t/evil.example", // what ?next=/%09/evil.example decodes to: browsers drop the tab
  "//evil.example",
  "\\\\evil.example",
  "/..//evil.example", // dot segments resolve to the path //evil.example
  "/a/..//evil.example",
  "/.//evil.example",
  "https://evil.example/ingest",
  "http:evil.example",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\n/evil.example",
  "audit", // relative paths resolve against the login page: only site-absolute ones are taken
  " //evil.example",
];

describe("safeRedirectPath", () => {
  it.each(OFF_SITE)("refuses %j and falls back to the default page", (target) => {
    expect(safeRedirectPath(target)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeRedirectPath(target, "/")).toBe("/");
  });

  it("keeps paths on this site, with their query and fragment, as resolved paths", () => {
    expect(safeRedirectPath("/audit")).toBe("/audit");
    expect(safeRedirectPath("/issues/3?rejected=show#m-indicator-12")).toBe("/issues/3?rejected=show#m-indicator-12");
    expect(safeRedirectPath("/indicators?q=户")).toBe("/indicators?q=%E6%88%B7");
    // %09 left encoded is a harmless path on this site (it is not decoded again by the browser)
    expect(safeRedirectPath("/%09/evil.example")).toBe("/%09/evil.example");
    expect(safeRedirectPath("/a/../audit")).toBe("/audit");
  });

  it("falls back on anything that is not a usable string", () => {
    for (const value of [undefined, null, "", 42, ["/audit"], "x".repeat(3000)]) expect(safeRedirectPath(value)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("is what the sign-in form's schema applies to next", () => {
    const parse = (next: unknown) => ZSignInSchema.parse({ editor: "董玲", password: "pw", next }).next;
    expect(parse("/\\evil.example")).toBe("/ingest");
    expect(parse("/\t/evil.example")).toBe("/ingest");
    expect(parse("/audit")).toBe("/audit");
    expect(parse(undefined)).toBe("/ingest");
  });
});
