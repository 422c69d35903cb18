import { bigPage, heapUsedAfterGc } from "@clippings/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  capitalisedShare,
  endsInAddress,
  isProse,
  lowercaseContentWords,
  repeatKey,
  wordCount,
} from "./line-shape.js";

describe("line shape", () => {
  it("tells prose from headlines", () => {
    expect(isProse("Storm Closes Schools Across the Region as Rivers Rise Over Their Banks Again")).toBe(
      false,
    );
    expect(
      isProse("The storm closed schools across the region on Tuesday as rivers rose over their banks."),
    ).toBe(true);
  });

  it("reads prose in scripts written without spaces or without case", () => {
    // Japanese and Chinese sentences: one "word" between spaces, dozens of characters, full-width full stops.
    expect(
      isProse("東京都は二十日、新しい防災計画を発表し、来年の春から市民向けの訓練を始めると明らかにした。"),
    ).toBe(true);
    expect(isProse("市政府周二宣布，明年春季起将在全市开展新的防灾演练，并向市民公开训练计划。")).toBe(true);
    // Korean puts spaces between words but has no case.
    expect(
      isProse("서울시는 20일 새로운 방재 계획을 발표하고 내년 봄부터 시민을 위한 훈련을 시작한다고 밝혔다."),
    ).toBe(true);
    // A short heading or a menu in those scripts is still not prose.
    expect(isProse("新しい防災計画")).toBe(false);
    expect(isProse("ホーム ニュース スポーツ 天気 お問い合わせ")).toBe(false);
  });

  it("answers each line as it did before, however many other lines were asked about in between", () => {
    // More distinct lines than are remembered, so that the answers are also right once memory starts afresh.
    const line = (i: number) =>
      i % 2 === 0
        ? `The council voted on item ${i} after a long debate about the budget for the coming year.`
        : `Council Votes On Item ${i} After Long Debate About The Budget For The Coming Year`;
    const first = Array.from({ length: 5_000 }, (_, i) => isProse(line(i)));
    expect(first.every((prose, i) => prose === (i % 2 === 0))).toBe(true);
    expect(Array.from({ length: 5_000 }, (_, i) => isProse(line(i)))).toEqual(first);
  });

  it("counts words of unspaced scripts by their characters", () => {
    expect(wordCount("新しい防災計画を発表")).toBe(5);
    expect(wordCount("Tokyo 防災 plan")).toBe(3);
    expect(wordCount("The storm closed schools")).toBe(4);
  });

  it("measures capitalised words", () => {
    expect(capitalisedShare("Local Team Wins Cup")).toBe(1);
    expect(capitalisedShare("the local team won the cup")).toBe(0);
  });

  it("reads words as runs between white space that hold a letter or digit, in any script", () => {
    // The one-pass reading must agree with the definition it replaced: split at white space, keep runs with a
    // letter or digit, count unspaced scripts by characters, test each word's first letter.
    const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const unspaced =
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
    const counted = (text: string) =>
      words(text).reduce((sum, word) => {
        const characters = word.match(unspaced)?.length ?? 0;
        return sum + (characters === 0 ? 1 : Math.max(1, Math.round(characters / 2)));
      }, 0);
    const long = (text: string) => words(text).filter((word) => word.replace(/[^\p{L}]/gu, "").length > 3);
    const share = (text: string) =>
      long(text).length === 0
        ? 0
        : long(text).filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length / long(text).length;
    const lowercase = (text: string) =>
      words(text).filter((word) => /^[^\p{L}]*\p{Ll}[\p{L}'’-]{3,}/u.test(word)).length;
    const pieces = [..." \t\n\u00a0\u3000\ufeff'’-.,aAßǅ東京ひカไทย한1٣xyzWORD"].concat([
      "\u{20000}",
      "\u{1D400}",
      "\ud800",
      "\udfff",
    ]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (chosen) => {
        const text = chosen.join("");
        expect(wordCount(text)).toBe(counted(text));
        expect(capitalisedShare(text)).toBe(share(text));
        expect(lowercaseContentWords(text)).toBe(lowercase(text));
      }),
      { numRuns: 2_000 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        isProse(text);
        repeatKey(text);
        return capitalisedShare(text) >= 0;
      }),
    );
  });
});

describe("endsInAddress", () => {
  it("reads a web or e-mail address written out, alone or after a name, as an address line", () => {
    expect(endsInAddress("https://shop.example.net/deal/81")).toBe(true);
    expect(endsInAddress("www.example-theatre.org")).toBe(true);
    expect(endsInAddress("Kim Jiwoo, columnist kim.jiwoo@example.co.kr")).toBe(true);
  });

  it("does not read a teaser's headline or a long sentence with a link in it as one", () => {
    expect(endsInAddress("Read more: Harbour board delays the new ferry pier")).toBe(false);
    expect(endsInAddress("The full report, published on Monday, is online at www.example.org")).toBe(false);
    expect(endsInAddress("example.org")).toBe(false);
  });
});

describe("remembered line answers", () => {
  it("do not keep alive the page a line was cut from", () => {
    const pageBytes = 16 * 1024 * 1024;
    const before = heapUsedAfterGc();
    (() => {
      const page = bigPage(pageBytes, "Remembered page");
      const line = page.slice(0, page.indexOf("\n"));
      expect(isProse(line)).toBe(true);
    })();
    // V8 keeps the last string any regular expression ran on (RegExp.input) until the next one runs: a line
    // tested last would hold its page through that, whatever the caches do.
    /./.test("-");
    expect(heapUsedAfterGc() - before).toBeLessThan(pageBytes / 4);
  });
});
