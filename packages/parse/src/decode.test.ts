import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.js";

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("decodeText charsets", () => {
  it("detects a single-byte charset when none is declared and the bytes are not UTF-8", () => {
    const bytes = latin1("Grüße aus München, schöne Grüße an alle Leserinnen und Leser der Zeitung.");
    expect(decodeText(bytes, "p.html")).toContain("Grüße aus München");
  });

  it("believes UTF-8 bytes over a declared single-byte charset", () => {
    const bytes = new TextEncoder().encode("Café crème, déjà vu");
    expect(decodeText(bytes, "p.html", "iso-8859-1")).toBe("Café crème, déjà vu");
  });

  it("reads declared UTF-8 as UTF-8 under any of its labels, dropping a byte order mark", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Zürich, 東京")]);
    for (const label of ["UTF-8", "utf8", "unicode-1-1-utf-8"])
      expect(decodeText(bytes, "p.html", label)).toBe("Zürich, 東京");
  });

  it("replaces the invalid bytes of a page declared UTF-8 rather than guessing another charset", () => {
    const bytes = latin1("Grüße aus München, schöne Grüße an alle Leserinnen und Leser der Zeitung.");
    expect(decodeText(bytes, "p.html", "utf-8")).toContain("Gr\ufffd\ufffde aus M\ufffdnchen");
  });

  it("honours a declared multi-byte charset", () => {
    const shiftJis = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]); // 日本
    expect(decodeText(shiftJis, "p.html", "shift_jis")).toBe("日本");
  });
});

describe("decodeText binary content", () => {
  const page = new TextEncoder().encode(`<p>${"A long paragraph of ordinary page text. ".repeat(20)}</p>`);

  it("drops a few stray NUL bytes in a text page instead of rejecting it", () => {
    const damaged = Uint8Array.from([...page.slice(0, 100), 0, ...page.slice(100), 0]);
    const text = decodeText(damaged, "p.html");
    expect(text).not.toContain("\u0000");
    expect(text).toContain("A long paragraph of ordinary page text.");
  });

  it("rejects bytes with NULs above a hundredth of them, naming the file", () => {
    const bytes = Uint8Array.from([...page.slice(0, 200)].flatMap((b) => [b, 0]));
    expect(() => decodeText(bytes, "p.html")).toThrow(/p\.html: binary content \(200 NUL bytes\)/);
  });
});
