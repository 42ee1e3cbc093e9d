import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractGoals } from "@/lib/extract/extract-goals";
import type { ExtractedGoal } from "@/lib/extract/types";

type Expected = Partial<ExtractedGoal> & { text: string; verb: string };

// Real paragraphs and sentences from the seeds with every goal they hold, in order.
const CASES: { seed: string; text: string; goals: Expected[] }[] = [
  {
    seed: "000 L15",
    text:
      "范区建设起步之年，全区上下要统一思想、提高站位，以目标为引领、以问题为导向，对标对表找差距、苦干实干拼进位、用实干实绩确保争先进位。关键要做到“四个对标”：一要对标共富指标找差距。对照考核标准，查缺补漏、补齐短板，对标对表一项一项抓落实，确保“每项指标增速不低于全省或全市平均增速”。二要对标26县考核争进位。结合市委提出的要求和柯城的实际，确保今年目标“保5争3抢1”。三要对标市对区综合考核强弱项。对标26县跨越式高质量考核结果和共同富裕指标体系，抓住要点、攻克难点，确保实现市对区综合争先考核“保2争1”的目标任务。四要对标行动计划补短板。对标对表年度计划，加大力度、加快进度，全力以赴、全程奔跑，努力实现“优势指标保持领先、中游指标力争上游、短板指标迎头赶上”的目标。",
    goals: [
      { text: "确保争先进位", verb: "确保" },
      { text: "确保“每项指标增速不低于全省或全市平均增速”", verb: "确保" },
      { text: "确保今年目标“保5争3抢1”", verb: "确保", deadline: "今年" },
      { text: "确保实现市对区综合争先考核“保2争1”的目标任务", verb: "确保" },
      { text: "实现“优势指标保持领先、中游指标力争上游、短板指标迎头赶上”的目标", verb: "目标" },
    ],
  },
  {
    seed: "000 L27",
    text:
      "要加快“污水零直排区”项目建设，坚持问题导向，对照既定目标，提速建设进度；治水办要及时跟踪督导，倒逼责任、形成合力，确保项目按时按期完成。",
    goals: [
      { text: "加快“污水零直排区”项目建设", verb: "加快", kind: "task" },
      { text: "及时跟踪督导", verb: "跟踪督导", kind: "task" },
      { text: "确保项目按时按期完成", verb: "确保", deadline: "按时按期", kind: "target" },
    ],
  },
  {
    seed: "000 L29",
    text: "理工作，加强政策、资金等要素保障，鼓励和引导社会资本参与“两污”治理，加快补齐短板和弱项，争取全面完成覆盖率；",
    goals: [{ text: "争取全面完成覆盖率", verb: "争取" }],
  },
  {
    seed: "000 L31",
    text: "要实施好现有项目，紧盯时间节点，加快项目进度，清单列表、逐项销号，保质保量、按时按期完成目标任务。",
    goals: [
      { text: "实施好现有项目", verb: "实施", kind: "task" },
      { text: "保质保量、按时按期完成目标任务", verb: "要…完成", deadline: "按时按期", kind: "task" },
    ],
  },
  {
    seed: "000 L43",
    text: "入户调查只是征收工作的开始，下步，指挥部将与相关专业部门进行房屋认定，计划下月启动房屋征收签约工作。",
    goals: [
      { text: "进行房屋认定", verb: "进行", kind: "task" },
      { text: "计划下月启动房屋征收签约工作", verb: "计划", deadline: "下月", kind: "target" },
    ],
  },
  {
    seed: "001 L43",
    text: "主动对标“全方位争先”的工作要求，牢牢咬定“保三争二拼第一”目标，全力以赴在全市争首位、26县争前列、全省争进位。",
    goals: [{ text: "保三争二拼第一", verb: "slogan" }],
  },
  {
    seed: "001 L45",
    text: "坚持年初确定的目标任务不动摇，不找客观理由，大干快上后三季度，努力消除一季度疫情带来的不利影响，确保圆满完成全年目标任务。",
    goals: [{ text: "确保圆满完成全年目标任务", verb: "确保", deadline: "全年" }],
  },
  {
    seed: "001 L47",
    text: "要变革突破抓落实，高标准、高质量推进“大综合一体化”行政执法改革和数字化改革，努力争取更多改革试点，加快形成具有柯城辨识度的标志性成果。",
    goals: [
      { text: "高标准、高质量推进“大综合一体化”行政执法改革和数字化改革", verb: "推进", kind: "task" },
      { text: "争取更多改革试点", verb: "争取", kind: "target" },
    ],
  },
  {
    seed: "001 L67",
    text: "全区上下要切实提高站位、增强认识、坚定信心、下定决心，确保按时按期、保质保量、平稳有序完成征收任务。",
    goals: [{ text: "确保按时按期、保质保量、平稳有序完成征收任务", verb: "确保", deadline: "按时按期" }],
  },
  {
    seed: "001 L59",
    text: "要让群众有感，以方便群众、优化营商环境为目标，夯实精准高效的执法监管手段，打造刚柔并济的执法环境。",
    goals: [{ text: "以方便群众、优化营商环境为目标", verb: "目标" }],
  },
  {
    seed: "001 L81",
    text: "为确保蔬菜第一时间送达居民手中，公司还派10名员工驻点上海，汇总团购订单、负责售后事宜。",
    goals: [{ text: "确保蔬菜第一时间送达居民手中", verb: "确保" }],
  },
  {
    seed: "002 L76",
    // 用最小的代价实现最大的防控效果 describes how, with no number: only the named 目标 is a goal
    text: "要强化统筹兼顾，统筹推进疫情防控和经济社会发展，提高科学精准防控水平，不断优化疫情防控举措，用最小的代价实现最大的防控效果，全力实现二季度争先创优目标。",
    goals: [{ text: "实现二季度争先创优目标", verb: "目标", deadline: "二季度" }],
  },
  {
    seed: "002 L78",
    text: "全区上下要以打造营商环境最优区为目标，以全面提升企业和群众获得感为出发点。",
    goals: [{ text: "以打造营商环境最优区为目标", verb: "目标" }],
  },
  {
    seed: "003 L33",
    text: "牢固树立机遇意识、争先意识、全局意识，将共同富裕先行示范区打造作为当前和今后工作开展的目标方向。",
    goals: [{ text: "将共同富裕先行示范区打造作为当前和今后工作开展的目标方向", verb: "目标" }],
  },
  {
    seed: "003 L9",
    text: "按照省委十四届九次全会、市委七届十次全会的决策部署，区委八届十次全会提出了全力打造四省边际共同富裕先行示范区的新目标。",
    goals: [{ text: "全力打造四省边际共同富裕先行示范区", verb: "目标" }],
  },
  {
    seed: "003 L85+L81 (page break repaired)",
    text: "华墅乡将把全域土地综合整治作为缩小“三个差距”的重要抓手，在破解政策处理难、抢点施工难、产业导入难上持续发力，在按时保质高效完成目标任务的同时，切实推动村集体经济提升，努力带动农民增收，为实现共同富裕夯实根基。",
    goals: [{ text: "按时保质高效完成目标任务", verb: "将…完成", deadline: "按时", kind: "task" }],
  },
];

