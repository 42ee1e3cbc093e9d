// Columns that hold a JSON array as text (a campaign's or department's aliases, an article's reporters and section
// heads): read leniently, so a malformed value shows as empty instead of failing the page.
// No "server-only" here: pure, and unit tests may call it directly.

export function parseJsonArray<T>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

// The strings of such an array, anything else in it left out.
export const parseStringArray = (json: string): string[] => parseJsonArray<unknown>(json).filter((v): v is string => typeof v === "string");
