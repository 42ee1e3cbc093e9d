import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../../lib/db/client";
import { readAllIndicatorsInSlices } from "../../lib/data/indicators/read-all-indicators-in-slices";
import { listIndicatorFilterOptions } from "../../lib/data/indicators/list-indicator-filter-options";
import { listIndicators } from "../../lib/data/indicators/list-indicators";
import { indicatorFiltersToQuery, parseIndicatorFilters, type TIndicatorFilters } from "../../lib/validations/indicator-filters";
import { csvCell } from "../../app/_lib/csv";
import { indicatorCsvChunks } from "../../app/_components/indicator-csv";
import type { IndicatorRow } from "../../lib/data/indicators/indicator-rows";
import { readIndicatorRows } from "../support/read-indicator-rows";
import { createFixtureDb, type Fixture, type SeededIndicator } from "./indicators-fixture";

let fixture: Fixture;
let visible: SeededIndicator[];

beforeAll(async () => {
  fixture = await createFixtureDb(getDb, { bulk: true });
  visible = fixture.indicators.filter((i) => i.review !== "rejected");
}, 60_000);
afterAll(async () => {
  await fixture?.cleanup();
});

function parse(query: string): TIndicatorFilters {
  const result = parseIndicatorFilters(new URLSearchParams(query));
  if (!result.success) throw new Error(result.problems.join("; "));
  return result.filters;
}

// The export's text for rows already read (the file the route streams, with the same column table).
async function indicatorsToCsv(rows: IndicatorRow[] | AsyncIterable<IndicatorRow[]>, options: { origin: string }): Promise<string> {
  let csv = "";
  for await (const chunk of indicatorCsvChunks(Array.isArray(rows) ? [rows] : rows, options)) csv += chunk;
  return csv;
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

describe("parseIndicatorFilters", () => {
  it("reads filters from the URL, dropping blank fields a GET form sends", () => {
    expect(parse("township=石梁镇&department=&unit=吨&from=2022-01-01&q=+蔬菜+&page=2")).toEqual({
      township: "石梁镇",
      unit: "吨",
      from: "2022-01-01",
      q: "蔬菜",
      page: 2,
    });
  });

  it("explains invalid params instead of throwing", () => {
    const result = parseIndicatorFilters(new URLSearchParams("from=2022-13-01&page=0&sort=size&dir=up"));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.problems).toHaveLength(4);
    expect(result.problems.join("\n")).toMatch(/起始日期/);
    expect(result.problems.join("\n")).toMatch(/页码/);
  });

  it("keeps the valid fields of an invalid query so the form can show them", () => {
    const result = parseIndicatorFilters(new URLSearchParams("township=石梁镇&from=2022-02-30"));
    expect(result.success).toBe(false);
    expect(result.filters).toEqual({ township: "石梁镇" });
  });

  it("refuses a date range that ends before it starts", () => {
    const result = parseIndicatorFilters(new URLSearchParams("from=2022-05-01&to=2022-04-01"));
    expect(result.success).toBe(false);
  });

  it("round-trips through the query string", () => {
    const filters = parse("township=石梁镇&sort=value&dir=asc&q=30吨");
    expect(parse(indicatorFiltersToQuery(filters))).toEqual(filters);
  });
});