// 要/将/使 with 实现/达到/突破 is a goal only when the clause names a number (forms the seeds do not print).
const QUANTIFIED_MODALS: [text: string, goal: string, verb: string][] = [
  ["今年要实现农村居民人均可支配收入增长8%以上。", "要实现农村居民人均可支配收入增长8%以上", "要…实现"],
  ["到年底，全区将新增市场主体突破3000家。", "将新增市场主体突破3000家", "将…突破"],
  ["要在年底前完成3000户改造任务。", "要在年底前完成3000户改造任务", "要…完成"],
  // building a number of things (session 5): a target, read only when no completion verb is in the clause
  ["今年要新建改建城乡公厕30座。", "要新建改建城乡公厕30座", "要…新建改建"],
  ["全镇将新增停车位500个。", "将新增停车位500个", "将…新增"],
];

// Reports that read like a dated completion (session 5): a failure (未能…完成) and a past year's result are no goals.
const REPORTED_COMPLETIONS: [text: string, issueYear: number][] = [
  ["受管线迁改影响，部分路段的改造未能在6月底前完成。", 2022],
  ["2022年，全区一般公共预算收支实现平衡，全年一般公共预算收入完成12.6亿元。", 2023],
  ["去年，全县年内完成农房改造1200户。", 2023],
];

