import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { campaignKey, extractCampaigns } from "@/lib/extract/extract-campaigns";
import { CAMPAIGNS } from "@/lib/gazetteer";

const SEEDS = "seeds";
const seedText = (prefix: string) => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return readFileSync(`${SEEDS}/${file}`, "utf8");
};

const show = (text: string) => extractCampaigns(text).map((c) => [c.text, c.name, c.kind]);

describe("extractCampaigns on seed sentences", () => {
  it("seed 004: quoted drive with its suffix, city and district drives side by side", () => {
    const s = "以市委“六治六提”作风建设行动和区委“六比六晒”活动为抓手，聚焦服务企业、服务群众";
    const found = extractCampaigns(s);
    expect(show(s)).toEqual([
      ["“六治六提”作风建设行动", "六治六提", "drive"],
      ["“六比六晒”活动", "六比六晒", "drive"],
    ]);
    for (const c of found) expect(s.slice(c.start, c.end)).toBe(c.text);
    expect(found[0].start).toBe(3);
  });

  it("seed 004: competition names with 、 inside the quotes", () => {
    const s = "7月29日，柯城区举行部门(单位)“两专赛马、晾晒比拼”擂台赛。";
    expect(show(s)).toEqual([["“两专赛马、晾晒比拼”擂台赛", "两专赛马、晾晒比拼擂台赛", "competition"]]);
  });

  it("seed 001: a quoted reform and an unquoted one", () => {
    const s = "高标准、高质量推进“大综合一体化”行政执法改革和数字化改革，努力争取更多改革试点";
    expect(show(s)).toEqual([
      ["“大综合一体化”行政执法改革", "大综合一体化行政执法改革", "reform"],
      ["数字化改革", "数字化改革", "reform"],
    ]);
  });

  it("seed 000/001: named projects, including one split by a space in the headline", () => {
    expect(show("截至11月15日22时，黄家片区下刘、四都刘村房屋征收入户调查完成率达100%")).toEqual([
      ["黄家片区下刘、四都刘村房屋征收", "黄家片区下刘、四都刘村房屋征收", "project"],
    ]);
    const headline = "打好打赢今年征收“第一仗” 我区召开城北片区宫宝宿舍地块 国有土地上房屋征收动员会";
    expect(show(headline)).toEqual([
      ["城北片区宫宝宿舍地块 国有土地上房屋征收", "宫宝宿舍地块国有土地上房屋征收", "project"],
    ]);
  });

  it("seed 000: the zone drive in both spellings is one campaign", () => {
    const a = extractCampaigns("柯城区高质量发展建设四省边际共同富裕示范区领导小组第一次会议召开");
    const b = extractCampaigns("全力打造四省边际共同富裕先行示范区，加快形成一批具有柯城辨识度的共同富裕先行示范样板。");
    expect(a.map((c) => c.kind)).toEqual(["zone"]);
    expect(b.map((c) => c.text)).toEqual(["四省边际共同富裕先行示范区"]);
    expect(a[0].key).toBe(b[0].key);
  });

  it("seed 003: a list of quoted reforms sharing 等改革", () => {
    const s =
      "深化农村宅基地“三权分置”“农村集体产权制度”“三位一体”“两山银行”“城乡融合体制机制”等改革，健全“两进两回”长效机制";
    expect(extractCampaigns(s).map((c) => [c.text, c.name, c.kind])).toEqual([
      ["“三权分置”", "三权分置改革", "reform"],
      ["“农村集体产权制度”", "农村集体产权制度改革", "reform"],
      ["“三位一体”", "三位一体改革", "reform"],
      ["“两山银行”", "两山银行改革", "reform"],
      ["“城乡融合体制机制”", "城乡融合体制机制改革", "reform"],
    ]);
  });

  it("seed 003: numbered names are campaigns, not quantities", () => {
    const s = "深入实施“两专工程”，以村书记“510”管理工程和“模块PK”为抓手";
    expect(show(s)).toEqual([
      ["“两专工程”", "两专工程", "drive"],
      ["村书记“510”管理工程", "510管理工程", "drive"],
    ]);
    expect(show("全力推动“141”体系与“152”体系全面贯通")).toEqual([
      ["“141”体系", "141体系", "reform"],
      ["“152”体系", "152体系", "reform"],
    ]);
  });

  it("a quoted phrase with a campaign suffix not in the lexicon is found by pattern", () => {
    const [c] = extractCampaigns("全面开展“清廉村居”专项行动。");
    expect(c).toMatchObject({ text: "“清廉村居”专项行动", name: "清廉村居专项行动", key: "清廉村居", kind: "drive" });
  });
});

