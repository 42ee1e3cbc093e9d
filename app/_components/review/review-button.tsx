"use client";

import type { ButtonHTMLAttributes } from "react";
import { useHydrated } from "../use-hydrated";

const TONES = {
  plain: "border-stone-300 text-stone-700 hover:border-stone-500",
  confirm: "border-emerald-300 text-emerald-800 hover:bg-emerald-50",
  reject: "border-rose-300 text-rose-800 hover:bg-rose-50",
  primary: "border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
} as const;

// Disabled until hydrated (see useHydrated): before that a click would do nothing, or submit its form natively.
export function ReviewButton({ tone = "plain", className = "", disabled, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { tone?: keyof typeof TONES }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      {...props}
      disabled={disabled || !hydrated}
      className={`rounded border px-1.5 py-0.5 text-xs focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-600 disabled:opacity-50 ${TONES[tone]} ${className}`}
    />
  );
}
