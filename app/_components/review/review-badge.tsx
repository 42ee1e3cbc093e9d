import { classifyEvidence } from "@/lib/review/evidence-link";
import { REVIEW_LABELS } from "../indicator-format";

// How far a person has checked an item: machine-extracted, confirmed, corrected, added by hand, or rejected.
const REVIEW_STYLES: Record<string, string> = {
  machine: "bg-stone-100 text-stone-600",
  confirmed: "bg-emerald-100 text-emerald-800",
  corrected: "bg-sky-100 text-sky-800",
  added: "bg-violet-100 text-violet-800",
  rejected: "bg-rose-100 text-rose-800",
};

const REVIEW_TITLES: Record<string, string> = {
  machine: "由规则自动提取，尚未经人工审核",
  confirmed: "编辑已核对无误",
  corrected: "编辑已更正提取结果",
  added: "规则漏掉、由编辑补充的数字",
  rejected: "编辑判定提取有误，默认不显示",
};

export function ReviewBadge({ review }: { review: string }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded px-1 text-[11px] leading-4 ${REVIEW_STYLES[review] ?? REVIEW_STYLES.machine}`}
      title={REVIEW_TITLES[review]}
      data-review={review}
      data-testid="review-badge"
    >
      {REVIEW_LABELS[review] ?? review}
    </span>
  );
}

// A goal's evidence: a link to a page of this site, an http(s) link marked 外部链接 (opened without referrer or
// opener, not followed by search engines), plain text otherwise (lib/review/evidence-link.ts decides).
export function EvidenceLink({ evidence }: { evidence: string }) {
  const link = classifyEvidence(evidence);
  if (link.kind === "internal") {
    return (
      <a href={link.href} className="break-all text-brand-700 hover:underline" data-testid="goal-evidence">
        依据：{readableUrl(link.href)}
      </a>
    );
  }
  return link.kind === "external" ? (
    <a href={link.href} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 hover:underline" data-testid="goal-evidence">
      依据：{readableUrl(link.href)} <span className="rounded bg-stone-100 px-1 text-xs text-stone-600">外部链接</span>
    </a>
  ) : (
    <span className="text-stone-600" data-testid="goal-evidence">
      依据：{evidence}
    </span>
  );
}

// /indicators?q=%E4%BF… reads as /indicators?q=保供订单.
function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