describe("not every quoted phrase is a campaign", () => {
  it.each([
    ["slogans", "确保今年目标“保5争3抢1”。"],
    ["nicknames and teams", "“红色娘子军”“衢州有礼”行动队队员周美芳和吴根英一道"],
    ["quoted wishes", "我们在努力实现上海居民‘蔬菜自由’的同时"],
    ["spirit slogans", "大力发扬“两勤”“两专”精神"],
    ["an action plan is not an action", "对标全省共同富裕指标体系、山区26县考核体系和我区行动计划目标体系"],
    ["one-character heads", "二要探索“大改革”，深化卫生健康数字"],
    ["apps", "以“邻礼通”“四维”等应用为载体"],
  ])("%s", (_label, text) => {
    expect(extractCampaigns(text)).toEqual([]);
  });
});

describe("merge keys", () => {
  it("merges one campaign across quotes, brackets, suffixes and spacing", () => {
    const forms = ["六治六提", "“六治六提”", "六治六提专项行动", "“六治六提”作风建设行动", "（六治六提）", " 六治 六提 "];
    expect(new Set(forms.map(campaignKey))).toEqual(new Set(["六治六提"]));
  });

  it("merges the village/community contests and keeps different contests apart", () => {
    const same = ["村社“擂台赛”", "“村社比拼、固本强基”擂台赛", "村社比拼"].map(campaignKey);
    expect(new Set(same).size).toBe(1);
    expect(campaignKey("“互看互学互比”擂台赛")).toBe(campaignKey("“互看互学互比”现场会"));
    expect(campaignKey("互看互学互比")).not.toBe(campaignKey("村社比拼"));
    expect(campaignKey("乡街治理大比拼")).not.toBe(campaignKey("互看互学互比"));
  });

  it("every lexicon entry has a distinct key", () => {
    const keys = CAMPAIGNS.map((c) => campaignKey(c.name));
    expect(new Set(keys).size).toBe(CAMPAIGNS.length);
  });
});

describe("across the five seeds", () => {
  const all = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ seed: f.slice(0, 3), text: readFileSync(`${SEEDS}/${f}`, "utf8") }));

  it("every span slices to its text and no two mentions overlap", () => {
    for (const { text } of all) {
      const found = extractCampaigns(text);
      for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
      for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    }
  });

  it("gives one campaign per real campaign across issues", () => {
    const byKey = new Map<string, Set<string>>();
    for (const { seed, text } of all) {
      for (const c of extractCampaigns(text)) {
        if (!byKey.has(c.key)) byKey.set(c.key, new Set());
        byKey.get(c.key)!.add(seed);
      }
    }
    // 六治六提 appears in 002 (banner) and 004 (three times, one split across a page break).
    expect([...byKey.get(campaignKey("六治六提"))!].sort()).toEqual(["002", "004"]);
    expect([...byKey.get(campaignKey("互看互学互比"))!].sort()).toEqual(["002", "004"]);
    expect([...byKey.get(campaignKey("四省边际共同富裕示范区"))!].sort()).toEqual(["000", "001", "003"]);
    expect([...byKey.get(campaignKey("高耗低效企业整治"))!].sort()).toEqual(["002", "004"]);
    // Names never differ within one key.
    for (const { text } of all) {
      const names = new Map<string, string>();
      for (const c of extractCampaigns(text)) {
        expect(names.get(c.key) ?? c.name).toBe(c.name);
        names.set(c.key, c.name);
      }
    }
  });

  it("finds the banner competition of seed 000", () => {
    const found = extractCampaigns(seedText("000"));
    expect(found.at(-1)).toMatchObject({ text: "六抓六比 八大竞赛", kind: "competition" });
  });
});
