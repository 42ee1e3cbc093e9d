// Places: longest match over the gazetteer (townships, villages, communities, areas), each with its level and the
// township-level unit it belongs to.

import { AREAS, TOWNSHIPS, VILLAGES, buildTrie, scanLongest, type TrieMatch } from "@/lib/gazetteer";
import type { ExtractedPlace, PlaceLevel } from "./types";

type PlaceValue = { name: string; level: PlaceLevel; township?: string; listOnly: boolean };

const PLACE_TRIE = buildTrie<PlaceValue>(placeEntries());

function placeEntries(): [string, PlaceValue][] {
  const out: [string, PlaceValue][] = [];
  for (const t of TOWNSHIPS) {
    const value = { name: t.name, level: "township" as const, township: t.name, listOnly: false };
    for (const alias of [t.name, ...(t.aliases ?? [])]) out.push([alias, value]);
  }
  for (const v of VILLAGES) {
    const base = { name: v.name, level: v.level, township: v.township };
    out.push([v.name, { ...base, listOnly: v.listOnly ?? false }]);
    for (const alias of v.aliases ?? []) out.push([alias, { ...base, listOnly: false }]);
    for (const alias of v.listAliases ?? []) out.push([alias, { ...base, listOnly: true }]);
  }
  for (const a of AREAS) {
    const value = { name: a.name, level: "area" as const, township: a.township, listOnly: false };
    for (const alias of [a.name, ...(a.aliases ?? [])]) out.push([alias, value]);
  }
  return out;
}

// An enumeration: 麻蓬、严村、妙源、茶铺 or 麻蓬、坎底、双溪等村.
function inList(match: TrieMatch<PlaceValue>, text: string): boolean {
  return text[match.start - 1] === "、" || text[match.end] === "、" || text[match.end] === "等";
}

function accept(match: TrieMatch<PlaceValue>, text: string): boolean {
  return !match.value.listOnly || inList(match, text);
}

export function extractPlaces(text: string): ExtractedPlace[] {
  if (!text) return [];
  return scanLongest(PLACE_TRIE, text, { accept }).map(({ start, end, value }) => ({
    start,
    end,
    text: text.slice(start, end),
    name: value.name,
    level: value.level,
    ...(value.township ? { township: value.township } : {}),
  }));
}
