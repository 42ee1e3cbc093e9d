"use client";

import { useState } from "react";
import type { ReviewOptions } from "@/lib/data/review/list-review-options";
import { IndicatorFieldsForm, type IndicatorFieldValues } from "./indicator-fields-form";
import { ConfirmRejectButtons } from "./confirm-reject-buttons";
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
        <ConfirmRejectButtons review={item.review} pending={pending} onDecide={(action) => run(ENDPOINT, { action, id: item.id })} />
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
