import { describe, expect, it } from "vitest";
import { holdsControlBytes } from "./control-bytes.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the scan looks for, one at a time.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f]/;

describe("holdsControlBytes", () => {
  const page = new TextEncoder().encode("<p>Zürich\tand\r\nGenève,\fthe text of a page.</p>\n".repeat(3));

  it("finds no control byte in text of tabs, newlines, form feeds, carriage returns and NULs", () => {
    expect(holdsControlBytes(Uint8Array.from([...page, 0, ...page]))).toBe(false);
  });

  it("finds each control byte at every position, whatever the alignment of the bytes", () => {
    const buffer = new Uint8Array(page.length + 8);
    for (let byte = 0; byte < 0x20; byte += 1) {
      const expected = CONTROL.test(String.fromCharCode(byte));
      for (const offset of [0, 1, 2, 3]) {
        for (let at = 0; at < page.length; at += 7) {
          const bytes = buffer.subarray(offset, offset + page.length);
          bytes.set(page);
          bytes[at] = byte;
          expect(holdsControlBytes(bytes)).toBe(expected);
        }
      }
    }
  });

  it("agrees with the pattern over the decoded text of random UTF-8 bytes", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 300; round += 1) {
      const chars = Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
        String.fromCodePoint(
          random() < 0.1 ? Math.floor(random() * 0x20) : 0x20 + Math.floor(random() * 0x3000),
        ),
      );
      const text = chars.join("");
      expect(holdsControlBytes(new TextEncoder().encode(text))).toBe(CONTROL.test(text));
    }
  });
});
