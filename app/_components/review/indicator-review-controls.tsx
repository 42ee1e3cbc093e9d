"use client";

import { useState } from "react";
import type { ReviewOptions } from "@/lib/data/review-options";
import { IndicatorFieldsForm, type IndicatorFieldValues } from "./indicator-fields-form";
import { ReviewButton } from "./review-button";
import { useReviewAction } from "./use-review-action";

export type ReviewableIndicator = IndicatorFieldValues & { id: number; text: string; review: string };

const ENDPOINT = "/api/review/indicators";

// 确认 / 拒绝 / 更正 for one indicator; rendered for signed-in editors only (the API checks again).
export function IndicatorReviewControls(props: { item: ReviewableIndicator; options: ReviewOptions; startOpen?: boolean }) {
  const { item } = props;
  const [open, setOpen] = useState(props.startOpen ?? false);
  const { run, error, pending, clearError } = useReviewAction();
  return (
    <div className="mt-1" data-testid="indicator-review" data-indicator-id={item.id}>
      <div className="flex flex-wrap gap-1" role="group" aria-label={`审核「${item.text}」`}>
        {item.review !== "confirmed" ? (
          <ReviewButton tone="confirm" disabled={pending} onClick={() => run(ENDPOINT, { action: "confirm", id: item.id })}>
            {item.review === "rejected" ? "恢复" : "确认"}
          </ReviewButton>
        ) : null}
        {item.review !== "rejected" ? (
          <ReviewButton tone="reject" disabled={pending} onClick={() => run(ENDPOINT, { action: "reject", id: item.id })}>
            拒绝
          </ReviewButton>
        ) : null}
        <ReviewButton
          aria-expanded={open}
          onClick={() => {
            clearError();
            setOpen(!open);
          }}
        >
          更正
        </ReviewButton>
      </div>
      {open ? (
        <IndicatorFieldsForm
          initial={item}
          options={props.options}
          submitLabel="保存更正"
          heading={`更正「${item.text}」`}
          pending={pending}
          error={error}
          testId="correction-form"
          onCancel={() => setOpen(false)}
          onSubmit={(fields) => run(ENDPOINT, { action: "correct", id: item.id, fields }, () => setOpen(false))}
        />
      ) : error ? (
        <p role="alert" className="mt-1 text-xs text-brand-700" data-testid="review-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
