"use client";

import type { ButtonHTMLAttributes } from "react";

const TONES = {
  plain: "border-stone-300 text-stone-700 hover:border-stone-500",
  confirm: "border-emerald-300 text-emerald-800 hover:bg-emerald-50",
  reject: "border-rose-300 text-rose-800 hover:bg-rose-50",
  primary: "border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
} as const;

export function ReviewButton({ tone = "plain", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { tone?: keyof typeof TONES }) {
  return (
    <button
      type="button"
      {...props}
      className={`rounded border px-1.5 py-0.5 text-xs focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 disabled:opacity-50 ${TONES[tone]} ${className}`}
    />
  );
}
