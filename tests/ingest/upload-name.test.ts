import { describe, expect, it } from "vitest";
import { sanitiseUploadName } from "@/lib/validations/upload";

describe("sanitiseUploadName", () => {
  it("keeps the last path segment of a name that climbs or names a folder", () => {
    expect(sanitiseUploadName("../../../etc/passwd.txt")).toBe("passwd.txt");
    expect(sanitiseUploadName("..\\..\\windows\\今日柯城.txt")).toBe("今日柯城.txt");
    expect(sanitiseUploadName("/abs/path/2022-04-13.txt")).toBe("2022-04-13.txt");
  });

  it("drops control and bidi characters that would disguise a name on a page", () => {
    expect(sanitiseUploadName("a\u0000b\nc\r\t.txt")).toBe("abc.txt");
    expect(sanitiseUploadName("invoice\u202etxt.exe.txt")).toBe("invoicetxt.exe.txt");
  });

  it("names a file that is left with nothing, and caps the length", () => {
    expect(sanitiseUploadName("../..")).toBe("未命名.txt");
    expect(sanitiseUploadName("\u0001\u0002")).toBe("未命名.txt");
    expect(sanitiseUploadName(`${"长".repeat(500)}.txt`)).toHaveLength(200);
    expect(sanitiseUploadName("第1937期.txt")).toBe("第1937期.txt");
  });
});
