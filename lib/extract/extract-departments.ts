// Departments: longest match over the department table. A mention inside a person's title (区委书记蒋国强,
// 区人大常委会副主任范洁红, 区发改局党组书记) is not tagged: the organisation does not act there. Pass
// { includeTitles: true } to read title lines such as an interviewee's (区发改局党组书记、局长 任文俊), or
// { includeTitlesBefore: n } when only the text's first n characters are such a line (an interview's first paragraph).

import {
  BLOCKED_BEFORE,
  DEPARTMENTS,
  TERM_NUMBERED_BODIES,
  TITLE_WORDS,
  buildTrie,
  longestAt,
  scanLongest,
  startsKey,
  type DepartmentEntry,
  type TrieMatch,
} from "@/lib/gazetteer";
import type { ExtractedDepartment } from "./types";

const TERM_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];

const BY_NAME = new Map(DEPARTMENTS.map((d) => [d.name, d]));

const DEPARTMENT_TRIE = buildTrie<DepartmentEntry>(departmentEntries());

const TITLE_TRIE = buildTrie<true>(TITLE_WORDS.map((w) => [w, true] as const));

function departmentEntries(): [string, DepartmentEntry][] {
  const out: [string, DepartmentEntry][] = [];
  for (const d of DEPARTMENTS) {
    const spellings = new Set([d.name, d.canonical, ...(d.aliases ?? [])]);
    for (const s of [...spellings]) {
      if (d.level !== "district" || !s.startsWith("区")) continue;
      spellings.add(`柯城${s}`);
      spellings.add(`衢州市柯城${s}`);
    }
    for (const s of spellings) out.push([s, d]);
  }
  for (const { prefix, body, name } of TERM_NUMBERED_BODIES) {
    const d = BY_NAME.get(name);
    if (!d) continue;
    for (const n of TERM_NUMERALS) {
      out.push([`${prefix}${n}届${body}`, d]);
      out.push([`柯城${prefix}${n}届${body}`, d]);
    }
  }
  return out;
}

function followedByTitle(text: string, end: number): boolean {
  let i = end;
  while (text[i] === " " || text[i] === "\u3000") i++;
  return startsKey(TITLE_TRIE, text, i) && longestAt(TITLE_TRIE, text, i) !== undefined;
}

export type ExtractDepartmentsOptions = { includeTitles?: boolean; includeTitlesBefore?: number };

export function extractDepartments(text: string, options: ExtractDepartmentsOptions = {}): ExtractedDepartment[] {
  if (!text) return [];
  const accept = (match: TrieMatch<DepartmentEntry>, source: string): boolean => {
    const first = source[match.start];
    if ((first === "区" || first === "市" || first === "省") && BLOCKED_BEFORE.has(source[match.start - 1] ?? "")) {
      return false;
    }
    if (options.includeTitles || match.end <= (options.includeTitlesBefore ?? 0)) return true;
    return !followedByTitle(source, match.end);
  };
  return scanLongest(DEPARTMENT_TRIE, text, { accept }).map(({ start, end, value }) => ({
    start,
    end,
    text: text.slice(start, end),
    name: value.name,
    canonical: value.canonical,
    level: value.level,
  }));
}
