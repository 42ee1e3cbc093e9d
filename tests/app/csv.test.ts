import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { csvChunks, csvResponse, requestOrigin } from "../../app/_lib/csv";

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* asyncOf<T>(...items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe("csvChunks", () => {
  const columns = [
    { header: "原文", cell: (row: { text: string }) => row.text },
    { header: "链接", cell: (row: { text: string }, origin: string) => `${origin}/a/${row.text.length}` },
  ];

  it("writes the header with the BOM, then each batch's lines, quoting cells and making links absolute", async () => {
    const csv = await collect(csvChunks(columns, asyncOf([{ text: "近300户" }], [], [{ text: '1,000 "份"' }]), { origin: "http://x" }));
    expect(csv).toBe('\uFEFF原文,链接\r\n近300户,http://x/a/5\r\n"1,000 ""份""",http://x/a/9\r\n');
  });

  it("yields no chunk for an empty batch", async () => {
    const chunks: string[] = [];
    for await (const chunk of csvChunks(columns, asyncOf([], [{ text: "一" }], []), { origin: "" })) chunks.push(chunk);
    expect(chunks).toEqual(["\uFEFF原文,链接\r\n", "一,/a/1\r\n"]);
  });
});

describe("csvResponse", () => {
  it("streams every chunk as UTF-8 text/csv, names the file in ASCII and in Chinese with today's date, and says the row count", async () => {
    const response = csvResponse(asyncOf("表头\r\n", "第一行\r\n", "第二行\r\n"), { ascii: "goals", chinese: "目标台账" }, { rowCount: 2 });
    const stamp = new Date().toISOString().slice(0, 10);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="goals-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`目标台账-${stamp}.csv`)}`,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-row-count")).toBe("2");
    expect(await response.text()).toBe("表头\r\n第一行\r\n第二行\r\n");
  });

  it("reads no further and closes the reads behind it when the client goes away", async () => {
    let pulled = 0;
    let closed = false;
    async function* chunks() {
      try {
        for (let i = 0; i < 100; i++) {
          pulled++;
          yield `${i}\r\n`;
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvResponse(chunks(), { ascii: "x", chinese: "x" }, { rowCount: 100 }).body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("0\r\n");
    await reader.cancel();
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(100);
  });
});

describe("requestOrigin", () => {
  const request = (headers: Record<string, string>) => new NextRequest("http://localhost:3000/api/indicators/csv", { headers });

  it("uses the Host the client sent, not nextUrl's rewritten one", () => {
    expect(requestOrigin(request({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
  });

  it("lets a proxy's forwarded host and first forwarded protocol win", () => {
    expect(requestOrigin(request({ host: "127.0.0.1:3000", "x-forwarded-host": "zhibiao.example", "x-forwarded-proto": "https, http" }))).toBe(
      "https://zhibiao.example",
    );
  });
});
