"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

// The API's messages are Chinese and say what went wrong (401/403 say to sign in / read-only); a 404 also says what to do.
const STATUS_HINTS: Record<number, string> = {
  404: "找不到这一项（可能已重新提取，请刷新页面）：",
};

// POSTs JSON to a review endpoint; on success refreshes the server-rendered page, on failure keeps the API's message.
export async function postJson(url: string, body: unknown): Promise<{ ok: true; payload: unknown } | { ok: false; error: string }> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, payload };
    const message = payload && typeof payload === "object" && "error" in payload ? String(payload.error) : `HTTP ${response.status}`;
    return { ok: false, error: `${STATUS_HINTS[response.status] ?? ""}${message}` };
  } catch {
    return { ok: false, error: "网络错误，请稍后重试。" };
  }
}

export function useReviewAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function run(url: string, body: unknown, onDone?: (payload: unknown) => void): Promise<boolean> {
    setBusy(true);
    setError(null);
    const result = await postJson(url, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    onDone?.(result.payload);
    startRefresh(() => router.refresh());
    return true;
  }

  return { run, error, pending: busy || refreshing, clearError: () => setError(null) };
}
