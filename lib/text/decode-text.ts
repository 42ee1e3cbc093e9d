import iconv from "iconv-lite";
import { TextInputError } from "./errors";
import type { DecodedText, TextEncoding } from "./types";

export type DecodeTextOptions = { fileName?: string; maxBytes?: number };

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
// Share of control characters (other than tab/LF/CR/FF) above which the input is not text.
const MAX_CONTROL_RATIO = 0.01;
// Share of unmappable or private-use characters tolerated in a GB18030 reading.
const MAX_BAD_GB_RATIO = 0.005;

// Signatures of formats people upload by mistake, so the refusal can say what the file is.
const MAGIC: Array<{ bytes: number[]; name: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], name: "PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP archive (e.g. .docx)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "MS Office document (.doc)" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "GIF image" },
  { bytes: [0x1f, 0x8b], name: "gzip archive" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: "RTF document" },
];

export function decodeText(bytes: Uint8Array, opts: DecodeTextOptions = {}): DecodedText {
  const { fileName } = opts;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (code: ConstructorParameters<typeof TextInputError>[0], problem: string): never => {
    throw new TextInputError(code, problem, { fileName });
  };

  if (bytes.length === 0) fail("empty", "empty file");
  if (bytes.length > maxBytes) fail("too-large", `file too large (${bytes.length} bytes, limit ${maxBytes})`);

  const bom = detectBom(bytes);
  if (bom) {
    const text = decodeWith(bytes.subarray(bom.length), bom.encoding);
    if (text === undefined) fail("undecodable", `undecodable text (invalid ${bom.encoding} after its byte-order mark)`);
    return finish(text as string, bom.encoding, fail);
  }

  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) fail("binary", `binary file (${magic.name}), not a newspaper text`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 saved without a byte-order mark (some Windows tools do): read it when one byte order gives plain text.
    const utf16 = readBomlessUtf16(bytes);
    if (utf16) return finish(utf16.text, utf16.encoding, fail);
    const hint = looksLikeUtf16(bytes) ? "; UTF-16 without a byte-order mark? save it as UTF-8" : "";
    fail("binary", `binary file (NUL bytes at offset ${nul}${hint}), not a newspaper text`);
  }

  const utf8 = decodeWith(bytes, "utf-8");
  if (utf8 !== undefined) return finish(utf8, "utf-8", fail);

  const gb = iconv.decode(bytes, "gb18030");
  const bad = countBadGbChars(gb);
  const nonAscii = countNonAscii(gb);
  if (bad > 0 && bad > nonAscii * MAX_BAD_GB_RATIO) {
    fail(
      "undecodable",
      `undecodable text (neither UTF-8, first invalid byte at offset ${firstInvalidUtf8Offset(bytes)}, nor GB18030: ${bad} bad characters)`,
    );
  }
  return finish(gb, "gb18030", fail);
}

function detectBom(bytes: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8-bom", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

// ASCII-heavy UTF-16 has a NUL in every other byte.
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return n >= 8 && Math.max(even, odd) > n / 4 && Math.min(even, odd) < n / 50;
}

// The byte order whose reading is text: every NUL byte on one side of the code units (ASCII and line ends in UTF-16
// have a zero high byte), and nearly every character Chinese, CJK punctuation, ASCII or a space. Binary files fail it.
function readBomlessUtf16(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  if (evenNul > 0 && oddNul > 0) return undefined;
  const encoding: TextEncoding = oddNul > 0 ? "utf-16le" : "utf-16be";
  const text = decodeWith(bytes, encoding);
  if (text === undefined || text.length === 0) return undefined;
  let plain = 0;
  for (let i = 0; i < text.length; i++) if (isPlainTextChar(text.charCodeAt(i))) plain++;
  return plain >= text.length * 0.97 ? { text, encoding } : undefined;
}

function isPlainTextChar(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || // ASCII
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || // CJK ideographs
    (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || // CJK punctuation, full-width forms
    (c >= 0x2010 && c <= 0x206f) || (c >= 0x2460 && c <= 0x24ff) || c === 0xb7 || c === 0xd7 // dashes, quotes, ①, ·, ×
  );
}

function decodeWith(bytes: Uint8Array, encoding: TextEncoding): string | undefined {
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  try {
    // ignoreBOM: the BOM was already cut off; a second one would be content (and is stripped by normalise).
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function finish(text: string, encoding: TextEncoding, fail: (code: "empty" | "binary", problem: string) => never): DecodedText {
  let control = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) fail("binary", `binary file (NUL character at offset ${i}), not a newspaper text`);
    if (isControl(c)) control++;
    else if (!isSpace(c)) visible++;
  }
  if (visible === 0) fail("empty", "empty file (only whitespace)");
  if (control > 0 && control > text.length * MAX_CONTROL_RATIO) {
    fail("binary", `binary file (${control} control characters in ${text.length}), not a newspaper text`);
  }
  return { text, encoding };
}

function isControl(c: number): boolean {
  if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) return false;
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f);
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060
  );
}

// U+FFFD marks bytes GB18030 cannot map; private-use code points mean the bytes were not GB text either.
function countBadGbChars(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return bad;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

// Only for the error message: where the UTF-8 reading breaks.
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    if (i + need >= bytes.length) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
