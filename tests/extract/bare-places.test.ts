import { describe, expect, it } from "vitest";
import { findPlaces } from "@/lib/extract/extract-places";

// Other places' cities, counties and townships written without their suffix, read where grammar marks a place.
// Sentences from dev-split sources (tests/gold/dev/SOURCES.md, URL with each) or invented in the held-out categories'
// manner (tests/gold/HELDOUT-CATEGORIES.md).
const outside = (text: string) => findPlaces(text).outside.map((p) => [p.text, p.level, p.county]);
const names = (text: string) => findPlaces(text).outside.map((p) => p.text);

describe("bare names of cities and counties", () => {
  it("reads one in a dateline", () => {
    // https://m.folksfolks.com/ly/2024-01/26/content_31508586.htm (d43)
    expect(outside("东南网龙岩1月26日讯(通讯员 郑")).toEqual([["龙岩", "city", null]]);
    expect(names("本报建德讯 昨天")).toEqual(["建德"]);
  });

  it("reads the items of a list of places, or of a list that ends in a collective of places", () => {
    expect(names("招商小分队先后在苏州、无锡、常州等地对接企业")).toEqual(["苏州", "无锡", "常州"]);
    expect(names("分别在上海、苏州两地开设招商驿站")).toEqual(["上海", "苏州"]);
    // …but not a list of words one of which is also a county's bare name
    expect(names("坚持安全、高效、长治久安")).toEqual([]);
  });

  it("reads one before 地区, unless its two characters are the vocabulary of geography", () => {
    // http://jxxznews.zjol.com.cn/xznews/system/2013/09/03/016884540.shtml (d05)
    expect(outside("作为嘉兴地区两个入围最终评选名单")).toEqual([["嘉兴", "city", null]]);
    expect(names("平原地区和中原地区的麦田")).toEqual([]);
  });

  it("reads both ends of a route between places", () => {
    expect(names("苏州至无锡城际铁路开工")).toEqual(["苏州", "无锡"]);
  });

  it("reads one next to a division it lies in or that lies in it, which tells which one", () => {
    // http://cnenc.net/b1635569.html (d55)
    expect(outside("近年,资阳乐至县通旅镇在做大蚕桑产业的同时")).toEqual([
      ["资阳", "city", null],
      ["乐至县", "county", "乐至县"],
      ["通旅镇", "township", "乐至县"],
    ]);
    // http://zjnews.zjol.com.cn/05zjnews/system/2010/10/18/017010168.shtml (d13)
    expect(names("从今天起,建德寿昌镇的3.39万老百姓")).toEqual(["建德", "寿昌镇"]);
  });

  it("reads a two-character county where a word starts, never inside one", () => {
    // https://cmjoys.com/lvyouzixun/show/2623 (d50)
    // the second 沛县 follows a verb's character (推动沛县): not read, as 示范县 is not
    expect(names("沛县:“三重一大”推动沛县经济提速前行")).toEqual(["沛县"]);
    expect(names("创成省级示范县,提高县级统筹")).toEqual([]);
  });

  it("does not read a short form inside a medium's or a body's name", () => {
    expect(names("来源:婺城新闻网")).toEqual([]);
    expect(names("(开化县融媒体中心供图) 开化融媒记者")).toEqual(["开化县"]);
  });
});

describe("bare townships of a county the text names", () => {
  it("reads them right after their county, and in a list of the county's townships", () => {
    expect(names("三年后建德寿昌大变样。建德市委")).toEqual(["建德", "寿昌", "建德市"]);
    // http://zhongtushe.com/html/zhongtuxiaoxi/diquxinwen/yunnan/2009/0805/392306.html (d74): 滇源 and 阿子营 are
    // written in full (…镇) elsewhere in the text, so only 双龙 and 松华 are new here
    const text = "盘龙区负责对水源保护区范围内的双龙、松华、滇源、阿子营四个乡(镇)实施管理。嵩明县滇源镇、阿子营镇";
    expect(names(text).filter((n) => n === "双龙" || n === "松华")).toEqual(["双龙", "松华"]);
  });

  it("does not read a site named after a township as the township", () => {
    expect(names("并成立盘龙区松华坝水源保护区管理委员会。")).toEqual(["盘龙区", "松华坝水源保护区"]);
  });
});

