"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type DotItemDotProps, type TooltipContentProps } from "recharts";
import type { ChartSeries, SourcedPoint } from "@/lib/data/source-refs";
import { ChartSourceCaption } from "./chart-source-caption";
import { formatCompact } from "./compact-number";

const COLORS = ["#b42318", "#1d4ed8", "#047857", "#a16207", "#7c3aed", "#be185d"];
const DAY = 86_400_000;

type Row = { t: number; date: string; values: (number | null)[]; points: (SourcedPoint | null)[] };

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

// One series: a row per point (two numbers on one date both show). Several: rows merged by date.
export function buildRows(series: ChartSeries[]): Row[] {
  if (series.length === 1) {
    return series[0].points
      .filter((p): p is SourcedPoint & { date: string } => p.date != null)
      .map((p) => ({ t: toTime(p.date), date: p.date, values: [p.value], points: [p] }))
      .sort((a, b) => a.t - b.t);
  }
  const byDate = new Map<string, Row>();
  series.forEach((s, index) => {
    for (const point of s.points) {
      if (!point.date) continue;
      const row = byDate.get(point.date) ?? {
        t: toTime(point.date),
        date: point.date,
        values: series.map(() => null),
        points: series.map(() => null),
      };
      row.values[index] = point.value;
      row.points[index] = point;
      byDate.set(point.date, row);
    }
  });
  return [...byDate.values()].sort((a, b) => a.t - b.t);
}

type Props = {
  title: string;
  series: ChartSeries[];
  testId?: string;
  height?: number;
  table?: "open" | "closed" | "none";
  // A goal's target value (a horizontal line) and its deadline (a vertical line): /goals/[id].
  target?: { value: number; label: string };
  deadline?: { date: string; label: string };
};

export function TimeSeriesChart({ title, series, testId, height = 240, table = "closed", target, deadline }: Props) {
  const router = useRouter();
  const rows = buildRows(series);
  const sources = uniqueSources(series);
  const undated = series.reduce((n, s) => n + s.points.filter((p) => !p.date).length, 0);
  const dates = [...new Set(rows.map((r) => r.date))];
  const times = dates.map(toTime);
  // The deadline widens the time axis so that its line shows even before any point reaches it.
  const span = deadline ? [...times, toTime(deadline.date)] : times;
  const min = Math.min(...span);
  const max = Math.max(...span);
  const pad = Math.max((max - min) * 0.06, 20 * DAY);
  const units = [...new Set(series.map((s) => s.unit))];

  return (
    <figure
      className="rounded border border-stone-200 bg-white p-3"
      data-testid={testId}
      data-chart-dates={dates.length}
      data-chart-points={rows.reduce((n, r) => n + r.values.filter((v) => v != null).length, 0)}
      data-chart-target={target?.value}
      data-chart-deadline={deadline?.date}
    >
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{title}</h3>
        {series.length > 1 && (
          <ul className="flex flex-wrap gap-3 text-xs text-stone-600" aria-label="图例">
            {series.map((s, i) => (
              <li key={s.key} className="flex items-center gap-1">
                <span className="inline-block h-2 w-3 rounded-sm" style={{ background: COLORS[i % COLORS.length] }} />
                {s.label}
              </li>
            ))}
          </ul>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-500">没有带日期的数据可以绘图。</p>
      ) : (
        <div role="img" aria-label={`${title}：${dates.length}个日期`}>
          <LineChart responsive style={{ width: "100%", height }} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke="#e7e5e4" strokeDasharray="3 3" />
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={[min - pad, max + pad]}
              ticks={times}
              tickFormatter={(t: number) => new Date(t).toISOString().slice(0, 10)}
              tick={{ fontSize: 11 }}
              interval="preserveStartEnd"
            />
            <YAxis
              width={52}
              tick={{ fontSize: 11 }}
              tickFormatter={formatCompact}
              allowDecimals={series.some((s) => s.points.some((p) => !Number.isInteger(p.value)))}
              label={units.length === 1 ? { value: units[0], angle: 0, position: "insideTopLeft", fontSize: 11, dy: -4 } : undefined}
            />
            <Tooltip content={(props) => <ChartTooltip {...props} series={series} />} />
            {target ? (
              <ReferenceLine
                y={target.value}
                stroke="#b45309"
                strokeDasharray="6 4"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
                label={{ value: target.label, position: "insideTopRight", fontSize: 11, fill: "#92400e" }}
                className="chart-target-line"
              />
            ) : null}
            {deadline ? (
              <ReferenceLine
                x={toTime(deadline.date)}
                stroke="#57534e"
                strokeDasharray="2 3"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
                label={{ value: deadline.label, position: "insideTopLeft", fontSize: 11, fill: "#44403c" }}
                className="chart-deadline-line"
              />
            ) : null}
            {series.map((s, index) => (
              <Line
                key={s.key}
                type="linear"
                dataKey={(row: Row) => row.values[index]}
                name={s.label}
                stroke={COLORS[index % COLORS.length]}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
                activeDot={{ r: 7 }}
                dot={(props: DotItemDotProps) => {
                  const row = props.payload as Row;
                  const point = row?.points[index];
                  if (props.cx == null || props.cy == null || !point) return <g key={`${s.key}-${props.index}`} />;
                  return (
                    <circle
                      key={`${s.key}-${props.index}`}
                      cx={props.cx}
                      cy={props.cy}
                      r={5}
                      fill={COLORS[index % COLORS.length]}
                      stroke="#fff"
                      strokeWidth={1.5}
                      data-chart-point=""
                      data-series={s.key}
                      data-date={row.date}
                      data-value={point.value}
                      style={{ cursor: "pointer" }}
                      onClick={() => router.push(point.href)}
                    >
                      <title>{`${row.date} ${point.text} — ${point.sourceLabel}`}</title>
                    </circle>
                  );
                }}
              />
            ))}
          </LineChart>
        </div>
      )}
      <ChartSourceCaption sources={sources} undated={undated} />
      {table !== "none" && <ChartTable series={series} open={table === "open"} />}
    </figure>
  );
}

