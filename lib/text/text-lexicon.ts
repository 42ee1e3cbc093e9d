// Data tables for the text stage: adding a banner, a role word or a masthead token is a one-line change. The
// character sets (stops, sentence marks, Chinese characters) are in char-sets.ts.

import { HAN } from "./char-sets";

// A line ending in one of these closes its sentence; anything else may continue after a page break.
export const CLOSING_PUNCTUATION = "。！？；：…”’）」』】》〕!?;:)";
// The lead that opens a news article: 本报讯, 本报东港讯, 本报北京4月2日电, 新华社北京4月2日电, 【本报讯】. One pattern for
// the line classifier (is this a lead line) and the segmenter (the byline it carries).
export const LEAD = new RegExp(String.raw`^[【\[]?(?:本报[${HAN}]{0,6}讯|(?:本报|新华社|中新社|人民网|新华网)[${HAN}]{0,8}\d{1,2}月\d{1,2}日(?:电|讯))`);
// The lead with its closing bracket and its reporters' parentheses: 本报讯（记者 楼郁馨）; group 1 is the reporters.
export const LEAD_BYLINE = new RegExp(String.raw`${LEAD.source}[】\]]?\s*(?:[（(]([^（）()]*)[）)])?\s*`);
// A line starting with one of these cannot start a sentence: it continues the previous line.
export const CONTINUING_START = "，。、；：！？）」』”’】》,;:!?)";

// 农历壬寅年三月十三, 农历壬寅年四月廿五
export const LUNAR_DATE =
  /农历\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*闰?[正一二三四五六七八九十冬腊]{1,2}月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]?|三十|卅)?/;

// Masthead tokens of 今日柯城 and similar county papers; a line made only of these (and separators) is masthead.
export const MASTHEAD_TOKENS: RegExp[] = [
  // e-paper headers drop 日 before the weekday: "2018年2月26星期一" (今日房县数字报纸). Spaces bounded: an
  // unbounded \s* before the weekday look-ahead is polynomial (recheck).
  /(?:19|20)\d{2}\s{0,4}年\s{0,4}\d{1,2}\s{0,4}月\s{0,4}\d{1,2}(?:\s{0,4}日|(?=\s{0,4}星期))/g,
  /(?:总)?第\s*\d+\s*期/g,
  new RegExp(LUNAR_DATE.source, "g"),
  /星期[一二三四五六日天]/g,
  /今日柯城/g,
  /柯城发布/g,
  /运动柯城\s*APP/gi,
  /中共\S{2,16}委主办/g,
  /\S{2,20}(?:融媒体中心|报社)(?:编印|出版|主办)/g,
  /今日[一二三四五六七八九十\d]{1,2}版/g,
  /(?:第\s{0,4})?[A-H]?[\d一二三四五六七八]{1,2}\s{0,4}版/g, // page headers: "2022年4月13日 星期三 今日柯城 2版", "A1版"
  /要闻|综合新闻|专版|副刊/g,
  /(?:采编|新闻|广告|发行)热线[:：]\s*[\d\-—]+/g,
  /国内统一连续出版物号[:：]?\s*\S+/g,
  /CN\s*\d{2}\s*[-—]\s*\d{4}(?:\/\S+)?/g,
  /内部资料[^\s准]{0,8}准印证[:：]?\s{0,4}\S*/g,
  // an e-paper's header: "今日房县数字报纸", "内部资料 免费赠阅", "XX日报电子版"
  /数字报纸|数字报|电子版|内部资料|免费赠阅/g,
  /邮发代号[:：]?\s*\S+/g,
];
export const MASTHEAD_SEPARATORS = /[\s·•|｜/、，,（）()\-—：:]+/g;

// Staff lines that may appear on any page; never part of an article.
export const STAFF_LINE = /^(?:责任编辑|本版责编|责编|编辑|校对|美编|美术编辑|版式|组版|审核|审校|值班编委|值班主任)\s*[:：︱｜|]\s*(\S.{0,40})$/;

// Column banners and campaign slogans printed above or between articles (compared without spaces).
export const BANNER_PHRASES: string[] = [
  "转作风讲担当抓落实",
  "六治六提六比六晒",
  "六抓六比八大竞赛",
  "奋进新征程建功新时代",
];
export const BANNER_PATTERNS: RegExp[] = [
  /^(?:深入)?学习(?:宣传)?贯彻.{1,24}精神$/,
  /^贯彻落实.{1,24}精神$/,
  /^[—\-－]{1,2}\s{0,4}.{2,40}\s{0,4}[—\-－]{1,2}$/, // — slogan — set between dashes
];

