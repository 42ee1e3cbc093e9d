// A printed paragraph is at most a few hundred characters (the seeds' longest line: 1,944) and an article a few
// thousand. Far longer lines or articles are not newspaper text (a dump, a file without line breaks, a hostile
// upload): they are refused, not split, because a cut at an arbitrary point would store sentences that were never
// printed, and every page that shows or searches the article would carry megabytes. The message says where.
export const MAX_LINE_CHARS = 20_000;
export const MAX_ARTICLE_CHARS = 200_000;

// Text that is not Chinese prose is refused before the layout stages read it line by line (issue #13: 4.9 MB of
// digits in lines of 80 took 27 s to reach the article limit under load). Real issues (seeds, dev gold, a national
// daily's page) never go more than 72 visible characters without a Chinese character or 80 Chinese characters
// without a sentence mark, and are 54–91% Chinese; the limits below leave a wide margin for tables and name lists.
export const MAX_CHARS_WITHOUT_CHINESE = 20_000;
export const MAX_CHARS_WITHOUT_SENTENCE = 20_000;
// The share of Chinese characters is judged only on texts this long (a short odd text is left to the article check).
export const MIN_CHARS_FOR_SHARE = 20_000;
export const MIN_CHINESE_SHARE = 0.25;