function uniqueSources(series: ChartSeries[]) {
  const byId = new Map<number, ChartSeries["sources"][number]>();
  for (const s of series) for (const source of s.sources) byId.set(source.id, source);
  return [...byId.values()].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id - b.id);
}

function ChartTooltip(props: TooltipContentProps & { series: ChartSeries[] }) {
  if (!props.active || !props.payload?.length) return null;
  const row = props.payload[0].payload as Row;
  return (
    <div className="max-w-72 rounded border border-stone-300 bg-white p-2 text-xs shadow">
      <p className="mb-1 font-semibold">{row.date}</p>
      <ul className="space-y-1">
        {props.series.map((s, index) => {
          const point = row.points[index];
          if (!point) return null;
          return (
            <li key={s.key}>
              <span className="font-medium" style={{ color: COLORS[index % COLORS.length] }}>
                {s.label}：{point.text}
              </span>
              <span className="block text-stone-500">来源：{point.sourceLabel}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-1 text-stone-400">点击数据点查看出处</p>
    </div>
  );
}

function ChartTable({ series, open }: { series: ChartSeries[]; open: boolean }) {
  const rows = series.flatMap((s) => s.points.map((point) => ({ series: s, point })));
  if (rows.length === 0) return null;
  return (
    <details className="mt-2 text-sm" open={open}>
      <summary className="cursor-pointer text-stone-600 hover:text-brand-700">数据表（{rows.length}）</summary>
      <div className="overflow-x-auto">
        <table className="mt-1 w-full border-collapse">
          <thead>
            <tr className="border-b border-stone-200 text-left text-xs text-stone-500">
              <th className="p-1.5">日期</th>
              {series.length > 1 && <th className="p-1.5">序列</th>}
              <th className="p-1.5">数值</th>
              <th className="p-1.5">来源</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ series: s, point }, i) => (
              <tr key={`${s.key}-${i}`} className="border-b border-stone-100" data-testid="chart-table-row">
                <td className="whitespace-nowrap p-1.5 tabular-nums">{point.date ?? "日期未知"}</td>
                {series.length > 1 && <td className="p-1.5">{s.label}</td>}
                <td className="whitespace-nowrap p-1.5">
                  <Link href={point.href} className="text-brand-700 hover:underline">
                    {point.text}
                  </Link>
                </td>
                <td className="p-1.5 text-stone-500">{point.sourceLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