// Byline roles: the printed word and the Reporter role it maps to (longest words first).
export const REPORTER_ROLES: Array<{ word: string; role: "记者" | "通讯员" | "实习生" | "特约记者" }> = [
  { word: "特约记者", role: "特约记者" },
  { word: "见习记者", role: "记者" },
  { word: "摄影记者", role: "记者" },
  { word: "首席记者", role: "记者" },
  { word: "记者", role: "记者" },
  { word: "通讯员", role: "通讯员" },
  { word: "实习生", role: "实习生" },
];
// An affiliation that means "this paper" is left implicit.
export const HOME_AFFILIATIONS = ["本报", "本台"];

// Offices that introduce an interviewee line: "区发改局党组书记、局长 任文俊："
export const POSITION_WORDS = [
  "书记", "局长", "主任", "乡长", "镇长", "区长", "县长", "市长", "部长", "主席", "院长", "校长", "所长", "站长",
  "队长", "经理", "董事长", "负责人", "社长", "行长", "会长", "理事长", "处长", "科长", "政委", "检察长", "庭长",
];

// Function words of one character (particles, prepositions, conjunctions, 是, 等): they end the word before a name and
// never stand inside one. The place, department and campaign rules build their stop sets from this string and add
// what their own grammar needs.
export const FUNCTION_CHARS = "的了在和与及是对为把被将等";

// Characters after which 村 starts another word (村民, 村委, 村干部, 村集体, 村级, 村务, 村庄, 村部) instead of ending a
// village's name or counting villages. Readers add their own: places 村规 (村规民约), non-quantities 村里 and 村组.
export const CUN_WORD_SECOND = "民委干集级务庄部";

// The count of a place list's collective (等3个乡镇, 等十个村, 两个街道): a regular-expression source.
export const LIST_COUNT_SOURCE = "[\\d一二三四五六七八九十两]{1,3}";

// Paragraph enumerators whose order can be restored: 一是 … 二是 …, 一要 … 二要 … (the ordinal is read with
// chinese-numerals.ts).
export const ENUMERATOR = /^([一二三四五六七八九十])(是|要)/;

// Subtitle stacks name who chaired and who attended.
// A subtitle under a headline: a dash line (any dash a page or a converter prints), a speech's "在…会议上的讲话", or a
// sub-headline naming who chaired and attended.
export const SUBTITLE_HINT =
  /^[—\-－―─━～~]{1,2}|在[^\s，,。]{2,40}上的(?:讲话|发言|致辞|报告|主旨演讲)$|(?:主持并讲话|主持|出席|讲话|传达|参加|作报告|致辞)(?:\s|$)/;

// Print continuation markers: （下转2版） ends the article on this page, （上接1版） starts a continued one.
export const CONTINUATION_OUT = /[（(]\s{0,4}(?:下转|转)\s{0,4}(?:第\s{0,4})?[\d一二三四五六七八]{1,2}\s{0,4}版\s{0,4}[）)]/;
export const CONTINUATION_IN = /[（(]\s{0,4}上接\s{0,4}(?:第\s{0,4})?[\d一二三四五六七八]{1,2}\s{0,4}版\s{0,4}[）)]/;
// E-paper pages set the marker on a line of its own without brackets: "上接第1版", "上接A1版".
export const CONTINUATION_IN_LINE = /^(?:上接|接上)\s{0,4}(?:第\s{0,4})?[A-Za-z]?[\d一二三四五六七八]{1,2}\s{0,4}版$/;

