import { joinPageBreaks } from "./join-page-breaks";

// "Articles recovered whole": a gold headline counts when an extracted article carries it (its title equals the
// headline, or contains it with a kicker or subtitle joined on) and that article's text starts in the right place and
// ends in the right place. The gold article's body is the stretch of the issue file between its headline and the next
// gold headline. Starts right: the first 10 characters of the extracted text lie in that body no later than the body's
// first sentence end (a dropped byline or dateline before the lead is fine; a lost lead paragraph is not). Ends right:
// the last 10 characters lie in that body at or after the start of its last sentence (a dropped editor's credit is
// fine; an article glued to the next one, or cut short by a false headline, is not). Compared after joining page
// breaks, NFKC and dropping whitespace, so layout differences do not count.

export type TArticleScore = { of: number; titled: number; whole: number; problems: string[] };

const PROBE = 10;
const compact = (s: string) => joinPageBreaks(s).normalize("NFKC").replace(/\s+/g, "");
const titleKey = (s: string) => compact(s).replace(/[“”‘’"'「」『』《》〈〉()（）【】\[\]·・，。、；：！？,.;:!?…—\-－|｜]/g, "");
const SENTENCE_END = /[。！？!?]/g;

export function scoreArticles(goldTitles: string[], source: string, predicted: Array<{ title: string; text?: string }>): TArticleScore {
  const body = compact(source);
  // Bodies between consecutive gold headlines, found in order.
  const starts: Array<{ at: number; end: number } | null> = [];
  let from = 0;
  for (const title of goldTitles) {
    const t = compact(title);
    const at = body.indexOf(t, from);
    starts.push(at < 0 ? null : { at, end: at + t.length });
    if (at >= 0) from = at + t.length;
  }
  const bodies = starts.map((s, i) => {
    if (!s) return null;
    const next = starts.slice(i + 1).find((n) => n !== null);
    return body.slice(s.end, next ? next.at : body.length);
  });

  const used = new Set<number>();
  const problems: string[] = [];
  let titled = 0;
  let whole = 0;
  goldTitles.forEach((title, i) => {
    const key = titleKey(title);
    const j = predicted.findIndex((p, k) => !used.has(k) && titleKey(p.title) === key);
    const k = j >= 0 ? j : predicted.findIndex((p, n) => !used.has(n) && key.length >= 4 && titleKey(p.title).includes(key));
    if (k < 0) {
      problems.push(`no article titled “${title}”`);
      return;
    }
    used.add(k);
    titled++;
    const segment = bodies[i];
    const text = predicted[k].text;
    if (segment === null || text === undefined) {
      if (segment === null) problems.push(`“${title}” is not in the issue file`);
      else whole++; // an output without article texts is judged by its titles alone
      return;
    }
    const words = compact(text);
    const own = words.startsWith(compact(title)) ? words.slice(compact(title).length) : words;
    const verdict = judge(segment, own);
    if (verdict) problems.push(`“${title}”: ${verdict}`);
    else whole++;
  });
  return { of: goldTitles.length, titled, whole, problems };
}

function judge(segment: string, text: string): string | null {
  if (!text) return "empty text";
  const ends = [...segment.matchAll(SENTENCE_END)].map((m) => m.index);
  const firstEnd = ends.length ? ends[0] : segment.length;
  const lastStart = ends.length >= 2 ? ends[ends.length - 2] + 1 : 0;
  const head = text.slice(0, PROBE);
  const headAt = segment.indexOf(head);
  if (headAt < 0) return `starts outside its body (“${head}…”)`;
  if (headAt > firstEnd) return `starts after its first sentence (“${head}…”)`;
  const tail = text.slice(-PROBE);
  const tailAt = segment.lastIndexOf(tail);
  if (tailAt < 0) return `ends outside its body (“…${tail}”)`;
  if (tailAt + tail.length <= lastStart) return `ends before its last sentence (“…${tail}”)`;
  return null;
}
