"use client";

import { useEffect, useRef, useState } from "react";
import type { ReviewOptions } from "@/lib/data/review/list-review-options";
import { IndicatorFieldsForm } from "./indicator-fields-form";
import { ReviewButton } from "./review-button";
import { guessFields, MAX_SELECTION, resolveSelection, type SelectionInText } from "./selection-offsets";
import { useReviewAction } from "./use-review-action";

type Candidate = { selection: SelectionInText; insideIndicator: boolean } | { problem: string };

// Where the current selection sits in Article.text, or why it cannot be added; null when nothing in the body is selected.
function readSelection(root: Element, text: string): Candidate | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const paragraphs = Array.from(root.children);
  const paragraph = paragraphs.findIndex((element) => element.contains(range.startContainer));
  if (paragraph === -1) return null;
  if (!paragraphs[paragraph].contains(range.endContainer)) return { problem: "请只选择同一段里的文字。" };
  const selected = range.toString();
  if (selected.trim().length > MAX_SELECTION) return { problem: `最多选择 ${MAX_SELECTION} 个字（一个数字和它的单位）。` };
  const before = document.createRange();
  before.setStart(paragraphs[paragraph], 0);
  before.setEnd(range.startContainer, range.startOffset);
  const resolved = resolveSelection(text, { paragraph, offset: before.toString().length, selected });
  if (!resolved) return { problem: "无法在原文中定位所选文字。" };
  const startElement = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  return { selection: resolved, insideIndicator: Boolean(startElement?.closest('mark[data-kind="indicator"]')) };
}

// "添加遗漏的数字": select words in the article body, a bar offers to add them as an indicator the rules missed.
export function SelectionAdder(props: { articleId: number; text: string; options: ReviewOptions; children: React.ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [open, setOpen] = useState(false);
  const openRef = useRef(false);
  const { run, error, pending, clearError } = useReviewAction();

  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    const onChange = () => {
      // While the form is open the chosen words stay chosen, whatever the inputs do to the selection.
      if (openRef.current) return;
      const root = wrapper.current?.querySelector('[data-testid="article-text"]');
      setCandidate(root ? readSelection(root, props.text) : null);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [props.text]);

  const close = () => {
    setOpen(false);
    openRef.current = false;
    clearError();
  };
  const chosen = candidate && "selection" in candidate ? candidate.selection : null;

  return (
    <div ref={wrapper}>
      <p className="mb-2 text-xs text-stone-500" data-testid="selection-hint">
        编辑提示：在正文中选中规则漏掉的数字（连同单位），即可把它添加为指标。
      </p>
      {props.children}
      {candidate ? (
        <div className="fixed inset-x-0 bottom-0 z-20 px-3 pb-3" data-testid="selection-bar">
          <div
            className="mx-auto max-h-[80vh] max-w-lg overflow-y-auto rounded border border-stone-300 bg-white p-3 shadow-lg"
            onKeyDown={(event) => {
              if (event.key === "Escape") close();
            }}
          >
            {"problem" in candidate ? (
              <p role="status" className="text-sm text-stone-700">
                {candidate.problem}
              </p>
            ) : open && chosen ? (
              <IndicatorFieldsForm
                initial={{ ...guessFields(chosen.text), valueMax: null, metric: null, township: null, department: null, campaign: null }}
                options={props.options}
                heading={`添加遗漏的数字：「${chosen.text}」`}
                submitLabel="添加"
                pending={pending}
                error={error}
                testId="add-indicator-form"
                onCancel={close}
                onSubmit={(fields) =>
                  run("/api/review/indicators", { action: "add", articleId: props.articleId, start: chosen.start, end: chosen.end, fields }, () => {
                    close();
                    setCandidate(null);
                    document.getSelection()?.removeAllRanges();
                  })
                }
              />
            ) : chosen ? (
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span>
                  已选中「<strong>{chosen.text}</strong>」
                </span>
                {candidate.insideIndicator ? <span className="text-xs text-amber-700">（这里已有一个指标，可直接在右侧更正）</span> : null}
                <ReviewButton
                  tone="primary"
                  className="ml-auto"
                  // Pressing the button must not clear the selection it is about.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => {
                    openRef.current = true;
                    setOpen(true);
                  }}
                >
                  添加遗漏的数字
                </ReviewButton>
              </div>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
