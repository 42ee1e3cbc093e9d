"use client";

import Link from "next/link";
import { ConfirmRejectButtons } from "./confirm-reject-buttons";
import { useReviewAction } from "./use-review-action";

const ENDPOINT = "/api/review/indicators";

// 确认 / 拒绝 in an explorer row; a correction needs the sentence, so 更正 opens the article with that item's form.
export function ExplorerRowActions(props: { id: number; articleId: number; review: string }) {
  const { run, error, pending } = useReviewAction();
  return (
    <div className="mt-1" data-testid="explorer-review">
      <div className="flex flex-wrap gap-1" role="group" aria-label="审核">
        <ConfirmRejectButtons review={props.review} pending={pending} onDecide={(action) => run(ENDPOINT, { action, id: props.id })} />
        <Link
          href={`/articles/${props.articleId}?edit=${props.id}#m-indicator-${props.id}`}
          className="rounded border border-stone-300 px-1.5 py-0.5 text-xs text-stone-700 hover:border-stone-500"
        >
          更正
        </Link>
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-xs text-brand-700" data-testid="review-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
