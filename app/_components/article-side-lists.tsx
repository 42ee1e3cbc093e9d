import Link from "next/link";
import type { ArticleDetail, ArticleMentionItem } from "@/lib/data/articles/get-article";
import type { ReviewOptions } from "@/lib/data/review/list-review-options";
import { GoalStatusBadge } from "./goal-status";
import { APPROX_LABELS, ROLE_LABELS, formatValue } from "./indicator-format";
import { markId } from "./highlighted-text-segments";
import { GoalReviewControls } from "./review/goal-review-controls";
import { IndicatorReviewControls } from "./review/indicator-review-controls";
import { EvidenceLink, ReviewBadge } from "./review/review-badge";

// Given only to signed-in editors: the names a correction may link to, the goal statuses, the item whose form starts open.
export type SideListReview = { options: ReviewOptions; statuses: readonly string[]; editId?: number };

type MentionKind = "campaign" | "place" | "department";

function Section(props: { title: string; count: number; children: React.ReactNode; testId: string }) {
  return (
    <section className="rounded border border-stone-200 bg-white p-3" data-testid={props.testId}>
      <h2 className="mb-2 text-sm font-bold text-stone-700">
        {props.title} <span className="font-normal text-stone-500">{props.count}</span>
      </h2>
      {props.count === 0 ? <p className="text-sm text-stone-400">无</p> : props.children}
    </section>
  );
}

// Mentions of one entity grouped: the name links to its first mention, the numbers to the others.
function MentionGroups(props: { kind: MentionKind; items: ArticleMentionItem[]; explorerField?: "township" | "department" | "campaign" }) {
  const groups = new Map<string, ArticleMentionItem[]>();
  for (const item of props.items) groups.set(item.name, [...(groups.get(item.name) ?? []), item]);
  return (
    <ul className="space-y-1 text-sm">
      {[...groups.entries()].map(([name, items]) => (
        <li key={name} className="flex flex-wrap items-baseline gap-x-2">
          <a href={`#${markId(props.kind, items[0].id)}`} className="text-stone-900 hover:text-brand-700 hover:underline">
            {name}
          </a>
          {items[0].detail && items[0].detail !== name ? <span className="text-xs text-stone-500">{items[0].detail}</span> : null}
          {items.length > 1
            ? items.slice(1).map((item, index) => (
                <a key={item.id} href={`#${markId(props.kind, item.id)}`} className="text-xs text-stone-500 hover:text-brand-700" aria-label={`${name} 第${index + 2}处`}>
                  {index + 2}
                </a>
              ))
            : null}
          {props.explorerField && (props.kind !== "place" || !items[0].detail) ? (
            <Link href={`/indicators?${new URLSearchParams({ [props.explorerField]: name })}`} className="text-xs text-brand-700 hover:underline">
              指标
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

// The lists beside the article: every extracted item, each linking to its highlight in the text.
// Rejected items arrive only when the page asked for them (显示已拒绝): struck through, badge 已拒绝.
export function ArticleSideLists(props: { article: ArticleDetail; review?: SideListReview | null }) {
  const { article } = props;
  return (
    <div className="space-y-3">
      <Section title="数字指标" count={article.indicators.length} testId="side-indicators">
        <ul className="space-y-1.5 text-sm">
          {article.indicators.map((item) => {
            const rejected = item.review === "rejected";
            return (
              <li key={item.id} data-testid="side-indicator" data-review={item.review} className={rejected ? "opacity-70" : undefined}>
                <div className={rejected ? "line-through decoration-rose-700" : undefined}>
                  <a href={`#${markId("indicator", item.id)}`} className="font-semibold text-brand-700 hover:underline">
                    {item.text}
                  </a>
                  <span className="ml-1 text-xs tabular-nums text-stone-500">
                    = {formatValue(item.value, item.valueMax)} {item.unit}
                    {item.approx !== "exact" ? `（${APPROX_LABELS[item.approx] ?? item.approx}）` : ""}
                    {item.role !== "actual" ? ` · ${ROLE_LABELS[item.role] ?? item.role}` : ""}
                  </span>
                </div>
                <div className="flex flex-wrap items-center gap-1 text-xs text-stone-600">
                  <ReviewBadge review={item.review} />
                  {item.metric ? <span data-testid="side-indicator-metric">{item.metric}</span> : null}
                </div>
                {props.review ? <IndicatorReviewControls item={item} options={props.review.options} startOpen={props.review.editId === item.id} /> : null}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title="目标" count={article.goals.length} testId="side-goals">
        <ul className="space-y-1.5 text-sm">
          {article.goals.map((goal) => {
            const rejected = goal.review === "rejected";
            return (
              <li key={goal.id} data-testid="side-goal" data-review={goal.review} className={rejected ? "opacity-70" : undefined}>
                <a href={`#${markId("goal", goal.id)}`} className={`line-clamp-2 hover:text-brand-700 hover:underline ${rejected ? "line-through decoration-rose-700" : ""}`}>
                  {goal.text}
                </a>
                <div className="flex flex-wrap items-center gap-1 text-xs text-stone-500">
                  <GoalStatusBadge status={goal.status} evidence={goal.statusEvidence} />
                  <ReviewBadge review={goal.review} />
                  <span>
                    {goal.verb}
                    {goal.deadline ? ` · 期限：${goal.deadline}` : ""}
                  </span>
                </div>
                {goal.statusEvidence ? (
                  <div className="text-xs">
                    <EvidenceLink evidence={goal.statusEvidence} />
                  </div>
                ) : null}
                {props.review ? <GoalReviewControls goal={goal} statuses={props.review.statuses} /> : null}
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title="专项行动" count={article.campaigns.length} testId="side-campaigns">
        <MentionGroups kind="campaign" items={article.campaigns} explorerField="campaign" />
      </Section>
      <Section title="地点" count={article.places.length} testId="side-places">
        <MentionGroups kind="place" items={article.places} explorerField="township" />
      </Section>
      <Section title="部门" count={article.departments.length} testId="side-departments">
        <MentionGroups kind="department" items={article.departments} explorerField="department" />
      </Section>
    </div>
  );
}
