import { describe, expect, it } from "vitest";
import { extractDepartments } from "@/lib/extract/extract-departments";

// Township bodies by grammar. Sentences from dev-split sources (tests/gold/dev/SOURCES.md), URL with each.
const found = (text: string) => extractDepartments(text).map((d) => [d.text, d.name, d.level ?? null, d.place ?? null, d.outside ?? false]);

// SHUANGJIE below is d63: http://www.tjbc.gov.cn/zwgk/zfxxgk/xxgk_zjyq/zjyq_xxgk_sjz/xxgk_fdzdgk_sjz/xxgk_nyncfz_sjz/xxgk_nynczc_sjz/202107/t20210702_5494549.html

describe("a township's body written with 和 between two nouns", () => {
  it("reads 双街镇农业和旅游办公室 as one body of another place", () => {
    // SHUANGJIE (d63)
    expect(found("近日,双街镇农业和旅游办公室组织召开年中农业工作会议。")).toEqual([
      ["双街镇农业和旅游办公室", "双街镇农业和旅游办公室", "township", "双街镇", true],
    ]);
  });

  it("does not join two bodies or a clause with 和", () => {
    expect(found("双街镇和杨村镇召开会议")).toEqual([]);
  });
});

describe("a bare 镇/乡 body is the township the text is about", () => {
  it("gives 镇农旅办 and 镇党委 to the one township elsewhere the text names", () => {
    // SHUANGJIE (d63)
    const text = "近日,双街镇农业和旅游办公室组织召开年中农业工作会议。今后,镇农旅办仍将全力落实好镇党委、政府工作部署。";
    expect(found(text).slice(1)).toEqual([
      ["镇农旅办", "镇农旅办", "township", "双街镇", true],
      ["镇党委", "镇党委", "township", "双街镇", true],
      ["政府", "镇政府", "township", "双街镇", true],
    ]);
  });

  it("gives a bare 镇 body in the county's text to the one county township it names", () => {
    // the frame of d63 with a township of the configured county
    expect(found("石梁镇召开会议。今后,镇农旅办将全力落实。")).toEqual([["镇农旅办", "石梁镇农旅办", "township", "石梁镇", false]]);
  });

  it("reads no building, title or word as a body", () => {
    // http://szb.jinrifangxian.com/content/2018-02/26/020320.html (d35): a destination
    expect(found("到县城,得一大早先划船到乡政府,然后乘坐唯一的班车")).toEqual([]);
    // SHUANGJIE (d63): a person's title
    expect(found("会上,镇武装部部长陈万刚对全镇农业工作作总结")).toEqual([]);
    // words after a bare 镇: 镇区, 镇域
    expect(found("双街镇的镇区面积扩大,镇域经济发展")).toEqual([]);
  });
});

describe("a township elsewhere followed by a clause", () => {
  it("reads no clause after a township as its office", () => {
    // https://thch813.com/archiver/tid-209681.html (d58): 桐城镇制定党群服务中心提档升级三年计划
    expect(found("闻喜县桐城镇。桐城镇制定党群服务中心提档升级三年计划")).toEqual([]);
  });
});
