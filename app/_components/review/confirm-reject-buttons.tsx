"use client";

import { ReviewButton } from "./review-button";

// The 确认 (or 恢复 for a rejected item) and 拒绝 pair every review control starts with; the caller owns the request.
export function ConfirmRejectButtons(props: { review: string; pending: boolean; onDecide: (action: "confirm" | "reject") => void }) {
  return (
    <>
      {props.review !== "confirmed" ? (
        <ReviewButton tone="confirm" disabled={props.pending} onClick={() => props.onDecide("confirm")}>
          {props.review === "rejected" ? "恢复" : "确认"}
        </ReviewButton>
      ) : null}
      {props.review !== "rejected" ? (
        <ReviewButton tone="reject" disabled={props.pending} onClick={() => props.onDecide("reject")}>
          拒绝
        </ReviewButton>
      ) : null}
    </>
  );
}
