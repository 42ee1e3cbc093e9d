import { afterEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { errorResponse } from "@/app/api/_lib/respond";
import { AuthRequiredError } from "@/lib/auth/current-editor";
import { ReviewError } from "@/lib/review/review-items";
import { ZAddIndicatorSchema, ZReviewGoalSchema, ZReviewIndicatorSchema } from "@/lib/validations/review";
import { ZUploadSchema } from "@/lib/validations/upload";
import { describeZodError, ZH_PARSE } from "@/lib/validations/zod-messages";

// What an editor reads when a request is refused: Chinese, naming the field, with the HTTP status unchanged.
function problems(schema: { safeParse: (value: unknown, params: typeof ZH_PARSE) => { success: boolean; error?: ZodError } }, value: unknown): string {
  const result = schema.safeParse(value, ZH_PARSE);
  if (result.success || !result.error) throw new Error(`accepted: ${JSON.stringify(value)}`);
  return describeZodError(result.error);
}

const hasLatinWords = (text: string) => /\b(?:expected|invalid|received|must|should|input|required)\b/i.test(text);

async function answer(error: unknown): Promise<{ status: number; error: string }> {
  const response = errorResponse(error);
  return { status: response.status, error: ((await response.json()) as { error: string }).error };
}

describe("review and upload validation messages", () => {
  it("names each bad correction field in Chinese", () => {
    const text = problems(ZReviewIndicatorSchema, { action: "correct", id: 7, fields: { value: "七千五", unit: "", metric: "蔬".repeat(61) } });
    expect(text.split("；")).toEqual(["数值：应为数字", "单位：不能为空", "指标名称：最多 60 个字"]);
  });

  it("explains an unknown action, a missing id and a body that is not JSON", () => {
    expect(problems(ZReviewIndicatorSchema, { action: "delete", id: 7 })).toBe("操作：只能是 confirm、reject、correct 或 add");
    expect(problems(ZReviewIndicatorSchema, { action: "confirm" })).toBe("编号：应为正整数");
    expect(problems(ZReviewIndicatorSchema, null)).toBe("请求内容应为 JSON 对象");
    expect(problems(ZReviewGoalSchema, { action: "status", id: 3, status: "done" })).toBe("状态：只能是 未评估、进行中、已完成、未完成、逾期、无法判断");
  });

  it("asks for a selection of 1 to 40 characters when adding a number", () => {
    expect(problems(ZAddIndicatorSchema, { articleId: 1, start: 10, end: 10, fields: { value: 4, unit: "次" } })).toBe("请选择 1 到 40 个字");
    expect(problems(ZAddIndicatorSchema, { articleId: 1, start: 10, end: 13, fields: {} })).toBe("数值：应为数字；单位：不能为空");
  });

  it("words checks the schemas leave to zod in Chinese too", () => {
    const text = problems(ZAddIndicatorSchema, null);
    expect(text).toMatch(/[\u4e00-\u9fa5]/u);
    expect(hasLatinWords(text)).toBe(false);
    expect(problems(ZAddIndicatorSchema, { articleId: 1, start: 0, end: 3, fields: { value: 3, unit: "个", approx: 5 } })).toBe("近似：只能是 exact、about、over、under、range");
  });

  it("refuses empty uploads and non-.txt files in Chinese", () => {
    expect(problems(ZUploadSchema, { files: [] })).toBe("文件：上传里没有文件（表单字段 files）");
    expect(problems(ZUploadSchema, { files: ["not a file"] })).toBe("文件：应为上传的文件（表单字段 files）");
    expect(problems(ZUploadSchema, { files: [new File(["x"], "scan.pdf")] })).toBe("文件：只接受 .txt 报纸文本文件");
    expect(problems(ZUploadSchema, { files: Array.from({ length: 21 }, (_, i) => new File(["x"], `${i}.txt`)) })).toBe("文件：一次最多上传 20 个文件");
  });
});

describe("errorResponse", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("keeps the HTTP status and answers in Chinese", async () => {
    await expect(answer(new AuthRequiredError(401))).resolves.toEqual({ status: 401, error: "请先登录编辑账号（登录可能已过期）" });
    await expect(answer(new AuthRequiredError(403))).resolves.toEqual({ status: 403, error: "本站处于只读模式（未设置编辑密码），不能修改" });
    await expect(answer(new ReviewError("指标 123 不存在", 404))).resolves.toEqual({ status: 404, error: "指标 123 不存在" });
    const invalid = ZReviewIndicatorSchema.safeParse({ action: "confirm", id: -1 }, ZH_PARSE);
    await expect(answer(invalid.error)).resolves.toEqual({ status: 400, error: "编号：应为正整数" });
  });

  it("hides an unexpected error behind a generic 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(answer(new Error("SQLITE_BUSY: database is locked"))).resolves.toEqual({ status: 500, error: "服务器内部错误" });
    expect(logged).toHaveBeenCalledTimes(1);
  });
});
