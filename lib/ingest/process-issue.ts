import { createHash } from "node:crypto";
import { articleContext, extractAll } from "../extract";
import { bodiesOfAnotherPlacesIssue } from "../extract/extract-departments";
import type { Rejection } from "../extract/context";
import type { ArticleExtraction } from "../extract/types";
import { decodeText } from "../text/decode-text";
import { TextInputError } from "../text/errors";
import { parseIssue } from "../text/parse-issue";
import type { ParsedArticle, ParsedIssue, TextEncoding } from "../text/types";
import { IngestError } from "./errors";

// `rejected`: with `explain`, the candidates the rules dropped and why (extract --explain).
export type ProcessedArticle = { article: ParsedArticle; extraction: ArticleExtraction; rejected?: Rejection[] };

export type ProcessedIssue = {
  fileName: string;
  contentHash: string;
  encoding: TextEncoding;
  byteSize: number;
  rawText: string;
  parsed: ParsedIssue;
  articles: ProcessedArticle[];
};

const EMPTY_EXTRACTION: ArticleExtraction = { indicators: [], progress: [], goals: [], campaigns: [], places: [], departments: [] };

export function hashContent(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// decode → parse → extract, without touching the database: the CLI's extract command, the eval and the ingester share it.
type TIssueFileOptions = { fileName: string; userDate?: string; explain?: boolean; dateFromFileName?: boolean };

export function processIssue(bytes: Uint8Array, options: TIssueFileOptions): ProcessedIssue {
  const { fileName } = options;
  const decoded = withFileErrors(fileName, () => decodeText(bytes, { fileName }));
  return processIssueText(decoded.text, {
    fileName,
    userDate: options.userDate,
    dateFromFileName: options.dateFromFileName,
    explain: options.explain,
    contentHash: hashContent(bytes),
    encoding: decoded.encoding,
    byteSize: bytes.byteLength,
  });
}

// parse → extract from already decoded text; re-extraction starts here from the stored raw text.
export function processIssueText(
  rawText: string,
  options: TIssueFileOptions & { contentHash: string; encoding: TextEncoding; byteSize: number },
): ProcessedIssue {
  const { fileName, userDate, dateFromFileName } = options;
  const parsed = withFileErrors(fileName, () => parseIssue(rawText, { fileName, userDate, dateFromFileName }));
  const issueDate = parsed.date?.date;
  const issueYear = issueDate ? Number(issueDate.slice(0, 4)) : undefined;
  const articles: ProcessedArticle[] = parsed.articles.map((article) => {
    if (!options.explain) return { article, extraction: extractAll(article.text, articleContext(article, issueYear, issueDate)) };
    const rejected: Rejection[] = [];
    const extraction = extractAll(article.text, { ...articleContext(article, issueYear, issueDate), trace: rejected });
    return { article, extraction, rejected };
  });
  // Another place's paper: its articles that name no place have that place's bodies, not the county's.
  const elsewhere = bodiesOfAnotherPlacesIssue(articles.map(({ article, extraction }) => ({ text: article.text, extraction })));
  elsewhere?.forEach((bodies, i) => {
    articles[i] = { ...articles[i], extraction: { ...articles[i].extraction, ...bodies } };
  });
  // Column banners name the campaign a page runs under (六治六提 六比六晒): their campaigns are mentions of the issue.
  for (const [index, banner] of parsed.banners.entries()) {
    const extraction = extractAll(banner, { issueYear });
    articles.push({
      article: { position: parsed.articles.length + index, kind: "banner", title: banner, text: banner, reporters: [], sectionHeads: [] },
      extraction: { ...EMPTY_EXTRACTION, campaigns: extraction.campaigns },
    });
  }
  return {
    fileName: options.fileName,
    contentHash: options.contentHash,
    encoding: options.encoding,
    byteSize: options.byteSize,
    rawText,
    parsed,
    articles,
  };
}

function withFileErrors<T>(fileName: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TextInputError) {
      // TextInputError messages already name the file when given one; keep the problem, map the code.
      const message = error.message.startsWith(fileName) ? error.message.slice(fileName.length).replace(/^:\s*/, "") : error.message;
      throw new IngestError(fileName, error.code, message);
    }
    throw error;
  }
}