// Year clues for issues without a masthead: an event or slogan that fixes the year.
export const YEAR_CLUES: Array<{ pattern: RegExp; year: number; label: string }> = [
  { pattern: /十四五[”"」’]?(?:规划)?[^。，；]{0,6}开局之年/, year: 2021, label: "“十四五”开局之年" },
  { pattern: /建党(?:100|一百|百)(?:周)?年/, year: 2021, label: "建党100周年" },
  { pattern: /省委十四届九次全会/, year: 2021, label: "省委十四届九次全会" },
  { pattern: /区委八届十次全(?:会|体)/, year: 2021, label: "区委八届十次全会" },
  { pattern: /二十大召开之年|喜迎(?:党的)?二十大/, year: 2022, label: "党的二十大召开之年" },
  { pattern: /省第十五次党代会/, year: 2022, label: "省第十五次党代会" },
  { pattern: /市第八次党代会/, year: 2022, label: "市第八次党代会" },
];
// "2022年上半年": a period report names the issue's own year.
export const PERIOD_YEAR = /((?:19|20)\d{2})年(?:上半年|下半年|一季度|第一季度|前三季度|二季度|三季度|1[-—至]\d{1,2}月|度(?!目标|计划|任务))/g;
// A bare "2025年" after these words, or before these, is a plan or deadline, not the year the paper is in.
export const FUTURE_YEAR_BEFORE = /(?:到|至|预计|计划|力争|争取|将于|将在|将|确保|力求|有望|目标)\s*$/;
export const FUTURE_YEAR_AFTER = /^(?:底|前|末|以前|之前|年底|年末|将|要|力争|目标|远景)/;
// Words before a month-day that make it a plan or deadline, not an event that happened.
export const FUTURE_BEFORE = /(?:计划|预计|将于|将在|拟于|定于|力争|争取|有望|最迟|不晚于)\s*$/;
// Words after a month-day that make it a deadline or a start of something ongoing.
export const FUTURE_AFTER = /^(?:前|之前|以前|起|开始|以后|之后|截止|到期)/;

// Paper names that head a masthead: 人民日报, 新民晚报, 衢州日报, 今日柯城, 钱江晚报, 扬子晚报, 都市快报 … A bare name line
// counts as masthead only when the block also gives a date or an issue/page number (parse-masthead.ts), so a headline
// ending in 报 (情况通报) is never taken for a paper.
export const PAPER_NAME = /(?:今日[\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{2,6}(?:日报|晚报|晨报|快报|早报|商报|时报|都市报|新闻报|青年报|农民报))(?:社)?/;

// Web and print datelines set between a headline and its body: "2014-08-01 13:52", "2019年02月21日 11:49:07 来源: 浙江在线",
// "吉战顺 2016-11-01", "发布日期:2021-02-27", "来源: 婺城新闻网 作者: 记者 施俊". The date is the publication date.
// Spaces bounded ({0,4}, as in the masthead dates): unbounded runs before the look-ahead made the ReDoS fuzzer call it
// polynomial on a loaded machine; no date line spaces its parts wider. "2009年05月12日08:15 某某日报": a clock time may
// follow 日 without a space, so only the numeric form refuses a digit after it.
export const DATELINE_DATE = /((?:19|20)\d{2})\s{0,4}(?:[-/.]\s{0,4}(\d{1,2})\s{0,4}[-/.]\s{0,4}(\d{1,2})(?!\d)|年\s{0,4}(\d{1,2})\s{0,4}月\s{0,4}(\d{1,2})\s{0,4}日)/;
export const DATELINE_FIELDS =
  /(?:来源|稿源|作者|编辑|责编|发布时间|发布日期|发布机构|发布者|时间|日期|浏览次数|点击数|阅读|字号|本文转自|转自|转载自|信息来源)\s*[:：︱｜|]/;
export const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
// A web page's short date line without a year: "11-15 16:24" (month-day and clock time; the year is not given).
export const MONTH_DAY_CLOCK = /^\d{1,2}[-/]\d{1,2}\s{1,4}\d{1,2}:\d{2}(?::\d{2})?$/;
// A paper's day line without its year ("05/06某某晚报", a clipping's print line) and a year printed alone on the line
// above it ("2021"): together they date the piece; neither is a headline.
export const PAPER_DAY_LINE = new RegExp(`^(\\d{1,2})[/-](\\d{1,2})\\s{0,2}${PAPER_NAME.source}\\s{0,2}$`);
export const BARE_YEAR_LINE = /^((?:19|20)\d{2})$/;
// A site's address on a dateline: "www.dqnews.com.cn 2017-03-21 德清新闻网".
export const SITE_ADDRESS = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.){1,4}(?:com|cn|net|org|gov|edu)(?:\.cn)?(?:\/\S*)?$/i;
// A serial marker ending a headline: "…建设幸福乡村( 二 )", "…（上）", "…之三": the main headline of a series, never a kicker.
export const SERIAL_MARKER = /(?:[（(]\s{0,2}[一二三四五六七八九十上中下]{1,2}\s{0,2}[）)]|之[一二三四五六七八九十])$/;

// Byline lines printed above a body: "□ 记者 张三", "本报记者 张三 李四", "记者 张三 通讯员 李四", "通讯员 王五",
// "都市快报(通讯员 方祺 记者 周涛)", "文/张三", "（记者 张三）" (read token by token in classify-line.ts).
export const PAREN_BYLINE = /^[\u4e00-\u9fff]{0,10}[（(]\s*(?:[\u4e00-\u9fff]{0,8}(?:特约记者|见习记者|记者|通讯员|实习生))[^（）()]{1,60}[）)]$/;

// Photo credits set on their own line: "张三 摄", "新华社记者 张三 摄", "记者 张三 摄", "□ 本报记者 张三 摄影".
// "（图片由受访者提供）", "照片由该镇提供": a credit for a supplied picture.
export const SUPPLIED_PICTURE = /^[（(]?\s{0,4}(?:图片|照片|图)由[\u4e00-\u9fff]{1,16}提供\s{0,4}[）)]?$/;
export const PHOTO_CREDIT =
  /^(?:[□■]\s*)?[（(]?\s*(?:[\u4e00-\u9fff]{0,8}?(?:记者|通讯员|摄影师|摄影)\s*)?[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,4}\s*(?:摄|摄影|供图|\/摄)\s*[）)]?$/;

// Boxes printed inside an article: their label line is a section head, never a headline.
export const BOX_LABEL = /^[【\[［〖]?\s{0,4}(?:核心阅读|编者的话|编者按语|链接|相关链接|背景链接|延伸阅读|记者手记|记者观察|数说|小贴士|新闻链接|专家点评|短评|新闻背景|背景资料|名词解释|知识链接)\s{0,4}[】\]］〗]?\s{0,4}[:：]?$/;

// Column tags that mark a line as the headline of its own piece (commentary, brief): （快评）（评论员观察）【…】.
export const COLUMN_TAG =
  /[（(](?:快评|短评|时评|评论员观察|评论员文章|本报评论员|社论|人民时评|今日谈|新论|编者按|记者手记|一线调研|来信|微评)[）)]|^【[^】]{1,12}】|【[^】]{1,12}】$/;

// Numbered subheads inside an article: 一、… （一）… 1. … 第一，… (never a headline of a new article).
export const NUMBERED_SUBHEAD = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十]{1,3}[，、：:]?\s*(?:部分|篇|章)?)/;

