// A printed paragraph is at most a few hundred characters (the seeds' longest line: 1,944) and an article a few
// thousand. Far longer lines or articles are not newspaper text (a dump, a file without line breaks, a hostile
// upload): they are refused, not split, because a cut at an arbitrary point would store sentences that were never
// printed, and every page that shows or searches the article would carry megabytes. The message says where.
export const MAX_LINE_CHARS = 20_000;
export const MAX_ARTICLE_CHARS = 200_000;
