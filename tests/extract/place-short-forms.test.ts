import { describe, expect, it } from "vitest";
import { findPlaces } from "@/lib/extract/extract-places";

// Short forms of divisions (浙江, 建德, 澧县). Sentences from dev-split sources (tests/gold/dev/SOURCES.md), URL with each.
const outside = (text: string) => findPlaces(text).outside.map((p) => [p.text, p.level, p.county]);

describe("short forms of provinces, cities and counties", () => {
  it("reads a province without its 省/自治区, but never the county's own province", () => {
    // https://freewechat.com/a/MzA4NDEyNTUwMA==/2649526991/1 (d11): 浙江 is the configured county's province
    expect(outside("今天下午,浙江召开全省深化“千万工程”建设新时代美丽乡村现场会。")).toEqual([]);
    // http://www.yongkangzx.com/ykmj/24193.html (d41) names other provinces bare
    expect(outside("引领农户发展种植业,产品远销陕西、山西、河北等地。").map((p) => p[0])).toEqual(["陕西", "山西", "河北"]);
  });

  it("reads a city's or county's short form once the text has written its full name", () => {
    // https://freewechat.com/a/MzA4NDEyNTUwMA==/2649526991/1 (d11)
    const text = "现场会在杭州市萧山区召开。建德成为杭州地区唯一一家获此殊荣的地区。近年来建德市紧紧围绕打造美丽中国“建德样板”的总目标";
    expect(outside(text).map((p) => p[0])).toEqual(["杭州市", "萧山区", "建德", "杭州", "建德市", "建德"]);
  });

  it("does not read a city's short form the text never writes in full, unless grammar marks a place", () => {
    // 杭州 alone may be a word of a name (杭州湾) as 长治 is of 长治久安
    expect(outside("建德成为杭州湾畔唯一一家获此殊荣的企业。")).toEqual([]);
    expect(outside("实现长治久安。")).toEqual([]);
    // the frame of d11 without 杭州市: 杭州地区 names the region
    expect(outside("建德成为杭州地区唯一一家获此殊荣的地区。").map((p) => p[0])).toEqual(["杭州"]);
  });

  it("reads a two-character county right before one of its townships", () => {
    // http://fzzkxw.com/index.php?a=shows&catid=81&id=12503 (d39)
    expect(outside("3月1日上午,澧县梦溪镇2019年党委会召开")).toEqual([
      ["澧县", "county", "澧县"],
      ["梦溪镇", "township", "澧县"],
    ]);
    // a two-character county name is read where a word starts, never inside one (示范县 is no 范县, 提高县级 no 高县)
    expect(outside("房县是")).toEqual([["房县", "county", "房县"]]);
    expect(outside("创成省级示范县,提高县级统筹")).toEqual([]);
  });
});
