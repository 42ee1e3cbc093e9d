"use client";

import { ConfirmRejectButtons } from "./confirm-reject-buttons";
import { useReviewAction } from "./use-review-action";

// 确认 / 拒绝 one evidence link of a goal (the tracking endpoint); a rejected link no longer counts toward the status.
export function EvidenceReviewControls({ id, review }: { id: number; review: string }) {
  const { run, error, pending } = useReviewAction();
  return (
    <div className="mt-1" data-testid="evidence-review" data-evidence-id={id}>
      <div className="flex flex-wrap gap-1" role="group" aria-label="审核这条进展">
        <ConfirmRejectButtons review={review} pending={pending} onDecide={(action) => run("/api/review/evidence", { action, id })} />
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-brand-700" data-testid="review-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
