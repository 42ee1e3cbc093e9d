import Link from "next/link";

// A URL with filters that do not parse (/goals, /indicators): what is wrong, in the schema's words, and a way out.
export function FilterError({ problems, resetHref, resetLabel }: { problems: readonly string[]; resetHref: string; resetLabel: string }) {
  return (
    <div role="alert" className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900" data-testid="filter-error">
      <p className="mb-1 font-medium">筛选条件有误，请修改后重试：</p>
      <ul className="list-inside list-disc text-sm">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <Link href={resetHref} className="mt-2 inline-block text-sm text-brand-700 hover:underline">
        {resetLabel}
      </Link>
    </div>
  );
}
