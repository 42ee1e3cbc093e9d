// Unit lexicon: the word after a number, its canonical unit and what kind of quantity it makes.
// 万元/亿元 need no entry: 万/亿 are folded into the value by numerals.ts and 元 stays the unit.
// Adding a unit is one line; the scanner regex is built from this table (longest word first).

export type UnitKind = "count" | "measure" | "money" | "ratio" | "duration" | "age";

export type UnitEntry = {
  word: string; // as written after the number
  unit: string; // canonical unit stored on the indicator
  countable: boolean; // a classifier of discrete things (户, 名, 家): the noun after it names what is counted
  kind: UnitKind;
  nameSuffix?: boolean; // also ends place names (七里三村, 滨三村): Chinese numerals before it need care
  notFollowedBy?: string; // regex source: the word is not a unit when it starts a longer word (3单元, 3项目)
  factor?: number; // multiplies the value into the canonical unit (7毛钱 → 0.7 元)
};

const count = (word: string, unit = word, notFollowedBy?: string): UnitEntry =>
  notFollowedBy ? { word, unit, countable: true, kind: "count", notFollowedBy } : { word, unit, countable: true, kind: "count" };
const measure = (word: string, unit = word): UnitEntry => ({ word, unit, countable: false, kind: "measure" });
const duration = (word: string, unit = word, notFollowedBy?: string): UnitEntry =>
  notFollowedBy ? { word, unit, countable: false, kind: "duration", notFollowedBy } : { word, unit, countable: false, kind: "duration" };

export const UNITS: readonly UnitEntry[] = [
  // people and households
  count("户"),
  count("户次"),
  count("人"),
  count("人次"),
  count("名"),
  count("位"),
  // events and actions
  count("场次"),
  count("场", "场", "[地所景馆]"),
  count("次"),
  count("车次"),
  count("项", "项", "目"),
  count("批"),
  count("单", "单", "元"), // 3单元 is an address
  count("件"),
  count("件次"),
  count("份"),
  count("轮"),
  count("趟"),
  count("篇"),
  // aspects and areas of work: 三方面谋划 (一方面 "on the one hand" is dropped as the indefinite 一)
  count("方面"),
  // organisations, places, buildings
  count("家"),
  count("个"),
  count("所"),
  count("处"),
  count("座", "座", "谈"),
  count("幢"),
  count("栋"),
  count("套"),
  count("间"),
  count("条"),
  count("支", "支", "[持付出]"),
  count("台"),
  count("张"),
  count("辆"),
  count("车", "车", "[间站位库]"),
  count("种"),
  count("类"),
  count("棵"),
  count("株"),
  count("头"),
  count("箱"),
  count("盒"),
  count("袋"),
  count("组", "组", "[织成建]"),
  // 1200多村民: 村 starting 村民 is the people, not a count of villages (两村民房 stays a count)
  { ...count("村", "村", "民(?![房宅居])"), nameSuffix: true },
  // 永和等5县, 全省11市: a bare administrative noun as the measure (县委, 县城, 市民 … start longer words)
  { ...count("县", "县", "[委政长级域城乡区直属内外里人情]"), nameSuffix: true },
  { ...count("市", "市", "[委政长级民场值面容区县内外里场直属]"), nameSuffix: true },
  // measure words of things (issue #10 §4: a complete table); the guard keeps each out of longer words
  count("部门"),
  count("块", "块", "[钱状面头]"),
  count("穗"),
  count("本", "本", "[地土身级届市区县次轮期月年周科职]"),
  count("部", "部", "[分署门长位队署]"),
  count("根", "根", "[本据源脉治]"),
  count("只", "只", "[要有是能会需用]"),
  count("艘"),
  count("架", "架", "[构子]"),
  // 三期工程, 幸福花苑三期 are phases: after a name a Chinese numeral + 期 is part of it (as 七里三村 is)
  { ...count("期", "期", "(?:工程|项目|地块|[间待望盼限末中内满刊])"), nameSuffix: true },
  count("版", "版", "[本权块面图画式税]"),
  count("地", "地", "[区方块产铁图标址点位球段震下上]"),
  count("幅", "幅", "[度]"),
  count("枚"),
  count("颗"),
  count("粒"),
  count("瓶"),
  count("桶"),
  count("筐"),
  count("盏"),
  count("册"),
  count("首", "首", "[府位批次先创都个发要长席]"),
  count("笔", "笔", "[者记试]"),
  count("宗", "宗", "[旨教族]"),
  count("例", "例", "[如会外行]"),
  count("起", "起", "[来步点草诉床源到始]"),
  count("门", "门", "[户店口槛类诊票面牌前]"),
  count("口", "口", "[岸号径子罩碑头述语气]"),
  count("层", "层", "[面级次楼]"),
  count("片", "片", "[区面]"),
  count("段", "段", "[时落位]"),
  count("节", "节", "[点约日能奏课目气假庆]"),
  count("双", "双", "[向方休减招百重语]"),
  count("扇"),
  count("把", "把", "[手关握]"),
  // measures
  measure("吨"),
  measure("斤"),
  measure("公斤"),
  measure("千克", "公斤"),
  measure("平方米"),
  measure("平方公里"),
  measure("立方米"),
  measure("千瓦时"),
  // energy in standard coal (8679万吨标准煤) and electricity in 度 (kWh: 发电量493亿度); 度假, 度过 are other words
  measure("吨标准煤"),
  measure("吨标煤", "吨标准煤"),
  { ...measure("度"), notFollowedBy: "[假过量日数]" },
  measure("千瓦"),
  // power capacities (20兆瓦光伏电站)
  measure("兆瓦时"),
  measure("兆瓦"),
  measure("吉瓦"),
  measure("厘米"),
  measure("毫米"),
  measure("平米", "平方米"),
  // one-character unit symbols, kept as the paper writes them (改造面积3.15万㎡)
  measure("㎡"),
  measure("㎞"),
  measure("㎏"),
  measure("㎥"),
  measure("㎜"),
  measure("㎝"),
  measure("亩"),
  measure("公顷"),
  measure("公里"),
  measure("千米", "公里"),
  measure("米"),
  measure("倍"),
  measure("℃"),
  measure("摄氏度", "℃"),
  { word: "元", unit: "元", countable: false, kind: "money" },
  // other currencies keep their own unit: 年出口创汇8000多万美元
  { word: "美元", unit: "美元", countable: false, kind: "money" },
  { word: "欧元", unit: "欧元", countable: false, kind: "money" },
  { word: "港元", unit: "港元", countable: false, kind: "money" },
  { word: "日元", unit: "日元", countable: false, kind: "money" },
  { word: "英镑", unit: "英镑", countable: false, kind: "money" },
  // colloquial money: 2000块钱, 7毛钱 (a 毛 is a tenth of a 元)
  { word: "块钱", unit: "元", countable: false, kind: "money" },
  { word: "毛钱", unit: "元", countable: false, kind: "money", factor: 0.1 },
  { word: "毛", unit: "元", countable: false, kind: "money", factor: 0.1, notFollowedBy: "[泽主病巾衣笔发重利绒估坯]" },
  { word: "%", unit: "%", countable: false, kind: "ratio" },
  { word: "％", unit: "%", countable: false, kind: "ratio" },
  { word: "个百分点", unit: "百分点", countable: false, kind: "ratio" },
  // time spans (calendar dates are excluded in non-quantities.ts, so 年/月 here are durations)
  duration("天"),
  // 停水近十日: a span in days; a day of the month (26日, 十月十日) is a date (non-quantities.ts)
  duration("日", "日", "[期常程报均益趋夜前后内]"),
  duration("小时"),
  duration("分钟"),
  duration("载", "载", "[客货重体人入有明誉歌舞]"), // 从教30多载: the literary year
  duration("个月"),
  duration("周", "周", "[年边末]"), // 100周年 is an anniversary
  duration("年", "年", "[级代]"), // 3年级, 80年代
  { word: "岁", unit: "岁", countable: false, kind: "age" },
  { word: "周岁", unit: "岁", countable: false, kind: "age" },
];