// Page and column labels of an e-paper or a page archive: "第2版(经济)", "第1版(要闻)专栏:", "专栏:经济短讯". Layout, never
// a headline or article text.
export const PAGE_COLUMN_LABEL =
  /^(?:第\s{0,4}[A-Za-z]?\d{1,2}\s{0,4}版\s{0,4}(?:[（(][\u4e00-\u9fff]{1,8}[）)])?\s{0,4}(?:专栏\s{0,4}[:：]\s{0,4}[\u4e00-\u9fff]{0,12})?|(?:专栏|栏目)\s{0,4}[:：]\s{0,4}[\u4e00-\u9fff]{1,12})$/;
// A news outlet's name on a line of its own under a headline ("红网安仁站", "中国舞阳网"): a source line when a dateline
// follows it or the lead names it (红网安仁站讯 …).
export const OUTLET_NAME = /^[\u4e00-\u9fff]{1,10}(?:网|站|台|日报|晚报|融媒体中心|新闻中心)$/;
// A page's numbered list of its headlines ("1. 李鹏主持总理办公会议 …"), printed again above each article.
export const HEADLINE_LIST_ENTRY = /^\d{1,2}\s{0,2}[.．、]\s{0,4}(\S.{0,150})$/;


// A paragraph that opens by pointing back at what was said before (会上, 活动中, 此外, 该镇…) cannot open a new story:
// short lines right above it are photo captions or subheads of the story it continues ("丁任村群众大会" / "会上,各村…").
export const ANAPHORIC_OPENER =
  /^(?:会上|会议(?:上|中|指出|强调|要求|认为|提出|决定|听取|审议|通报|传达|明确)|座谈会上|活动(?:中|上|期间|现场)|仪式上|现场|期间|其间|随后|此外|同时|与此同时|另外|对此|为此|其中|此次|本次|这次|据了解|据悉|该(?:镇|乡|村|县|区|市|局|委|街道|社区|公司|企业|项目|中心|基地))/;

// A section banner of a digest page set between decorative marks ("☆☆☆时政要闻☆☆☆"): layout, never a headline.
export const DECORATED_BANNER = /^[☆★◆◇●○※◎✩✪✦✧❖]{2,}\s{0,4}[^☆★◆◇●○※◎✩✪✦✧❖\s]{1,16}\s{0,4}[☆★◆◇●○※◎✩✪✦✧❖]{2,}$/;
// A headline wrapped as a title on a digest page ("□□《某某到某镇调研》"): the marks and the book-title brackets go.
export const WRAPPED_HEADLINE = /^[□■]{1,3}\s{0,2}《([^《》]{2,60})》$/;
// "(原标题:…)" under a reprinted headline: the original title, metadata of the reprint.
export const ORIGINAL_TITLE_LINE = /^[（(]\s{0,2}原(?:标)?题\s{0,2}[:：][^（）()]{1,80}[）)]$/;
