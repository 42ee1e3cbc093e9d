// The stages a piece of building work passes, in order (issue #11 §3: a report often states the stage reached, 开工 /
// 主体完工 / 交工验收 / 通车, rather than a number). A goal names the stage it asks for (建成通车 asks for the work in use);
// a report names the stage it reached. Reached at or past the goal's stage is the goal met (桐溪大桥正式通车 meets 计划于
// 9月份全部完成: a bridge in use was built); short of it is partial (通过交工验收，具备通车条件 for 建成通车). Pure.
//
//   1 started     启动, 开工, 动工, 进场施工
//   2 structure   主体 / 结构 封顶 or 完工, 结顶, 合龙, 贯通 (the frame stands; the rest is to do)
//   3 built       建成, 完工, 竣工, 全部完成
//   4 ready       交工验收, 具备通车 / 使用 / 交付条件, 达到交付使用条件 (built and accepted, not yet in use)
//   5 in use      通车, 投用, 投入使用, 启用, 开通, 投运, 投产, 开业, 开园, 交付使用, 通水
//
// A stage word under a modal (即将通车, 有望今年底通车, 预计…投用) is a plan, not a stage reached; 具备通车条件 is stage 4,
// not 5, so the readiness patterns are read (and taken out) before the in-use ones.

export type WorkStage = 0 | 1 | 2 | 3 | 4 | 5;

// Ready for use (具备通车条件): stage 4 here, and no topic of a goal in link-evidence.ts.
export const READY_SOURCE = "具备(?:通车|使用|投用|运营|运行|交付|开园|开业)条件";

const LADDER: readonly { stage: WorkStage; re: RegExp }[] = [
  { stage: 4, re: new RegExp(`交工验收|${READY_SOURCE}|达到(?:交付)?使用条件`, "g") },
  { stage: 5, re: /通车|投用|投入(?:使用|运营|运行)|启用|开通|投运|投产|开业|开园|交付使用|通水|通气/g },
  { stage: 3, re: /建成|(?<!主体|结构|主体工程)(?:完工|竣工)|全部完成|全面完成|完成建设/g },
  { stage: 2, re: /主体(?:工程|结构)?(?:完工|完成|封顶|结顶|建成)|结构封顶|封顶|结顶|合龙|贯通/g },
  { stage: 1, re: /启动|开工|动工|开建|进场施工/g },
];

// A sentence that sets work or a target (要…, 将…, 确保…, 计划…) or expects one (有望…, 即将…): the linker reads it as a
// goal restated, with no outcome (link-evidence.ts), and a stage word a few characters after one as not reached.
// (完成年度计划的85% reports on a plan; 已将 is done)
export const PLAN_CUES = /(?<![重需主只必想紧纪摘概提首])要(?![求素点闻害])|(?<!已)将(?!近)|确保|力争|争取|(?<!年度|全年|既定|投资|年初|行动|工作|实施)计划(?!的|任务|目标|》)|务必|必须|预计|拟|有望|即将|预期/;
// A modal, a purpose or a negation before a stage word within a few characters: the stage is planned, aimed at or not
// reached (即将通车, 为按时完成建设任务, 尚未竣工).
const NOT_REACHED = new RegExp(`(?:${PLAN_CUES.source}|为了?|以便|需|须|未|没有|尚未|未能|不能|难以)[^，,。；;]{0,8}$`);

// The highest stage a text names, with its words: reached only (a stage under a modal or a negation is skipped), or any.
function highest(text: string, reachedOnly: boolean): { stage: WorkStage; word?: string } {
  let rest = text;
  let best: { stage: WorkStage; word?: string } = { stage: 0 };
  for (const { stage, re } of LADDER) {
    rest = rest.replace(re, (word: string, at: number) => {
      if (stage > best.stage && !(reachedOnly && NOT_REACHED.test(rest.slice(Math.max(0, at - 10), at)))) best = { stage, word };
      return " ".repeat(word.length);
    });
  }
  return best;
}

// The highest stage a text states as reached, with the words that state it (stage 0 when none).
export const stageReached = (text: string) => highest(text, true);

// The stage a goal asks for: the highest stage its words name, modals and all (力争年底前建成通车 asks for 5).
export const stageAsked = (goalText: string): WorkStage => highest(goalText, false).stage;
