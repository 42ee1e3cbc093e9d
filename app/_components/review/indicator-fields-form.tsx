"use client";

import { useId } from "react";
import type { ReviewOptions } from "@/lib/data/review/list-review-options";
import { APPROX_LABELS } from "../indicator-format";
import { ReviewButton } from "./review-button";

export type IndicatorFieldValues = {
  value: number | null;
  valueMax: number | null;
  unit: string;
  approx: string;
  metric: string | null;
  township: string | null;
  department: string | null;
  campaign: string | null;
};

// What the review API takes (lib/validations/review.ts ZIndicatorFieldsSchema): "" clears a text or a link.
export type IndicatorFieldsPayload = {
  value: number;
  valueMax: number | null;
  unit: string;
  approx: string;
  metric: string;
  township: string;
  department: string;
  campaign: string;
};

const inputClass = "w-full rounded border border-stone-300 bg-white px-1.5 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

function readFields(form: HTMLFormElement): IndicatorFieldsPayload {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  return {
    value: Number(text("value")),
    valueMax: text("valueMax") === "" ? null : Number(text("valueMax")),
    unit: text("unit"),
    approx: text("approx") || "exact",
    metric: text("metric"),
    township: text("township"),
    department: text("department"),
    campaign: text("campaign"),
  };
}

function NameSelect(props: { name: string; label: string; value: string | null; names: string[] }) {
  // A current link whose name is not offered (an unusual place level) stays selectable, so saving does not drop it.
  const names = props.value && !props.names.includes(props.value) ? [props.value, ...props.names] : props.names;
  return (
    <label className="flex flex-col gap-0.5">
      <span className="text-xs text-stone-600">{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ""} className={inputClass}>
        <option value="">（无）</option>
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}

// The fields of an indicator, for a correction or for a number the rules missed.
export function IndicatorFieldsForm(props: {
  initial: IndicatorFieldValues;
  options: ReviewOptions;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  onSubmit: (fields: IndicatorFieldsPayload) => void;
  onCancel: () => void;
  testId: string;
  heading?: string;
}) {
  const id = useId();
  const { initial, options } = props;
  return (
    <form
      className="mt-1 space-y-2 rounded border border-stone-200 bg-stone-50 p-2"
      data-testid={props.testId}
      aria-label={props.heading ?? props.submitLabel}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit(readFields(event.currentTarget));
      }}
    >
      {props.heading ? <p className="text-xs font-semibold text-stone-700">{props.heading}</p> : null}
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-stone-600">数值</span>
          <input name="value" type="number" step="any" required defaultValue={initial.value ?? ""} className={inputClass} />
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-stone-600">上限（区间）</span>
          <input name="valueMax" type="number" step="any" defaultValue={initial.valueMax ?? ""} className={inputClass} />
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-stone-600">单位</span>
          <input name="unit" required maxLength={12} defaultValue={initial.unit} className={inputClass} />
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-stone-600">近似</span>
          <select name="approx" defaultValue={initial.approx} className={inputClass}>
            {Object.entries(APPROX_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-stone-600">指标名称</span>
        <input name="metric" maxLength={60} defaultValue={initial.metric ?? ""} placeholder="例如：首批捐赠蔬菜" className={inputClass} />
      </label>
      <div className="grid grid-cols-2 gap-2">
        <NameSelect name="township" label="乡镇街道" value={initial.township} names={options.townships} />
        <NameSelect name="department" label="部门" value={initial.department} names={options.departments} />
      </div>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs text-stone-600">专项行动</span>
        <input name="campaign" list={`${id}-campaigns`} maxLength={60} defaultValue={initial.campaign ?? ""} placeholder="从已知专项行动中选择" className={inputClass} />
        <datalist id={`${id}-campaigns`}>
          {options.campaigns.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      {props.error ? (
        <p role="alert" className="text-xs text-brand-700" data-testid="review-error">
          {props.error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <ReviewButton type="submit" tone="primary" disabled={props.pending}>
          {props.pending ? "保存中…" : props.submitLabel}
        </ReviewButton>
        <ReviewButton onClick={props.onCancel}>取消</ReviewButton>
      </div>
    </form>
  );
}
