import { describe, expect, it } from "vitest";
import { guessFields, paragraphStarts, resolveSelection } from "@/app/_components/review/selection-offsets";
import { parseIssue } from "@/lib/text/parse-issue";
import { seedText } from "../text/load-seed";

// The article body renders one element per non-blank line, without the "\n" between them. These helpers play the
// browser's part independently of the code under test: which line holds an offset, and how far into that line it is.
function domPosition(text: string, offset: number): { paragraph: number; offset: number } {
  let paragraph = -1;
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "") paragraph += 1;
    if (offset <= lineStart + line.length) return { paragraph, offset: offset - lineStart };
    lineStart += line.length + 1;
  }
  throw new Error("offset past the end");
}

function articleContaining(prefix: string, words: string): string {
  const article = parseIssue(seedText(prefix)).articles.find((a) => a.text.includes(words));
  if (!article) throw new Error(`no article with ${words}`);
  return article.text;
}

const nthIndex = (text: string, words: string, n: number) => {
  let at = -1;
  for (let i = 0; i <= n; i += 1) at = text.indexOf(words, at + 1);
  return at;
};

describe("resolveSelection", () => {
  it("maps a selection in the rendered body to its offsets in the article text (7500斤, seed 001)", () => {
    const text = articleContaining("001", "7500斤新鲜蔬菜");
    const start = text.indexOf("7500斤");
    expect(text.slice(0, start)).toContain("\n"); // not in the first line: the paragraph arithmetic matters
    const result = resolveSelection(text, { ...domPosition(text, start), selected: "7500斤" });
    expect(result).toEqual({ start, end: start + 5, text: "7500斤", how: "dom" });
  });

  it("picks the occurrence that was selected, not the first one (近300户 is written twice, seed 000)", () => {
    const text = articleContaining("000", "近300户");
    const second = nthIndex(text, "近300户", 1);
    expect(second).toBeGreaterThan(text.indexOf("近300户"));
    const result = resolveSelection(text, { ...domPosition(text, second), selected: "近300户" });
    expect(result?.start).toBe(second);
    expect(result?.how).toBe("dom");
  });

  it("drops spaces around the selection", () => {
    const text = articleContaining("001", "7500斤新鲜蔬菜");
    const start = text.indexOf("7500斤");
    const result = resolveSelection(text, { ...domPosition(text, start - 1), selected: `${text[start - 1]}7500斤 `.replace(/^\S/, " ") });
    expect(result).toMatchObject({ start, end: start + 5, text: "7500斤" });
  });

  it("falls back to the nearest occurrence when the DOM position does not match the text", () => {
    const text = articleContaining("000", "近300户");
    const second = nthIndex(text, "近300户", 1);
    const position = domPosition(text, second);
    const result = resolveSelection(text, { paragraph: position.paragraph, offset: position.offset + 3, selected: "近300户" });
    expect(result).toMatchObject({ start: second, how: "search" });
  });

  it("refuses empty selections, selections across lines and words that are not in the text", () => {
    const text = articleContaining("001", "7500斤新鲜蔬菜");
    expect(resolveSelection(text, { paragraph: 0, offset: 0, selected: "   " })).toBeNull();
    expect(resolveSelection(text, { paragraph: 0, offset: 0, selected: "蔬菜\n运至" })).toBeNull();
    expect(resolveSelection(text, { paragraph: 0, offset: 0, selected: "不在文中的字" })).toBeNull();
  });

  it("numbers paragraphs the way the body renders them: blank lines are skipped", () => {
    expect(paragraphStarts("甲\n\n  \n乙丙\n丁")).toEqual([0, 6, 9]);
  });
});

describe("guessFields", () => {
  it.each([
    ["7500斤", { value: 7500, unit: "斤", approx: "exact" }],
    ["近300户", { value: 300, unit: "户", approx: "about" }],
    ["230余幢", { value: 230, unit: "幢", approx: "over" }],
    ["近8万平方米", { value: 80000, unit: "平方米", approx: "about" }],
    ["100人以上", { value: 100, unit: "人", approx: "over" }],
    ["三个方面", { value: null, unit: "", approx: "exact" }],
  ])("%s", (selected, expected) => {
    expect(guessFields(selected)).toEqual(expected);
  });
});
