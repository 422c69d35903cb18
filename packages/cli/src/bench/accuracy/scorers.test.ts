import { describe, expect, it } from "vitest";
import type { Prediction } from "./predict.js";
import { aebScorer, htmldateScorer, trafilaturaScorer } from "./scorers.js";

const predicted = (p: Partial<Prediction>): Prediction => ({
  body: "",
  headline: null,
  authors: null,
  date: null,
  error: null,
  ...p,
});

const measureOf = (measures: { id: string; value: number; pages: number }[], id: string) =>
  measures.find((m) => m.id === id);

describe("aebScorer", () => {
  it("sums shingle counts over pages before taking precision and recall", () => {
    const s = aebScorer();
    // Page 1: perfect (1 shingle). Page 2: 2 truth shingles, none found, 1 extra predicted.
    s.add({ articleBody: "one two three four" }, predicted({ body: "one two three four" }));
    s.add({ articleBody: "a b c d e" }, predicted({ body: "x y z w" }));
    const m = s.measures();
    expect(measureOf(m, "body-precision")).toEqual({ id: "body-precision", pages: 2, value: 0.5 });
    expect(measureOf(m, "body-recall")?.value).toBeCloseTo(1 / 3);
  });
});

describe("htmldateScorer", () => {
  it("scores every page, an empty prediction as uncovered", () => {
    const s = htmldateScorer();
    s.add({ date: "2016-12-23" }, predicted({ date: "2016-12-23" }));
    s.add({ date: "2016-12-23" }, predicted({ error: "bad-gzip: damaged" }));
    const m = s.measures();
    expect(measureOf(m, "date-accuracy")?.value).toBe(0.5);
    expect(measureOf(m, "date-coverage")?.value).toBe(0.5);
  });
});

describe("trafilaturaScorer", () => {
  it("takes headline, author and date only over pages whose truth has them", () => {
    const s = trafilaturaScorer();
    s.add(
      {
        file: "a",
        with: ["kept text"],
        without: ["Impressum"],
        title: "Title A",
        author: "Ann Lee",
        date: "2020-01-02",
      },
      predicted({ body: "kept text", headline: "Title A", authors: ["Ann Lee"], date: "2020-01-02" }),
    );
    s.add(
      { file: "b", with: ["other"], without: [], title: "", author: "" },
      predicted({ body: "other Impressum", headline: "Anything" }),
    );
    const m = s.measures();
    expect(measureOf(m, "snippet-f")).toEqual({ id: "snippet-f", pages: 2, value: 1 });
    expect(measureOf(m, "headline-exact")).toEqual({ id: "headline-exact", pages: 1, value: 1 });
    expect(measureOf(m, "author-f1")).toEqual({ id: "author-f1", pages: 1, value: 1 });
    expect(measureOf(m, "date-accuracy")).toEqual({ id: "date-accuracy", pages: 1, value: 1 });
  });

  it("counts a leaked `without` snippet against precision", () => {
    const s = trafilaturaScorer();
    s.add({ file: "a", with: ["x"], without: ["Menu"] }, predicted({ body: "x Menu" }));
    expect(measureOf(s.measures(), "snippet-precision")?.value).toBe(0.5);
  });
});
