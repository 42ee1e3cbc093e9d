"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useHydrated } from "@/app/_components/use-hydrated";
import { uploadFailureMessage } from "./upload-failure-message";

type Row = {
  name: string;
  state: "waiting" | "uploading" | "stored" | "duplicate" | "replaced" | "failed";
  detail?: string;
  technical?: string; // the pipeline's own (English) message, shown on hover
  issueId?: number;
};

const STATE_LABEL: Record<Row["state"], string> = {
  waiting: "等待中",
  uploading: "导入中…",
  stored: "已入库",
  duplicate: "已存在，未改动",
  replaced: "已重新提取",
  failed: "被拒绝",
};

// Sends files one request each, so every file shows its own result as soon as it is known.
export function UploadPanel({ maxFiles, maxBytes }: { maxFiles: number; maxBytes: number }) {
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const update = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function upload(fileList: FileList | File[]) {
    const files = Array.from(fileList);
    setNotice(null);
    if (files.length === 0) return;
    if (files.length > maxFiles) {
      setNotice(`一次最多上传 ${maxFiles} 个文件，本次选择了 ${files.length} 个。`);
      return;
    }
    setRows(files.map((file) => ({ name: file.name, state: "waiting" })));
    setBusy(true);
    for (const [index, file] of files.entries()) {
      if (!/\.txt$/i.test(file.name)) {
        update(index, { state: "failed", detail: "只接受 .txt 文本文件" });
        continue;
      }
      if (file.size > maxBytes) {
        update(index, { state: "failed", detail: `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限` });
        continue;
      }
      update(index, { state: "uploading" });
      try {
        const body = new FormData();
        body.append("files", file);
        const response = await fetch("/api/ingest", { method: "POST", body });
        const payload = await response.json();
        if (!response.ok) {
          update(index, { state: "failed", detail: payload.error ?? `HTTP ${response.status}` });
          continue;
        }
        const result = payload.results[0];
        update(index, {
          state: result.status,
          issueId: result.issueId,
          detail: result.status === "failed" ? uploadFailureMessage(result, { maxBytes }) : `${result.date ?? "日期未知"}，${result.articles} 篇文章`,
          technical: result.status === "failed" ? result.message : undefined,
        });
      } catch (error) {
        update(index, { state: "failed", detail: "网络错误，请稍后重试", technical: error instanceof Error ? error.message : undefined });
      }
    }
    setBusy(false);
  }

  const done = rows.filter((row) => row.state !== "waiting" && row.state !== "uploading").length;

  return (
    <div className="space-y-4">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!busy) void upload(event.dataTransfer.files);
        }}
        className={`rounded border-2 border-dashed p-8 text-center ${dragging ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}
      >
        <p className="mb-3 text-stone-600">把报纸文本文件拖到这里，或</p>
        <label className="inline-block cursor-pointer rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 focus-within:ring-2">
          选择文件
          <input
            ref={input}
            type="file"
            accept=".txt,text/plain"
            multiple
            disabled={busy || !hydrated}
            className="sr-only"
            data-testid="upload-input"
            onChange={(event) => {
              if (event.target.files) void upload(event.target.files);
              if (input.current) input.current.value = "";
            }}
          />
        </label>
      </div>
      {notice && (
        <p role="alert" className="text-brand-700">
          {notice}
        </p>
      )}
      {rows.length > 0 && (
        <div className="rounded border border-stone-200 bg-white">
          <p className="border-b border-stone-100 p-2 text-sm text-stone-600" role="status">
            {busy ? `正在导入：${done}/${rows.length}` : `完成：${done}/${rows.length}`}
          </p>
          <ul>
            {rows.map((row, index) => (
              <li key={`${row.name}-${index}`} className="flex flex-wrap items-baseline gap-3 border-b border-stone-100 p-2 text-sm" data-testid="upload-row" data-state={row.state}>
                <span className="font-medium">{row.name}</span>
                <span className={row.state === "failed" ? "text-brand-700" : "text-stone-700"}>{STATE_LABEL[row.state]}</span>
                {row.detail && (
                  <span className="text-stone-500" title={row.technical} data-testid="upload-detail">
                    {row.detail}
                  </span>
                )}
                {row.issueId && row.state !== "failed" && (
                  <Link href={`/issues/${row.issueId}`} className="text-brand-700 underline">
                    查看
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
