// Shapes produced by the text stage (decode → normalise → repair → segment). Pure data, no behaviour.

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export type DecodedText = { text: string; encoding: TextEncoding };

export type DateSource = "masthead" | "inferred" | "user";

export type IssueDate = {
  date: string; // YYYY-MM-DD
  source: DateSource;
  evidence: string; // human-readable: which lines or clues gave the date
  confidence: number; // 0..1; masthead and user dates are 1
};

export type Masthead = {
  paper?: string; // 今日柯城, 人民日报, 新民晚报: the paper's name, for telling issues of different papers apart
  date?: string; // YYYY-MM-DD
  number?: number; // 第1937期 → 1937
  weekday?: string; // 星期三
  lunarDate?: string; // 农历壬寅年三月十三
  lines: number; // how many leading lines the masthead takes
};

export type Reporter = { role: "记者" | "通讯员" | "实习生" | "特约记者" | "其他"; name: string; affiliation?: string };

export type SectionHead = { text: string; start: number; end: number }; // span into ParsedArticle.text

// "banner": a column banner or slogan (六治六提 六比六晒) kept as a pseudo-article so that the campaigns it names count as
// mentions of the issue; it is never listed or counted as an article.
export type ArticleKind = "news" | "photo" | "interview" | "note" | "banner";

export type ParsedArticle = {
  position: number;
  kind: ArticleKind;
  title: string;
  kicker?: string;
  subtitle?: string;
  byline?: string; // 本报讯（记者 方心怡）
  captions?: string[]; // image captions printed between its paragraphs (△寿昌镇河南里村), kept out of its text
  reporters: Reporter[];
  interviewee?: string; // 区发改局党组书记、局长 任文俊
  continuation?: string; // （下转2版）
  sectionHeads: SectionHead[];
  text: string; // repaired body; paragraphs joined with "\n"; all extraction spans point into it
};

export type ParsedIssue = {
  masthead: Masthead;
  date?: IssueDate;
  articles: ParsedArticle[];
  editor?: string; // 责任编辑：董玲
  banners: string[]; // column banners and slogans not taken as articles
};
