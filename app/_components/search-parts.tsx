import type { TextPart } from "@/lib/data/search/highlight-parts";

// Text with the search terms wrapped in <mark> (styled apart from the extraction highlights, which carry data-kind).
export function SearchParts(props: { parts: TextPart[] }) {
  return props.parts.map((part, index) =>
    part.match ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
