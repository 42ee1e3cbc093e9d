import { z, type ZodError } from "zod";

// Editors read validation errors in the UI, so they are Chinese. The schemas word the checks an editor can trip over;
// zod's zh-CN locale words the rest (a malformed request from a script), passed per parse so the CLI stays English.
export const ZH_PARSE = { error: z.locales.zhCN().localeError } as const;

// Request fields by name, for "数值：应为数字"; an unlisted path is shown as it is (fields.foo).
const FIELD_LABELS: Record<string, string> = {
  action: "操作",
  id: "编号",
  articleId: "文章编号",
  start: "选区起点",
  end: "选区终点",
  fields: "字段",
  value: "数值",
  valueMax: "上限",
  unit: "单位",
  approx: "近似",
  metric: "指标名称",
  township: "乡镇街道",
  department: "部门",
  campaign: "专项行动",
  status: "状态",
  evidence: "依据",
  files: "文件",
};

// One line per problem: "数值：应为数字；单位：不能为空".
export function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const key = [...issue.path].reverse().find((part) => typeof part === "string");
      const label = key !== undefined ? (FIELD_LABELS[key] ?? issue.path.join(".")) : null;
      return label ? `${label}：${issue.message}` : issue.message;
    })
    .join("；");
}
