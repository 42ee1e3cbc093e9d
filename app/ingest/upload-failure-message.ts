// The pipeline's refusals (IngestError, English for operators in a terminal) in Chinese for the upload page, by error
// code. The API's own message stays available as the row's tooltip for whoever has to dig further.

import { MAX_ARTICLE_CHARS, MAX_LINE_CHARS } from "@/lib/text/limits";

export type UploadFailure = { file: string; code?: string; message?: string };

const PROBLEMS: Record<string, (options: { maxMb: number }) => string> = {
  missing: () => "找不到文件",
  "not-a-file": () => "不是普通文件",
  "too-large": ({ maxMb }) => `文件超过 ${maxMb} MB 上限`,
  empty: () => "文件是空的，没有文字",
  binary: () => "不是文本文件（像是图片、压缩包或 Word 文档等二进制文件），请上传报纸的 .txt 纯文本",
  undecodable: () => "无法识别文字编码（既不是 UTF-8、UTF-16，也不是 GBK/GB18030）",
  "no-articles": () => "没有识别出任何文章，不像是报纸文本",
  "line-too-long": () => `有一行超过 ${MAX_LINE_CHARS / 10_000} 万字，不像是报纸文本（可能丢失了换行），请检查文件后再上传`,
  "article-too-long": () => `有一篇文章超过 ${MAX_ARTICLE_CHARS / 10_000} 万字，不像是报纸文章（可能缺少标题或空行），请检查文件后再上传`,
  "not-prose": () => "有大段内容没有汉字或没有句子（像是数字、字母或乱码），不像是报纸文本，请检查文件后再上传",
  timeout: () => "处理超时，文件未入库（内容异常复杂或过大），请检查文件",
  invalid: () => "内容无法处理",
  busy: () => "数据库正忙于其他写入，文件未入库，请稍后重试",
  internal: () => "导入时发生内部错误，文件未入库",
};

// "kecheng.txt：文件是空的，没有文字"; an unknown code keeps the API's message rather than saying nothing.
export function uploadFailureMessage(failure: UploadFailure, options: { maxBytes: number }): string {
  const problem = failure.code ? PROBLEMS[failure.code] : undefined;
  if (!problem) return failure.message ?? `${failure.file}：导入失败`;
  return `${failure.file}：${problem({ maxMb: Math.round((options.maxBytes / 1024 / 1024) * 10) / 10 })}`;
}
