// Places and bodies of other places that only the headline stack, the page's source line or an image caption names
// (东辽县政府召开…, 市民政局到莲池区检查…, 来源:双街镇政府, △三都镇三江口村: dev d67, d68, d63, d11). They are reported with the article, marked `headline`, their
// span empty at 0 like a headline number's. Only places and bodies outside the county: the county's own are stored and
// linked to numbers by their spans, which a headline has not. Returns the body's other places and bodies with those added.

import { extractDepartments, isCountyDepartment, isMediaOutlet } from "./extract-departments";
import { findPlaces } from "./extract-places";
import type { ExtractContext, ExtractedDepartment, ExtractedOutsidePlace, ExtractedPlace } from "./types";

// The field of a page's metadata line that names who published it: 来源:, 信息来源:, 供稿单位:, 发布机构:, 发布单位:.
const SOURCE_FIELD = /(?:来源|供稿单位|供稿|发布机构|发布单位)\s{0,2}[:：]\s{0,2}(\S{3,40})/u;

const PLACE_SUFFIX = /[省市区县旗盟州镇乡道村社]/u;
const ABOVE_OR_ELSEWHERE = /[省市县]|国务院|党中央|中共|全国/u;

type Found = {
  places: readonly ExtractedPlace[];
  // every division the body names, also those written only inside a body's name (建德市委), whose short forms a headline uses
  named?: readonly string[];
  otherPlaces: readonly ExtractedOutsidePlace[];
  departments: readonly ExtractedDepartment[];
  otherDepartments: readonly ExtractedDepartment[];
};

export function headerEntities(
  header: string,
  { byline, captions }: Pick<ExtractContext, "byline" | "captions">,
  found: Found,
): { otherPlaces: ExtractedOutsidePlace[]; otherDepartments: ExtractedDepartment[] } {
  const otherPlaces = [...found.otherPlaces];
  const otherDepartments = [...found.otherDepartments];
  const source = byline ? SOURCE_FIELD.exec(byline)?.[1] : undefined;
  if (!header && !source && !captions?.length) return { otherPlaces, otherDepartments };
  const placeNames = new Set([...found.places, ...found.otherPlaces].map((p) => p.name));
  const bodyNames = new Set([...found.departments, ...found.otherDepartments].map((d) => d.name));
  const named = [...placeNames, ...(found.named ?? [])];
  const shortNames = named.filter((n) => /^.{2,}[市县区]$/u.test(n)).map((n) => n.slice(0, -1));
  const atZero = { start: 0, end: 0, headline: true as const };
  for (const line of [header, source, ...(captions ?? [])]) {
    // No place is named without one of these (a division's suffix, 村, 社区): most headlines are read no further.
    // …or a short form of a city or county the body names in full (三年后建德寿昌大变样 over a body on 建德市, dev d13).
    if (!line || (!PLACE_SUFFIX.test(line) && !shortNames.some((n) => line.includes(n)))) continue;
    // Short forms of divisions the body names in full (市领导赴灌云… over a body on 灌云县, dev d02).
    const places = findPlaces(line, { named });
    for (const o of places.outside) {
      if (placeNames.has(o.name)) continue;
      placeNames.add(o.name);
      otherPlaces.push(Object.assign({}, o, atZero));
    }
    // Another place's body needs another place, or a level above the county (省, 市, a 县 in a 区's paper, 国务院).
    if (!places.outside.length && !ABOVE_OR_ELSEWHERE.test(line)) continue;
    for (const d of extractDepartments(line, { places })) {
      if (isCountyDepartment(d) || bodyNames.has(d.name) || cutShort(line, d.end, d.name, bodyNames)) continue;
      // The page's source field names who published it: an issuing office is a body (来源:双街镇政府, dev d63), a media
      // outlet (来源:某某市新闻中心: issue #10 held-out categories) is not.
      if (line === source && isMediaOutlet(d.name)) continue;
      bodyNames.add(d.name);
      otherDepartments.push(Object.assign({}, d, atZero));
    }
  }
  return { otherPlaces, otherDepartments };
}

// A headline taken from a first line cut short (…住房和城乡建设部村镇 over a text naming 住房和城乡建设部村镇建设司, dev
// d75): the line ends inside a body the text names in full, so the shorter body is that one, not another.
function cutShort(line: string, end: number, name: string, bodyNames: ReadonlySet<string>): boolean {
  const rest = line.slice(end);
  if (!rest || /[^\u4e00-\u9fff]/u.test(rest)) return false;
  for (const n of bodyNames) if (n.startsWith(name) && n.slice(name.length).startsWith(rest) && n.length > name.length + rest.length) return true;
  return false;
}