describe("villages named without 村 in a counted list of a kind of village", () => {
  it("reads the items of 甲、乙、丙等N个特色村", () => {
    // http://www.jdnews.com.cn/xzfc/lj/content/2014-08/01/content_5598896.html (d01)
    expect(names("先后完成马目、施家、联和等5个特色村建设")).toEqual(["马目", "施家", "联和"]);
  });
});

describe("sites and zones by head word", () => {
  it("reads a zone named by a place or a city's or county's bare name before its head", () => {
    // https://td.fyun.cc/detail/2226061c0e391f81b68edb086abbbd09bc15ac0d.html (d09), http://jingzhou.cjyun.org/p/199995.html
    // (d22): the bare name starts a word
    expect(names("又紧靠开化工业园区")).toEqual(["开化工业园区"]);
    expect(names("下午,荆州开发区召开会议")).toEqual(["荆州开发区"]);
    // 共同富裕产业园 (seed 002) holds 富裕, a county's bare name, inside a word
    expect(names("谋划共同富裕产业园建设")).toEqual([]);
  });

  it("reads a name the text marks before a head that never stands alone, but not a kind", () => {
    expect(names("我的家乡地处黄龙滩库区腹地")).toEqual(["黄龙滩库区"]);
    expect(names("标准化卫生室、集中安置点污水处理")).toEqual([]);
    expect(names("负责对水源保护区范围内的管理")).toEqual([]);
  });

  it("reads a compound's own name between its village and 小区, and a site named after the county's township", () => {
    const places = (text: string) => findPlaces(text).places.map((p) => [p.name, p.level, p.township]);
    expect(places("新荷社区荷苑小区")).toEqual([
      ["新荷社区", "community", "荷花街道"],
      ["荷苑小区", "area", "荷花街道"],
    ]);
    // in the township in a text about the county (one that names the county or its places elsewhere); in a text about
    // another county, or one that names no place but the site, in no township of the county
    expect(places("石梁镇以石梁溪为中轴线")).toContainEqual(["石梁溪", "area", "石梁镇"]);
    expect(places("以石梁溪为中轴线")).toEqual([["石梁溪", "area", undefined]]);
    expect(places("宁波市北仑区石梁港码头")).toEqual([["石梁港", "area", undefined]]);
  });
});

describe("townships, areas and village words elsewhere (s10b-places)", () => {
  it("reads a township whose name ends like a common word where the text marks it", () => {
    // http://lsrb.lsxw.net.cn/Article/index/aid/1685670.html (d83): its bodies after it
    expect(names("本报讯  近日,南集镇通过国家级卫生镇创建考核。近年来,南集镇党委政府始终紧扣")).toEqual(["南集镇", "南集镇"]);
    // bhfrk.com (d76): in a list next to another township
    expect(names("曲阜市姚村镇、陵城镇,邹城市城前镇")).toContain("陵城镇");
    // …its county named in the text (d75)
    expect(outside("胶州市委书记到铺集镇调研")).toContainEqual(["铺集镇", "township", "胶州市"]);
    // …but not the common words it ends in, nor a name that starts inside another word
    expect(names("位于集镇区的商户回到家乡")).toEqual([]);
    expect(names("推进小城镇建设,在新城镇落户")).toEqual([]);
  });

  it("reads an area named after a township the text names, written bare", () => {
    // http://www.wmxa.cn (d77): 楼观新区 beside 楼观镇
    expect(names("县长在楼观新区现场调研。楼观新区工委、楼观镇主要领导参加")).toEqual(["楼观新区", "楼观新区", "楼观镇"]);
    // …and not when the text names no such township
    expect(names("县长在楼观新区现场调研")).toEqual([]);
  });

  it("reads a township the data writes with its county before it by its own name", () => {
    expect(outside("张三到胡状镇调研")).toEqual([["胡状镇", "township", "濮阳县"]]);
  });

  it("reads no village in 嘎查村, the generic 'gacha and village', nor a determiner after a township", () => {
    expect(names("深入嘎查村走访,在嘎查村建立")).toEqual([]);
    expect(names("阿拉善左旗巴彦浩特镇各嘎查村")).toEqual(["阿拉善左旗", "巴彦浩特镇"]);
  });
});
