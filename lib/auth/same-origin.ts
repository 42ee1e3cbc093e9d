// API writes come only from this site's own pages. SameSite=Strict stops other sites, but a page on another port of the
// same host is the same *site* and its requests carry the editor's cookie: so each write also checks where the request
// comes from (Sec-Fetch-Site, else Origin against Host) and that its body has the content type the endpoint reads (a
// cross-origin page can send text/plain or a form without asking first, never application/json).

export class RequestRefusedError extends Error {
  constructor(
    readonly status: 403 | 415,
    message: string,
  ) {
    super(message);
  }
}

export type WriteRequestRule = { contentType?: "application/json" | "multipart/form-data" };

export function checkWriteRequest(request: Request, rule: WriteRequestRule = {}): void {
  const headers = request.headers;
  const fetchSite = headers.get("sec-fetch-site");
  // "same-site" is exactly the other-port case; "none" is a user typing a URL, which never POSTs.
  if (fetchSite !== null && fetchSite !== "same-origin") {
    throw new RequestRefusedError(403, `拒绝跨站请求（来源：${fetchSite}）：修改只能在本站页面上进行`);
  }
  const origin = headers.get("origin");
  if (origin !== null) {
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null; // "null" (sandboxed frames, file: pages) and garbage are never this site
    }
    if (!host || originHost !== host) throw new RequestRefusedError(403, `拒绝跨站请求（来源：${origin.slice(0, 100)}）：修改只能在本站页面上进行`);
  }
  if (rule.contentType) {
    const type = headers.get("content-type")?.split(";")[0].trim().toLowerCase();
    if (type !== rule.contentType) {
      throw new RequestRefusedError(415, `请求内容类型应为 ${rule.contentType}（收到：${type || "无"}）`);
    }
  }
}
