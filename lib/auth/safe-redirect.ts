// Where to send an editor after sign-in. A `next` target from the query string is attacker-controlled: browsers read
// /\evil.example, /\/evil.example, a tab in //evil.example or /..//evil.example as another host. Instead of guessing
// which spellings are dangerous, the target is resolved the way a browser would (WHATWG URL, against a placeholder
// origin) and kept only when it is a path on that origin; what is returned is the resolved path, never the raw text.

export const DEFAULT_AFTER_SIGN_IN = "/ingest";

const PLACEHOLDER_ORIGIN = "http://zhibiao.invalid";

export function safeRedirectPath(target: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  // Only site-absolute paths: a scheme-relative "http:evil.example" stays on an http site but leaves an https one.
  if (typeof target !== "string" || !target.startsWith("/") || target.length > 2000) return fallback;
  let url: URL;
  try {
    url = new URL(target, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // /..//evil.example resolves to the path //evil.example, which a browser would read as a host again.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
