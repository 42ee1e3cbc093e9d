import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/text/decode-text";
import { TextInputError } from "@/lib/text/errors";
import { seedBytes } from "./load-seed";

const SENTENCE = "本报讯（记者 楼郁馨）4月11日，区委先后召开常委会议和常委扩大会议。";

function refusal(bytes: Uint8Array, fileName = "seeds/x.txt"): TextInputError {
  try {
    decodeText(bytes, { fileName });
  } catch (error) {
    if (error instanceof TextInputError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("decodeText", () => {
  it("reads plain UTF-8 (the seeds)", () => {
    const decoded = decodeText(seedBytes("001"));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toContain("早田公司每天30吨蔬菜保供上海");
  });

  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SENTENCE)]);
    expect(decodeText(bytes)).toEqual({ text: SENTENCE, encoding: "utf-8-bom" });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(SENTENCE, "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(SENTENCE, "utf-16be")]);
    expect(decodeText(le)).toEqual({ text: SENTENCE, encoding: "utf-16le" });
    expect(decodeText(be)).toEqual({ text: SENTENCE, encoding: "utf-16be" });
  });

  it("detects GBK / GB18030 without being told", () => {
    const text = "衢州市柯城区融媒体中心编印\n\n" + SENTENCE + "“保5争3抢1”";
    const decoded = decodeText(new Uint8Array(iconv.encode(text, "gbk")));
    expect(decoded).toEqual({ text, encoding: "gb18030" });
    const gb18030 = decodeText(new Uint8Array(iconv.encode("𠀀" + SENTENCE, "gb18030")));
    expect(gb18030.text).toBe("𠀀" + SENTENCE);
  });

  it("refuses a binary file and says where the NUL byte is", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("今日柯城abc"), 0, 1, 2, 3]);
    const error = refusal(bytes);
    expect(error.code).toBe("binary");
    expect(error.message).toBe("seeds/x.txt: binary file (NUL bytes at offset 15), not a newspaper text");
  });

  it("reads UTF-16 without a byte-order mark in either byte order", () => {
    const text = "今日柯城\n2022年4月13日 第1937期\n本报讯（记者 王思）石梁镇梅山村……\n";
    expect(decodeText(new Uint8Array(iconv.encode(text, "utf-16le")))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(new Uint8Array(iconv.encode(text, "utf-16be")))).toEqual({ text, encoding: "utf-16be" });
  });

  it("hints at UTF-16 without a byte-order mark when the reading is not plain text", () => {
    const junk = String.fromCharCode(...Array.from({ length: 5 }, (_, i) => 0x0100 + i * 7));
    const error = refusal(new Uint8Array(iconv.encode("Kecheng daily, issue 1937: 本报讯" + junk, "utf-16le")));
    expect(error.code).toBe("binary");
    expect(error.message).toContain("UTF-16 without a byte-order mark?");
  });

  it("names well-known binary formats", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj");
    expect(refusal(pdf).message).toContain("PDF document");
    expect(refusal(pdf).code).toBe("binary");
  });

  it("refuses text full of control characters", () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(refusal(bytes).code).toBe("binary");
  });

  it("refuses empty and whitespace-only input", () => {
    expect(refusal(new Uint8Array()).code).toBe("empty");
    const blank = refusal(new TextEncoder().encode(" \n\r\n\u3000\t\n"));
    expect(blank.code).toBe("empty");
    expect(blank.message).toMatch(/^seeds\/x\.txt: empty/);
  });

  it("refuses bytes that are neither UTF-8 nor GB18030", () => {
    // Latin-1 prose: every accented byte is followed by ASCII, which GB18030 cannot pair.
    const latin1 = new Uint8Array(iconv.encode("Le café est très cher à Noël, déjà élevé. ".repeat(20), "latin1"));
    const error = refusal(latin1);
    expect(error.code).toBe("undecodable");
    expect(error.message).toMatch(/first invalid byte at offset 6/);
  });

  it("refuses a file over the size limit", () => {
    let code: string | undefined;
    try {
      decodeText(new Uint8Array(2048).fill(0x41), { fileName: "big.txt", maxBytes: 1024 });
    } catch (error) {
      if (error instanceof TextInputError) code = error.code;
    }
    expect(code).toBe("too-large");
  });
});
