import Link from "next/link";
import type { IndicatorRow } from "@/lib/data/indicators/indicator-rows";
import type { TIndicatorFilters, TIndicatorSort } from "@/lib/validations/indicator-filters";
import { APPROX_LABELS, PERIOD_LABELS, ROLE_LABELS, formatValue } from "./indicator-format";
import { ExplorerRowActions } from "./review/explorer-row-actions";
import { ReviewBadge } from "./review/review-badge";

type SortLink = (sort: TIndicatorSort) => { href: string; active: boolean; dir: "asc" | "desc" };

function SortHeader(props: { label: string; sort: TIndicatorSort; link: SortLink; className?: string }) {
  const { href, active, dir } = props.link(props.sort);
  return (
    <th className={`p-2 ${props.className ?? ""}`} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"} scope="col">
      <Link href={href} className={`inline-flex items-center gap-1 hover:text-brand-700 ${active ? "text-stone-900" : ""}`} data-testid={`sort-${props.sort}`}>
        {props.label}
        <span aria-hidden className="text-xs">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}

function FilterLink(props: { value: string | null; href: (value: string) => string; title: string }) {
  if (!props.value) return <span className="text-stone-400">—</span>;
  return (
    <Link href={props.href(props.value)} className="hover:text-brand-700 hover:underline" title={props.title}>
      {props.value}
    </Link>
  );
}

// The explorer's rows. Every number links to its source sentence (the article anchor), hovering shows that sentence.
// The 审核 column says what a person has checked; signed-in editors (`editor`) also get 确认 / 拒绝 / 更正 there.
export function IndicatorTable(props: {
  rows: IndicatorRow[];
  sortLink: SortLink;
  filterHref: (field: keyof TIndicatorFilters, value: string) => string;
  editor?: boolean;
}) {
  const { rows, sortLink, filterHref } = props;
  return (
    <div className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full min-w-[56rem] border-collapse text-sm" data-testid="indicator-table">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <SortHeader label="数值" sort="value" link={sortLink} />
            <SortHeader label="单位" sort="unit" link={sortLink} />
            <th className="p-2" scope="col">近似</th>
            <th className="p-2" scope="col">指标</th>
            <th className="p-2" scope="col">乡镇街道</th>
            <th className="p-2" scope="col">部门</th>
            <th className="p-2" scope="col">专项行动</th>
            <SortHeader label="出版日期" sort="date" link={sortLink} className="whitespace-nowrap" />
            <th className="p-2" scope="col">文章</th>
            <th className="p-2" scope="col">审核</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              className={`border-b border-stone-100 align-top hover:bg-stone-50 ${row.review === "rejected" ? "text-stone-500" : ""}`}
              data-testid="indicator-row"
              data-indicator-id={row.id}
              data-review={row.review}
            >
              <td className={`p-2 ${row.review === "rejected" ? "line-through decoration-rose-700" : ""}`}>
                <Link href={row.anchor} className="font-semibold text-brand-700 hover:underline" title={`原句：${row.sentence}`} data-testid="indicator-value">
                  {row.text}
                </Link>
                <div className="text-xs tabular-nums text-stone-500" data-testid="indicator-number">
                  = {formatValue(row.value, row.valueMax)}
                  {row.role !== "actual" ? <span className="ml-1 rounded bg-sky-100 px-1 text-sky-800">{ROLE_LABELS[row.role] ?? row.role}</span> : null}
                </div>
              </td>
              <td className="p-2 whitespace-nowrap">
                {row.unit}
                {row.period ? <span className="ml-1 text-xs text-stone-500">{PERIOD_LABELS[row.period] ?? row.period}</span> : null}
              </td>
              <td className="p-2 whitespace-nowrap" data-approx={row.approx}>{APPROX_LABELS[row.approx] ?? row.approx}</td>
              <td className="p-2" title={row.sentence}>{row.metric ?? <span className="text-stone-400">—</span>}</td>
              <td className="p-2 whitespace-nowrap" data-testid="indicator-township">
                <FilterLink value={row.township} href={(v) => filterHref("township", v)} title="只看这个乡镇街道" />
              </td>
              <td className="p-2 whitespace-nowrap" data-testid="indicator-department">
                <FilterLink value={row.department} href={(v) => filterHref("department", v)} title="只看这个部门" />
              </td>
              <td className="p-2" data-testid="indicator-campaign">
                <FilterLink value={row.campaign} href={(v) => filterHref("campaign", v)} title="只看这个专项行动" />
              </td>
              <td className="p-2 whitespace-nowrap tabular-nums">
                {row.issueDate ?? <span className="text-stone-400">日期未知</span>}
                {row.issueNumber ? <div className="text-xs text-stone-500">第{row.issueNumber}期</div> : null}
              </td>
              <td className="p-2">
                <Link href={`/articles/${row.articleId}`} className="line-clamp-2 hover:text-brand-700 hover:underline">
                  {row.articleTitle}
                </Link>
              </td>
              <td className="p-2">
                <ReviewBadge review={row.review} />
                {props.editor ? <ExplorerRowActions id={row.id} articleId={row.articleId} review={row.review} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
