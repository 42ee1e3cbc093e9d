// Words that open a clause right after a township's name (新庄镇集中召开…, 弼时镇召开…, 某镇全面开展…, 桐城镇制定…):
// what follows the name is the township's doing, not a village or an office of it. One table, two readers:
// extract-places (a bare village name after a township) and extract-departments (an office after a township).
import { alternation, TASK_ADVERBS } from "./goal-cues";

// The goal rules' manner words (TASK_ADVERBS) and verbs of what a township holds or does.
export const TOWNSHIP_CLAUSE_OPENERS: readonly string[] = [...TASK_ADVERBS, "召开", "集中", "组织", "开展", "举行", "举办", "通过", "实现", "按照", "围绕"];

// Before an office only: verbs and prepositions that are also common village names (建设村, 和平村, 向阳村, 新建村,
// 创新村, 为民村), so the village reader cannot take them.
export const OFFICE_CLAUSE_OPENERS: readonly string[] = [
  ...TOWNSHIP_CLAUSE_OPENERS,
  ...["制定", "建设", "打造", "推进", "成立", "设立", "建立", "完善", "实施", "投入", "启动", "依托", "利用", "坚持", "聚焦", "不断"],
  ...["为", "对", "把", "将", "在", "以", "与", "和", "向", "结合", "创新", "探索", "深化", "强化", "加强", "提升", "落实"],
  ...["发挥", "打通", "新建", "改建", "扩建", "投资", "谋划", "筹建"],
];

export const TOWNSHIP_CLAUSE_OPENING = new RegExp(`^(?:${alternation(TOWNSHIP_CLAUSE_OPENERS)})`, "u");
export const OFFICE_CLAUSE_OPENING = new RegExp(`^(?:${alternation(OFFICE_CLAUSE_OPENERS)})`, "u");