// Seed sentences with goal words that are not goals (see the decisions at the top of extract-goals.ts). Issue #11 made
// tasks (及时安排专题学习, 推进…改革) and outcomes in a directive (实现全年财政收支平衡, 使其达到三级乙等考核标准)
// goals: those sentences moved to goal-kinds.test.ts.
const NOT_GOALS: [seed: string, text: string][] = [
  ["001 L71", "摸清底数，掌握户情民意，用心用情、以心换心，争取群众理解与支持；"],
  ["000 L15", "全区上下要统一思想、提高站位，以目标为引领、以问题为导向。"],
  ["001 L59", "要坚持数字赋能，用好用活数字化平台，打破各环节、各领域执法“信息孤岛”，奋力打造更有辨识度、更富成效的柯城改革成果。"],
  ["003 L17", "为抢抓中央资金、债券资金、用地指标等要素争取窗口期，夯实项目储备。"],
  ["(form)", "要以改革创新为动力，可以将此作为工作抓手。"],
  ["001 L43", "要深刻领悟“坚持工业强市”的信心决心，主动服务市级重大项目落地，为实现共同富裕注入最大增量。"],
];

describe("extractGoals on seed sentences", () => {
  it.each(CASES)("$seed", ({ text, goals }) => {
    const got = extractGoals(text, { issueYear: 2021 });
    expect(got.map((g) => g.text)).toEqual(goals.map((g) => g.text));
    got.forEach((goal, k) => {
      expect(text.slice(goal.start, goal.end)).toBe(goal.text);
      expect(goal).toMatchObject(goals[k]);
      expect(goal.deadline).toBe(goals[k].deadline);
    });
  });

  it.each(QUANTIFIED_MODALS)("%s ⟶ %s", (text, goal, verb) => {
    const got = extractGoals(text);
    expect(got.map((g) => [g.text, g.verb])).toEqual([[goal, verb]]);
  });

  it.each(REPORTED_COMPLETIONS)("no goal in the report %s", (text, issueYear) => {
    expect(extractGoals(text, { issueYear })).toEqual([]);
  });

  it("keeps 要求 whole out of a goal's text", () => {
    expect(extractGoals("会议部署下阶段工作，要求年底前完成乡镇综合执法队伍规范化建设。", { issueYear: 2022 }).map((g) => g.text)).toEqual(["年底前完成乡镇综合执法队伍规范化建设"]);
  });

  it.each(NOT_GOALS)("%s: no goal in %s", (_seed, text) => {
    expect(extractGoals(text)).toEqual([]);
  });

  it("takes the target value and unit from a number inside the goal", () => {
    // a seed-style target with a number (the seeds' own targets are slogans and carry none)
    const [goal] = extractGoals("确保年底前完成入户调查300户，计划下月启动房屋征收签约工作。");
    expect(goal).toMatchObject({ verb: "确保", targetValue: 300, targetUnit: "户", deadline: "年底前" });
  });

  it("carries a clause that only sets the time on to the target (forms the seeds do not print)", () => {
    expect(extractGoals("力争到2025年，全区生产总值突破500亿元。")[0]).toMatchObject({
      text: "力争到2025年，全区生产总值突破500亿元",
      deadline: "2025年",
      targetValue: 50_000_000_000,
      targetUnit: "元",
    });
    expect(extractGoals("计划到2023年底，建成10个未来社区。")[0]).toMatchObject({ deadline: "2023年底", targetValue: 10 });
    // a full clause after the verb is the target by itself
    expect(extractGoals("确保今年目标“保5争3抢1”。三要对标")[0].text).toBe("确保今年目标“保5争3抢1”");
  });

  it("keeps the outer goal when a slogan or 目标 sits inside it", () => {
    const text = "确保实现市对区综合争先考核“保2争1”的目标任务。";
    const goals = extractGoals(text);
    expect(goals).toHaveLength(1);
    expect(goals[0].verb).toBe("确保");
  });
});

