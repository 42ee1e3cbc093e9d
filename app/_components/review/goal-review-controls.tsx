"use client";

import { useState } from "react";
import { ConfirmRejectButtons } from "./confirm-reject-buttons";
import { ReviewButton } from "./review-button";
import { useReviewAction } from "./use-review-action";

export type ReviewableGoal = { id: number; text: string; review: string; status: string; statusEvidence: string | null };

const ENDPOINT = "/api/review/goals";
const inputClass = "w-full rounded border border-stone-300 bg-white px-1.5 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

// 确认 / 拒绝 a goal, and set its status with the evidence it rests on (a later indicator or article, or words).
// `statuses` comes from the server (lib/validations/review GOAL_STATUSES) so zod stays out of the browser bundle.
export function GoalReviewControls(props: { goal: ReviewableGoal; statuses: readonly string[] }) {
  const { goal } = props;
  const [open, setOpen] = useState(false);
  const { run, error, pending, clearError } = useReviewAction();
  return (
    <div className="mt-1" data-testid="goal-review" data-goal-id={goal.id}>
      <div className="flex flex-wrap gap-1" role="group" aria-label="审核目标">
        <ConfirmRejectButtons review={goal.review} pending={pending} onDecide={(action) => run(ENDPOINT, { action, id: goal.id })} />
        <ReviewButton
          aria-expanded={open}
          onClick={() => {
            clearError();
            setOpen(!open);
          }}
        >
          设置状态
        </ReviewButton>
      </div>
      {open ? (
        <form
          className="mt-1 space-y-2 rounded border border-stone-200 bg-stone-50 p-2"
          data-testid="goal-status-form"
          aria-label="目标状态"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const evidence = String(data.get("evidence") ?? "").trim();
            void run(ENDPOINT, { action: "status", id: goal.id, status: String(data.get("status")), ...(evidence ? { evidence } : {}) }, () => setOpen(false));
          }}
        >
          <label className="flex flex-col gap-0.5">
            <span className="text-xs text-stone-600">状态</span>
            <select name="status" defaultValue={goal.status} className={inputClass}>
              {props.statuses.map((status) => (
                <option key={status} value={status}>
                  {status}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-0.5">
            <span className="text-xs text-stone-600">依据（后续指标或文章的链接，或文字说明）</span>
            <input name="evidence" maxLength={500} defaultValue={goal.statusEvidence ?? ""} placeholder="/articles/12#m-indicator-34" className={inputClass} />
          </label>
          {error ? (
            <p role="alert" className="text-xs text-brand-700" data-testid="review-error">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <ReviewButton type="submit" tone="primary" disabled={pending}>
              {pending ? "保存中…" : "保存状态"}
            </ReviewButton>
            <ReviewButton onClick={() => setOpen(false)}>取消</ReviewButton>
          </div>
        </form>
      ) : error ? (
        <p role="alert" className="mt-1 text-xs text-brand-700" data-testid="review-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
