import { safeRedirectPath } from "../auth/safe-redirect";

// A goal's evidence is a path on this site (/articles/12#m-indicator-34), an http(s) URL shown as external, or words.
// Anything that looks like a link but is neither (//evil.example reads as another host, javascript:, data:) is
// refused when saved, and shown as plain text if an older row holds one.
export type Evidence = { kind: "internal"; href: string } | { kind: "external"; href: string } | { kind: "text" } | { kind: "refused"; problem: string };

export const EVIDENCE_LINK_RULE = "依据链接只能是本站页面（以 / 开头，如 /articles/12）或 http(s):// 开头的网址";

export function classifyEvidence(evidence: string): Evidence {
  const text = evidence.trim();
  if (text.startsWith("/") || text.startsWith("\\")) {
    const path = safeRedirectPath(text, "");
    return path && !/\s/.test(text) ? { kind: "internal", href: path } : { kind: "refused", problem: `“${text.slice(0, 40)}”指向其他网站。${EVIDENCE_LINK_RULE}` };
  }
  const scheme = /^([a-z][a-z0-9+.-]{0,20}):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === "http" || scheme === "https") {
    try {
      const url = new URL(text);
      if (url.host && !/\s/.test(text)) return { kind: "external", href: url.href };
    } catch {
      // falls through to the refusal
    }
    return { kind: "refused", problem: `“${text.slice(0, 40)}”不是有效的网址。${EVIDENCE_LINK_RULE}` };
  }
  // Another scheme (javascript:, data:, ftp:) is refused; words with a colon and a space after it ("Note: …") are words.
  if (scheme && !/^[a-z][a-z0-9+.-]*:\s/i.test(text)) return { kind: "refused", problem: `不接受 ${scheme}: 链接。${EVIDENCE_LINK_RULE}` };
  return { kind: "text" };
}
