// Cuts a seed issue into story blocks that can be recombined into new issues. A heuristic for the bench corpus only:
// it needs to cut between stories often enough, not to find every article (that is lib/text's job).

const MASTHEAD_END = /^采编热线/; // the last masthead line of 今日柯城 (seeds 001, 002)
const STAFF_LINE = /^(?:责任编辑|校对|版式设计|美术编辑)[:：]/;
const SENTENCE_END = /[。！？!?；;：:）)]$/; // headlines may end with a closing quote: “柯城速度”
const HEADLINE_MAX_CHARS = 80;
const HEADLINE_MAX_LINES = 4;

// A story starts at a markdown-ish head, an interviewee line (区发改局党组书记、局长 任文俊：), or the headline stack above 本报讯.
function startsStory(line: string): boolean {
  return line.startsWith("## ") || /^\S{2,24}(?:书记|局长|主任|镇长|乡长)\s+\S{2,4}[:：]?$/.test(line);
}

export type SeedStory = { source: string; text: string };

export function splitSeedStories(text: string, options: { source: string }): SeedStory[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const mastheadEnd = lines.slice(0, 40).findIndex((line) => MASTHEAD_END.test(line.trim()));
  const body = lines.slice(mastheadEnd + 1).filter((line) => !STAFF_LINE.test(line.trim()));

  const cuts = new Set<number>([0]);
  body.forEach((raw, index) => {
    const line = raw.trim();
    if (startsStory(line)) cuts.add(index);
    if (line.startsWith("本报讯")) cuts.add(headlineStart(body, index));
  });

  const starts = [...cuts].sort((a, b) => a - b);
  const stories: SeedStory[] = [];
  starts.forEach((start, i) => {
    const chunk = body.slice(start, starts[i + 1] ?? body.length).join("\n").trim();
    if (chunk.length > 0) stories.push({ source: options.source, text: chunk });
  });
  return stories;
}

// Walks up from a 本报讯 line over the short unpunctuated lines (kicker, headline, sub-headline) that belong to it.
function headlineStart(body: string[], bylineIndex: number): number {
  let start = bylineIndex;
  let taken = 0;
  for (let i = bylineIndex - 1; i >= 0 && taken < HEADLINE_MAX_LINES; i--) {
    const line = body[i].trim();
    if (line === "") continue;
    if (line.length > HEADLINE_MAX_CHARS || SENTENCE_END.test(line)) break;
    start = i;
    taken++;
  }
  return start;
}