describe("whole seeds", () => {
  const seeds = readdirSync("seeds")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: f, text: readFileSync(`seeds/${f}`, "utf8") }));

  it.each(seeds)("$name: goals do not overlap and slice to their text", ({ text }) => {
    const goals = extractGoals(text);
    for (const g of goals) {
      expect(text.slice(g.start, g.end)).toBe(g.text);
      expect(g.text).not.toMatch(/^[，。；、\s]|[，。；、\s]$/);
      expect(g.text).not.toMatch(/争取群众理解/);
    }
    for (let k = 1; k < goals.length; k++) expect(goals[k].start).toBeGreaterThanOrEqual(goals[k - 1].end);
  });
});

describe("properties", () => {
  const alphabet = fc.constantFrom(
    ..."确保力争取计划目标要将使其完成实现达到突破保争抢拼第一二三0123456789今年底下月按时期全季度的“”《》，。；：、\n 为群众理解支持行动上游以把作为方向到2025年户",
  );
  const texts = fc.oneof(
    fc.string(),
    fc.array(alphabet, { maxLength: 150 }).map((a) => a.join("")),
  );

  it("extractGoals never throws and its spans slice to its text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const g of extractGoals(text, { issueYear: 2022 })) {
          expect(g.start).toBeGreaterThanOrEqual(0);
          expect(g.end).toBeLessThanOrEqual(text.length);
          expect(g.start).toBeLessThan(g.end);
          expect(text.slice(g.start, g.end)).toBe(g.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// A past marker reports what was done only up to the next modal (s9-goals; dev d71's shape, sentences invented).
describe("directives after a past marker", () => {
  const ctx = { issueDate: "2020-11-11", issueYear: 2020 };
  it("a modal after 已经 asks for the work again", () => {
    const goals = extractGoals("当前，冬季清洁已经开始，要扎实开展冬季清洁行动，加快推进甲、乙等乡镇燃气管网建设。", ctx);
    expect(goals.map((g) => g.text)).toEqual(["开展冬季清洁行动", "加快推进甲、乙等乡镇燃气管网建设"]);
  });
  it("the disposal 将 after 以来 reports, it does not ask", () => {
    expect(extractGoals("今年2月以来，街道将6个村共同设立的公司引入片区，实现物业服务“三有”全覆盖。", ctx)).toEqual([]);
  });
  it("without a modal after it the past marker still reports", () => {
    expect(extractGoals("今年以来，全镇已开展冬季清洁行动，推进燃气管网建设。", ctx)).toEqual([]);
  });
});

// Task objects and cues added in s9-goals (dev d16, d23, d25, d30, d39, d73 shapes; sentences invented).
describe("named fronts, bodies to set up and 保证", () => {
  const ctx = { issueDate: "2020-09-02", issueYear: 2020 };
  const texts = (s: string) => extractGoals(s, ctx).map((g) => g.text);
  it.each([
    ["各级各部门要坚定信心，坚决打赢碧水保卫战。", "打赢碧水保卫战"],
    ["二是强力推进扫黑除恶专项斗争。", "推进扫黑除恶专项斗争"],
    ["要有序推进村级建制调整改革工作。", "推进村级建制调整改革工作"],
    ["一是创建美丽示范村，加强村庄环境整治。", "创建美丽示范村"],
    ["三是设立村危房改造工作组。", "设立村危房改造工作组"],
    ["既要保障群众利益，又要加快签订土地流转协议。", "加快签订土地流转协议"],
    ["要抓紧推进项目可研、设计等前期工作。", "推进项目可研、设计等前期工作"],
  ])("%s", (sentence, goal) => expect(texts(sentence).join("|")).toContain(goal));
  it("保证 commits as 确保 does, but not as a purpose nor when it reports", () => {
    expect(extractGoals("要狠抓落实，保证确定目标任务圆满完成。", ctx)[0]?.verb).toBe("保证");
    expect(extractGoals("为保证师生用水，镇政府每天送水。", ctx)).toEqual([]);
    expect(extractGoals("要加快施工，保证了工期。", ctx)).toEqual([]);
    // A state to keep, not an end state a report could confirm.
    expect(extractGoals("要加强巡查，保证河道畅通无阻。", ctx)).toEqual([]);
    expect(extractGoals("各部门要密切配合，保证项目顺利有序推进。", ctx)).toEqual([]);
    expect(extractGoals("要倒排工期，保证年底前建成投用。", ctx)[0]?.verb).toBe("保证");
  });
  // 做好 + a concrete object (做好无上访村建设, dev d39) is not read: 做好 is too often an exhortation's verb (the held-out
  // goal precision floor fell below its floor with it)
  it("an area of work, qualities and 做好… stay exhortations", () => {
    expect(texts("四是做好无违建村建设。")).toEqual([]);
    expect(texts("要常态化推进农村人居环境整治。")).toEqual([]);
    expect(texts("二是做好污染整治工作。")).toEqual([]);
    expect(texts("要密切配合，确保质量。")).toEqual([]);
    expect(texts("要确保规划具有较高的前瞻性、科学性和可操作性。")).toEqual([]);
    expect(texts("三是设立了村危房改造工作组。")).toEqual([]);
  });
});

// 到20XX年 opens a sentence of plans with or without a comma after it (s9-goals; dev d07's shape, sentences invented).
describe("planned years", () => {
  const ctx = { issueDate: "2021-03-01", issueYear: 2021 };
  it("reads a figure without a unit (缩小到1.83) as one of the year's targets", () => {
    const goals = extractGoals("到2025年，全县农民收入年增长8%以上，城乡居民收入倍差缩小到1.90。", ctx);
    expect(goals.map((g) => g.text)).toEqual(["全县农民收入年增长8%以上", "城乡居民收入倍差缩小到1.90"]);
    expect(goals.every((g) => g.deadlineDate === "2025-12-31")).toBe(true);
  });
  it("without a comma the target runs from 到 and every figure clause after it keeps the year", () => {
    const goals = extractGoals("到2025年全县森林覆盖率达到65%，建成区绿地率40%以上。", ctx);
    expect(goals.map((g) => [g.text, g.deadlineDate])).toEqual([
      ["到2025年全县森林覆盖率达到65%", "2025-12-31"],
      ["建成区绿地率40%以上", "2025-12-31"],
    ]);
  });
  it("a year already past reports, and a clause with no figure is no target", () => {
    expect(extractGoals("到2020年底全县已建成绿道120公里。", ctx)).toEqual([]);
    expect(extractGoals("到2025年全县基本形成现代产业体系。", ctx)).toEqual([]);
  });
});

// 要求 addressed to someone, and two noun phrases that are no goals (s9-goals; dev d54, d71 shapes, sentences invented).
describe("要求 as a directive; 计划…的 and 实现…目标之后 as noun phrases", () => {
  const ctx = { issueDate: "2022-08-22", issueYear: 2022 };
  it("reads the tasks a 要求 hands to its addressees", () => {
    const goals = extractGoals("会议要求各乡镇加快安置区、污水管网等建设，着力推动城区大外环、职业中专等重点项目建设。", ctx);
    expect(goals.map((g) => g.kind)).toEqual(["task", "task"]);
  });
  it("a standard named by 要求 (按照…要求, 符合要求) asks for nothing", () => {
    expect(extractGoals("按照上级要求，镇里推进安置区建设，符合要求的项目已开工。", ctx)).toEqual([]);
  });
  it("计划实施的项目 and 实现…目标之后 are no goals", () => {
    expect(extractGoals("会议指出，明年计划实施的项目已经基本确定。", ctx)).toEqual([]);
    expect(extractGoals("“十四五”时期是实现第一个百年奋斗目标之后的第一个五年。", ctx)).toEqual([]);
  });
});

// Commitments by grammar (s10-goals): what makes a clause assigned work is its construction, not its verb. Sentences
// invented after the shapes of dev d38, d50, d53, d62 and of HELDOUT-CATEGORIES.md; each rule has a case it must not fire on.
describe("work on an object, pivots, frequencies and records", () => {
  const ctx = { issueDate: "2021-06-15", issueYear: 2021 };
  const texts = (s: string) => extractGoals(s, ctx).map((g) => [g.text, g.kind]);
  it("对 + object + 进行 + an act, in a directive, is a task; reported (进行了) or 针对… it is not", () => {
    expect(texts("开发区将对“清零”组、“清零”村进行表彰。")).toEqual([["对“清零”组、“清零”村进行表彰", "task"]]);
    expect(texts("今年以来，开发区对“清零”村进行了表彰。")).toEqual([]);
    expect(texts("会议要求，针对村里的主导产业、基础设施等方面进行详细研讨。")).toEqual([]);
  });
  it("a pivot (安排专人 + what they do) and a duty with a frequency are tasks", () => {
    expect(texts("社区将安排专人上门核查。")).toEqual([["安排专人上门核查", "task"]]);
    expect(texts("督查组每月要通报一次进度。")).toEqual([["每月要通报一次进度", "task"]]);
    expect(texts("督查组每月通报一次进度。")).toEqual([]);
  });
  it("a record the work produces ends a task whatever its verb; the record alone is a manner of working", () => {
    expect(texts("要对照考核要求，细化梳理问题清单。")).toEqual([["细化梳理问题清单", "task"]]);
    expect(texts("按照办法，住建部负责制定考核评分细则。")).toEqual([["制定考核评分细则", "task"]]);
    expect(texts("要摸清闲置宅基地底数。")).toEqual([["摸清闲置宅基地底数", "task"]]);
    expect(texts("要摸清底数，掌握户情民意。")).toEqual([]);
  });
  it("build verbs take facilities (酒店, 营地, 桥梁) as concrete objects", () => {
    expect(texts("县里将重点打造以研学、露营为主的滨湖营地。")).toEqual([["重点打造以研学、露营为主的滨湖营地", "task"]]);
    expect(texts("明年要修建两座桥梁。")).toEqual([["修建两座桥梁", "task"]]);
    expect(texts("要打造一流营商环境。")).toEqual([]);
  });
  it("a battle metaphor with its own noun names a drive", () => {
    expect(texts("要奋力打赢“百日攻坚”这场硬仗。")).toEqual([["奋力打赢“百日攻坚”这场硬仗", "task"]]);
  });
  it("进行基础设施建设 names a class of works, not one", () => {
    expect(texts("要进行基础设施建设。")).toEqual([]);
  });
});

describe("schedules, plans and their reports", () => {
  const ctx = { issueDate: "2021-06-15", issueYear: 2021 };
  const texts = (s: string) => extractGoals(s, ctx).map((g) => g.text);
  it("a deadline then 全部 + a verb, or a verb + 完毕, is a dated end state", () => {
    expect(texts("9月下旬厂房全部拆平。")).toEqual(["9月下旬厂房全部拆平"]);
    expect(texts("年底前各项手续办理完毕。")).toEqual(["年底前各项手续办理完毕"]);
  });
  it("a span of time + 完成 + an amount, with no modal, is what the span produced", () => {
    expect(texts("一季度完成整地83.6万亩，占任务的101.8%。")).toEqual([]);
    expect(texts("全年完成投资12亿元。")).toEqual([]);
    expect(texts("全年要完成投资12亿元。")).toEqual(["要完成投资12亿元"]);
  });
  it("an earlier plan reported on (原定…, …完成的目标) is no new goal", () => {
    expect(texts("原定6月底完成的目标，因疫情未能如期完成。")).toEqual([]);
  });
  it("计划 + any verb + its amount is a plan; 还需 + verb + count is what remains to do", () => {
    expect(texts("该市计划筹资3亿元。")).toEqual(["计划筹资3亿元"]);
    expect(extractGoals("目前还需搬迁12户。", ctx).map((g) => [g.text, g.kind])).toEqual([["还需搬迁12户", "target"]]);
  });
  it("预计 or 实现 after a year already over reports it; 达到了 reports", () => {
    expect(texts("预计2020年实现产值5亿元。")).toEqual([]);
    expect(texts("会议要求，2020年地方财政收入实现2496万元，完成任务的117%。")).toEqual([]);
    expect(texts("要将闲置资源转化为产业优势，村集体经济收入达到了300万元。")).toEqual([]);
    expect(texts("预计2022年实现产值5亿元。")).toEqual(["预计2022年实现产值5亿元"]);
  });
});

describe("a cue inside a quoted slogan", () => {
  const ctx = { issueDate: "2021-06-15", issueYear: 2021 };
  it("belongs to the slogan; someone's quoted speech may still commit", () => {
    expect(extractGoals("全镇坚持“力争上游、确保一流”的理念。", ctx)).toEqual([]);
    expect(extractGoals("要树立“争取一流”的意识。", ctx)).toEqual([]);
    expect(extractGoals("他说：“要确保年底完工。”", ctx).map((g) => g.text)).toEqual(["确保年底完工"]);
  });
});

describe("服务好/配合好 with a concrete object", () => {
  const ctx = { issueDate: "2021-06-15", issueYear: 2021 };
  it("服务好 a named thing is a task; 做好…工作 names nothing", () => {
    expect(extractGoals("要全力服务好钨电极、彩色包装袋等3个项目。", ctx).map((g) => g.kind)).toEqual(["task"]);
    expect(extractGoals("要做好安全宣传工作。", ctx)).toEqual([]);
  });
});

describe("session 10, second wave: horizons, reports of done work, open-ended work, meeting requirements", () => {
  const ctx = { issueDate: "2024-10-20", issueYear: 2024 };
  const got = (text: string) => extractGoals(text, ctx).map((g) => [g.text, g.kind, g.deadlineDate ?? null]);
  const texts = (text: string) => extractGoals(text, ctx).map((g) => g.text);
  it("目标任务是 + a time clause leads into the target; a time-only clause dates the completion after it", () => {
    expect(got("目标任务是到2025年年底，全镇80%的村达到美丽乡村标准。")).toEqual([
      ["目标任务是到2025年年底，全镇80%的村达到美丽乡村标准", "target", "2025-12-31"],
    ]);
    expect(got("到2025年年底，全部完成老旧小区改造。")).toEqual([["到2025年年底，全部完成老旧小区改造", "target", "2025-12-31"]]);
    expect(got("到2025年年底，要全部完成老旧小区改造。")[0]?.[1]).toBe("target");
    expect(got("到2025年年底，力争全镇80%的村达到美丽乡村标准。")[0]?.[2]).toBe("2025-12-31");
    // a time-only clause of a year already over is no plan
    expect(texts("截至2023年年底，全部完成老旧小区改造。")).toEqual([]);
  });
  it("numbered paragraphs under a frame that announces them are its points", () => {
    expect(texts("会议对下一步工作作出部署：\n一、全力打好秋冬战役。\n二、召开专题推进会。")).toEqual(["全力打好秋冬战役", "召开专题推进会"]);
    expect(texts("今年主要做法如下。\n一、全力打好秋冬战役。")).toEqual([]);
  });
  it("确保 + generic work on an orderly course, 谋划 + an unnamed batch, listed duties are no goals", () => {
    expect(texts("要确保各项工作平稳推进。")).toEqual([]);
    expect(texts("要确保医院项目建设快速有序推进。")).toEqual(["确保医院项目建设快速有序推进"]);
    expect(texts("要谋划好一批民生项目。")).toEqual([]);
    expect(texts("要谋划好碗窑、妙源等一批民生项目。")).toEqual(["谋划好碗窑、妙源等一批民生项目"]);
    expect(texts("各村要压实责任、完成任务。")).toEqual([]);
    expect(texts("各村要按时保质完成任务。")).toEqual(["要按时保质完成任务"]);
  });
  it("a named meeting to hold, a report to produce, an oversight of a named object, a list of works to build are tasks", () => {
    expect(texts("要召开专题推进会。")).toEqual(["召开专题推进会"]);
    expect(texts("要召开会议。")).toEqual([]);
    expect(texts("每月要形成进度报告向镇党委报告。")).toEqual(["形成进度报告向镇党委报告"]);
    expect(texts("镇纪委要加强对工程进度跟踪督查。")).toEqual(["镇纪委要加强对工程进度跟踪督查"]);
    expect(texts("各县级领导要对分管的项目加强督导。")).toEqual([]);
    expect(texts("明年将建设村道、文化礼堂、停车场、农贸市场等。")).toEqual(["建设村道、文化礼堂、停车场、农贸市场等"]);
    expect(texts("今年以来，镇里新建村道、文化礼堂、停车场等。")).toEqual([]);
  });
});
