"use client";

import { useState } from "react";
import { ReviewButton } from "./review-button";
import { useHydrated } from "../use-hydrated";
import { useReviewAction } from "./use-review-action";

// An editor gives the date of an issue whose date is unknown or only inferred (POST /api/issues/[id]/date). The issue is
// re-extracted with it on the server, so this can take a few seconds; the page is refreshed with its new label.
export function IssueDateForm(props: { issueId: number; current: string | null }) {
  const { run, error, pending, clearError } = useReviewAction();
  const [date, setDate] = useState(props.current ?? "");
  // A date typed before hydration would be lost when React takes over this controlled input.
  const hydrated = useHydrated();
  return (
    <form
      className="space-y-1"
      data-testid="issue-date-form"
      onSubmit={(event) => {
        event.preventDefault();
        // On success the page is refreshed: the new label shows, and this form goes (the date is now the editor's).
        void run(`/api/issues/${props.issueId}/date`, { date });
      }}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={`issue-date-${props.issueId}`} className="text-stone-700">
          设定出版日期
        </label>
        <input
          id={`issue-date-${props.issueId}`}
          name="date"
          type="date"
          required
          disabled={!hydrated}
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
            clearError();
          }}
          className="rounded border border-stone-300 px-2 py-1"
          data-testid="issue-date-input"
        />
        <ReviewButton type="submit" tone="primary" className="px-3 py-1 text-sm" disabled={pending || date === ""}>
          {pending ? "保存中…" : "保存日期"}
        </ReviewButton>
      </div>
      <p className="text-xs text-stone-500">报头没有日期时由正文推断；设定后这一期会按新日期重新提取（“下月”“年内”等期限随之换算）。</p>
      {error ? (
        <p role="alert" className="text-sm text-brand-700" data-testid="review-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
