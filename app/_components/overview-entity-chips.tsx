import Link from "next/link";

export type Chip = { name: string; count?: number; href: string };

// Small linked names with counts: townships or departments involved, campaigns of a township.
export function EntityChips({ chips, empty, tone = "stone" }: { chips: Chip[]; empty: string; tone?: "emerald" | "rose" | "violet" | "stone" }) {
  if (chips.length === 0) return <span className="text-sm text-stone-400">{empty}</span>;
  const tones = {
    emerald: "bg-emerald-50 text-emerald-800 border-emerald-200",
    rose: "bg-rose-50 text-rose-800 border-rose-200",
    violet: "bg-violet-50 text-violet-800 border-violet-200",
    stone: "bg-stone-50 text-stone-700 border-stone-200",
  };
  return (
    <ul className="flex flex-wrap gap-1.5">
      {chips.map((chip) => (
        <li key={chip.name}>
          <Link href={chip.href} className={`inline-block rounded border px-1.5 py-0.5 text-xs hover:underline ${tones[tone]}`}>
            {chip.name}
            {chip.count != null && <span className="ml-1 tabular-nums opacity-70">{chip.count}</span>}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-stone-600">{children}</p>;
}

export function SectionHeading({ children, count }: { children: React.ReactNode; count?: number }) {
  return (
    <h2 className="mb-2 mt-6 text-lg font-semibold">
      {children}
      {count != null && <span className="ml-2 text-sm font-normal text-stone-500">{count}</span>}
    </h2>
  );
}