// Words that may sit between 个 and a time unit with an approximator: 半个多小时, 一个多月.
export const GE_UNITS: readonly UnitEntry[] = [
  duration("月", "个月"),
  duration("小时"),
  duration("钟头", "小时"),
  duration("星期", "周"),
];

const byWord = new Map(UNITS.map((u) => [u.word, u]));
const geByWord = new Map(GE_UNITS.map((u) => [u.word, u]));

export function lookupUnit(word: string): UnitEntry | undefined {
  return byWord.get(word);
}

export function lookupGeUnit(word: string): UnitEntry | undefined {
  return geByWord.get(word);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (entries: readonly UnitEntry[]) =>
  [...entries]
    .sort((a, b) => b.word.length - a.word.length)
    .map((u) => escape(u.word) + (u.notFollowedBy ? `(?!${u.notFollowedBy})` : ""))
    .join("|");

/** Regex source: any unit word, longest first (场次 before 场). */
export const UNIT_SOURCE = alternation(UNITS);
export const GE_UNIT_SOURCE = alternation(GE_UNITS);

// A bare number takes its unit from the words before it: 参与人次超97.8万 → 人次.
// A group of people written without a measure word after a count (4000多群众, 3.39万老百姓, 200余贫困群众): a noun of
// two to four characters that ends in a word for people. Grammar, not a list of nouns: the last character says "people".
const PEOPLE_NOUN = /^[\u4e00-\u9fff]{1,3}?(?:[众民工员生客姓者友属胞户童女人]|干部)/;

/** The people noun right after a count with no measure word (群众 in 4000多群众), as its unit; undefined if none. */
export function peopleNounUnit(after: string): UnitEntry | undefined {
  const m = PEOPLE_NOUN.exec(after);
  return m ? { word: m[0], unit: m[0], countable: true, kind: "count" } : undefined;
}

export const INFERRED_UNITS: readonly { suffix: string; unit: string }[] = [
  { suffix: "人次", unit: "人次" },
  { suffix: "户次", unit: "户次" },
  { suffix: "场次", unit: "场次" },
  { suffix: "人数", unit: "人" },
  { suffix: "户数", unit: "户" },
  { suffix: "人口", unit: "人" },
  { suffix: "次数", unit: "次" },
];
