import type { IssueRef } from "../source-refs";

// The issue page's data: its head (facts, neighbours) and its articles, loaded and streamed separately.

export type IssueArticleItem = { id: number; text: string; href: string; detail: string | null; link: string | null };

export type IssueArticle = {
  id: number;
  position: number;
  kind: string;
  title: string;
  kicker: string | null;
  subtitle: string | null;
  byline: string | null;
  interviewee: string | null;
  continuation: string | null;
  length: number;
  excerpt: string;
  counts: { indicators: number; goals: number; progress: number; campaigns: number; places: number; departments: number };
  indicators: (IssueArticleItem & { sentence: string })[];
  goals: (IssueArticleItem & { status: string })[];
  campaigns: IssueArticleItem[];
  places: IssueArticleItem[];
  departments: IssueArticleItem[];
};

export type IssueDetail = IssueRef & {
  paper: string | null; // from the masthead; null when the file names none
  encoding: string;
  byteSize: number;
  dateSource: string | null;
  dateEvidence: string | null;
  dateConfidence: number | null;
  weekday: string | null;
  lunarDate: string | null;
  editor: string | null;
  ingestedAt: string;
  articles: IssueArticle[];
  banners: IssueArticle[]; // column banners (转作风 讲担当 抓落实 / 六治六提 六比六晒): pseudo-articles that carry campaign mentions
  totals: IssueArticle["counts"];
  previous: IssueRef | null; // the issue before it by date
  next: IssueRef | null;
};

export type IssueHead = Omit<IssueDetail, "articles" | "banners" | "totals">;
export type IssueArticles = Pick<IssueDetail, "articles" | "banners" | "totals">;