describe("listIndicators", () => {
  it("pages by 50, newest issue first, undated issues last, and leaves out rejected rows", async () => {
    const first = await listIndicators({});
    expect(first.total).toBe(visible.length);
    expect(first.total).toBeGreaterThan(50);
    expect(first.rows).toHaveLength(50);
    expect(first.pageCount).toBe(Math.ceil(visible.length / 50));
    const second = await listIndicators({ page: 2 });
    expect(second.rows).toHaveLength(visible.length - 50);
    const all = [...first.rows, ...second.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(visible.length);
    expect(all.some((r) => r.text === "20万元")).toBe(false);

    const dates = all.map((r) => r.issueDate);
    const firstNull = dates.indexOf(null);
    expect(firstNull).toBeGreaterThan(0);
    expect(dates.slice(firstNull).every((d) => d === null)).toBe(true);
    const dated = dates.slice(0, firstNull) as string[];
    expect(dated).toEqual([...dated].sort().reverse());
  });

  it("shows the last page for a page number past the end", async () => {
    const page = await listIndicators({ page: 99 });
    expect(page.page).toBe(page.pageCount);
    expect(page.rows.length).toBeGreaterThan(0);
  });

  it("filters by township: only 石梁镇's rows, the 30吨 of vegetables a day among them", async () => {
    const result = await listIndicators(parse("township=石梁镇"));
    const expected = visible.filter((i) => i.township === "石梁镇");
    expect(ids(result.rows)).toEqual(ids(expected));
    expect(result.rows.every((r) => r.township === "石梁镇")).toBe(true);
    const tons = result.rows.find((r) => r.text === "30吨");
    expect(tons).toMatchObject({ value: 30, unit: "吨", metric: "日供新鲜蔬菜", articleTitle: "早田公司每天30吨蔬菜保供上海" });
    expect(tons?.sentence).toBe("据了解，该公司日供新鲜蔬菜30吨，可满足5000余户上海居民的生活需求。");
    expect(tons?.anchor).toBe(`/articles/${fixture.articleIds.zaotian}#m-indicator-${tons?.id}`);
  });

  it("filters by department, campaign and unit, and combines them", async () => {
    const department = await listIndicators(parse("department=区发改局"));
    expect(ids(department.rows)).toEqual(ids(visible.filter((i) => i.department === "区发改局")));
    expect(department.total).toBeGreaterThan(1);

    const campaign = await listIndicators(parse("campaign=保供上海"));
    expect(campaign.rows.map((r) => r.text).sort()).toEqual(["30吨", "5000余户"]);

    const households = await listIndicators(parse("unit=户&township=黄家街道"));
    expect(ids(households.rows)).toEqual(ids(visible.filter((i) => i.unit === "户" && i.township === "黄家街道")));
    expect(households.rows.map((r) => r.text)).toEqual(["近300户"]);
  });

  it("filters by issue date range, both ends included", async () => {
    const april = await listIndicators(parse("from=2022-04-13&to=2022-04-13"));
    expect(ids(april.rows)).toEqual(ids(visible.filter((i) => i.issueDate === "2022-04-13")));
    const since = await readIndicatorRows(parse("from=2022-01-01"));
    expect(ids(since)).toEqual(ids(visible.filter((i) => i.issueDate !== null && i.issueDate >= "2022-01-01")));
    expect(since.some((r) => r.issueDate === "2021-11-16")).toBe(false);
  });

  it("finds text in the metric, in the number as written, or in the sentence", async () => {
    const metric = await listIndicators(parse("q=完成率"));
    expect(metric.rows.map((r) => r.text)).toContain("100%");
    expect(metric.rows.every((r) => r.metric?.includes("完成率") || r.text.includes("完成率") || r.sentence.includes("完成率"))).toBe(true);

    const written = await listIndicators(parse("q=余户"));
    expect(ids(written.rows)).toEqual(ids(visible.filter((i) => i.text.includes("余户") || i.metric?.includes("余户") || i.sentence.includes("余户"))));

    const sentence = await listIndicators(parse("q=上海居民"));
    expect(ids(sentence.rows)).toEqual(ids(visible.filter((i) => i.sentence.includes("上海居民") || i.metric?.includes("上海居民"))));
    expect(sentence.total).toBeGreaterThan(0);

    // % means itself, not a LIKE wildcard.
    const percent = await listIndicators(parse("q=%"));
    expect(percent.rows.length).toBeGreaterThan(0);
    expect(percent.rows.every((r) => r.text.includes("%") || r.sentence.includes("%"))).toBe(true);
    const none = await listIndicators(parse("q=不存在的词"));
    expect(none.total).toBe(0);
  });

  it("sorts by value and unit in both directions", async () => {
    const ascending = await readIndicatorRows(parse("sort=value&dir=asc"));
    const values = ascending.map((r) => r.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const descending = await readIndicatorRows(parse("sort=value&dir=desc"));
    expect(descending.map((r) => r.value)).toEqual([...values].sort((a, b) => b - a));

    const units = (await readIndicatorRows(parse("sort=unit"))).map((r) => r.unit);
    expect(units).toEqual([...units].sort());
    const unitsDesc = (await readIndicatorRows(parse("sort=unit&dir=desc"))).map((r) => r.unit);
    expect(unitsDesc).toEqual([...units].sort().reverse());

    const oldest = await readIndicatorRows(parse("sort=date&dir=asc"));
    expect(oldest[0].issueDate).toBe("2021-11-16");
    // Within an issue, the paper's reading order: article by article, then by position in the text.
    const april = (await readIndicatorRows(parse("sort=date&from=2022-04-13&to=2022-04-13"))).map((r) => [r.articleId, fixture.indicators.find((i) => i.id === r.id)!.start]);
    expect(april).toEqual([...april].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it("offers only townships, departments, campaigns and units that have indicators", async () => {
    const options = await listIndicatorFilterOptions();
    expect(options.townships.map((o) => o.value).sort()).toEqual(["石梁镇", "黄家街道"]);
    // 石室乡 has a mention but no indicator.
    expect(options.townships.some((o) => o.value === "石室乡")).toBe(false);
    expect(options.townships.find((o) => o.value === "石梁镇")?.count).toBe(visible.filter((i) => i.township === "石梁镇").length);
    expect(options.departments.map((o) => o.value).sort()).toEqual(["区发改局", "区经信局"]);
    expect(options.units.find((o) => o.value === "户")?.count).toBe(visible.filter((i) => i.unit === "户").length);
    // The only 元 row was rejected in review.
    expect(options.units.some((o) => o.value === "元")).toBe(false);
    expect(options.minDate).toBe("2021-11-16");
    expect(options.maxDate).toBe("2022-05-25");
  });
});

describe("CSV export", () => {
  // A small RFC 4180 reader, enough to check quoting round-trips.
  function parseCsv(csv: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const c = csv[i];
      if (quoted) {
        if (c === '"' && csv[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
        continue;
      }
      if (c === '"') quoted = true;
      else if (c === ",") {
        row.push(cell);
        cell = "";
      } else if (c === "\r" && csv[i + 1] === "\n") {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = "";
        i++;
      } else cell += c;
    }
    return rows;
  }

  it("writes exactly the filtered rows of all pages, each with its sentence and an absolute link", async () => {
    const filters = parse("q=户");
    const page = await listIndicators(filters);
    const rows = await readIndicatorRows(filters);
    expect(rows).toHaveLength(page.total);
    // The route's path: the CSV written slice by slice as the sliced reader gives them.
    const csv = await indicatorsToCsv((await readAllIndicatorsInSlices(filters)).slices, { origin: "http://example.test" });
    expect(csv.startsWith("\uFEFF数值原文,")).toBe(true);
    const table = parseCsv(csv.slice(1));
    const [header, ...body] = table;
    expect(body).toHaveLength(page.total);
    const link = header.indexOf("链接");
    const sentence = header.indexOf("原句");
    for (const [index, row] of rows.entries()) {
      expect(body[index][link]).toBe(`http://example.test/articles/${row.articleId}#m-indicator-${row.id}`);
      expect(body[index][sentence]).toBe(row.sentence);
    }
    const all = await readIndicatorRows({});
    expect(all).toHaveLength(visible.length);
    expect(parseCsv((await indicatorsToCsv(all, { origin: "" })).slice(1))).toHaveLength(visible.length + 1);
  });

  it("writes each row's review as the explorer's badge says it; rejected rows only with rejected=show", async () => {
    const review = (csv: string) => {
      const [header, ...body] = parseCsv(csv.slice(1));
      const column = header.indexOf("审核");
      expect(column).toBeGreaterThan(-1);
      return body.map((row) => [row[0], row[column]]);
    };
    // The only 元 row was rejected: hidden by default, listed as 已拒绝 when asked for, as on the page.
    for (const query of ["unit=元", "unit=元&rejected=show"]) {
      const filters = parse(query);
      const page = await listIndicators(filters);
      const csv = review(await indicatorsToCsv(await readIndicatorRows(filters), { origin: "" }));
      expect(csv.map(([text]) => text), query).toEqual(page.rows.map((row) => row.text));
    }
    expect(review(await indicatorsToCsv(await readIndicatorRows(parse("unit=元")), { origin: "" }))).toEqual([]);
    expect(review(await indicatorsToCsv(await readIndicatorRows(parse("unit=元&rejected=show")), { origin: "" }))).toEqual([["20万元", "已拒绝"]]);
    const machine = await readIndicatorRows(parse("township=石梁镇"));
    expect(new Set(review(await indicatorsToCsv(machine, { origin: "" })).map(([, label]) => label))).toEqual(new Set(["机器提取"]));
    // Every state an editor can leave behind has its Chinese label.
    const states = { confirmed: "已确认", corrected: "已更正", added: "人工添加", rejected: "已拒绝", machine: "机器提取" };
    const rows = Object.keys(states).map((state) => ({ ...machine[0], text: state, review: state }));
    expect(review(await indicatorsToCsv(rows, { origin: "" }))).toEqual(Object.entries(states));
  });

  it("keeps the paper's wording and the approximation", async () => {
    const rows = await readIndicatorRows(parse("township=石梁镇&q=5000余户"));
    const csv = await indicatorsToCsv(rows, { origin: "http://x" });
    expect(csv).toContain("\r\n5000余户,5000,,户,以上,");
  });

  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvCell("据了解，该公司日供新鲜蔬菜30吨")).toBe("据了解，该公司日供新鲜蔬菜30吨");
    expect(csvCell('1,000 "份"')).toBe('"1,000 ""份"""');
    expect(csvCell("两行\n文字")).toBe('"两行\n文字"');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
  });
});

describe("core and incidental numbers (issue #11 §2)", () => {
  it("lists core numbers by default and all with incidental=show", async () => {
    const db = getDb();
    const one = visible[0];
    await db.indicator.update({ where: { id: one.id }, data: { core: false } });
    try {
      const core = await readIndicatorRows(parse(""));
      expect(ids(core)).not.toContain(one.id);
      expect(core).toHaveLength(visible.length - 1);
      const all = await readIndicatorRows(parse("incidental=show"));
      expect(ids(all)).toEqual(ids(visible));
      expect(indicatorFiltersToQuery(parse("incidental=show&unit=吨"))).toBe("unit=%E5%90%A8&incidental=show");
    } finally {
      await db.indicator.update({ where: { id: one.id }, data: { core: true } });
    }
  });
});
