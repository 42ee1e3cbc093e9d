"use client";

import { useState } from "react";
import { ReviewButton } from "./review-button";
import { useReviewAction } from "./use-review-action";

type Result = { status: string; articles: number; items: number; decisions: number };

// Runs the current rules over this issue again; editors' decisions are re-attached on the server.
export function ReextractButton(props: { issueId: number }) {
  const { run, error, pending } = useReviewAction();
  const [done, setDone] = useState<Result | null>(null);
  return (
    <div className="space-y-1" data-testid="reextract">
      <ReviewButton
        tone="plain"
        className="px-3 py-1 text-sm"
        disabled={pending}
        onClick={() => {
          setDone(null);
          void run(`/api/issues/${props.issueId}/reextract`, {}, (payload) => setDone((payload as { result: Result }).result));
        }}
      >
        {pending ? "重新提取中…" : "重新提取"}
      </ReviewButton>
      <p className="text-xs text-stone-500">用当前规则重新提取这一期；编辑的确认、拒绝、更正和补充都会保留。</p>
      {done ? (
        <p role="status" className="text-sm text-emerald-800" data-testid="reextract-result">
          已重新提取：{done.articles} 篇文章、{done.items} 个数字指标；人工审核 {done.decisions} 条已重新套用。
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-brand-700" data-testid="review-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
