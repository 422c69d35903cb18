/** Generators and checks shared by the fuzz tests (kept out of *.test.ts so each file runs on its own core). */
import fc from "fast-check";
import { expect } from "vitest";
import type { DocumentOutcome } from "./process-document.js";
import { testRegistry } from "./test-context.js";

// `npm run fuzz` multiplies these runs for longer campaigns; CI runs 100,000 documents in all.
export const SCALE = Number(process.env.FUZZ_SCALE ?? "1");
export const runs = (n: number) => Math.round(n * SCALE);
export const context = { registry: testRegistry, today: "2026-01-01" };

const hostileChars = fc.constantFrom(
  "\u202E",
  "\u202D",
  "\u200B",
  "\u200D",
  "\uFEFF",
  "\u0000",
  "\u0007",
  "\u001B",
  "\uD800",
  "\uDFFF",
  "\u201C",
  "\u201D",
  '"',
  "'",
  "\u2018",
  "\u2019",
  "\u00AB",
  "\u00BB",
  "\u300C",
  "\u300D",
  "\u201E",
  "--",
  " — ",
  "(",
  ")",
  ">",
  "\r",
  "\t",
);
const line = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.lorem({ maxCount: 6, mode: "sentences" }),
  fc
    .array(fc.oneof(hostileChars, fc.lorem({ maxCount: 3 })), { maxLength: 30 })
    .map((parts) => parts.join(" ")),
  fc.constantFrom(
    "By Ann Lee and Bo Kim",
    "March 3, 2021 / 4:30 PM",
    "09:05 JST, March 3, 2021",
    "SPRINGFIELD, March 3 (AP) -- The council met on Wednesday.",
    '"We will go ahead," Mayor Ann Lee said on Monday, adding that work starts soon.',
    "\u201CIt is done. The mayor said so,\u201D they said, \u201Cand it stays done.",
    "Most Read",
    "Home > News > Local",
    "Subscribe now to continue reading.",
    "(end)",
  ),
);
export const textScrape = fc
  .tuple(
    fc.option(fc.constantFrom(" date 2024-02-29 200", " date 2023-01-01 Trending")),
    fc.array(line, { maxLength: 12 }),
  )
  .map(([header, lines]) =>
    [header, ...lines].filter((l) => l !== null).join(fc.sample(fc.constantFrom("\n", "\r\n", "\n\n"), 1)[0]),
  );
export const htmlPage = fc
  .array(
    fc.tuple(
      fc.constantFrom("p", "div", "h1", "li", "figcaption", "nav", "script", "a", "time", "table"),
      line,
      fc.boolean(),
    ),
    { maxLength: 12 },
  )
  .map((parts) =>
    parts.map(([tag, body, closed]) => `<${tag} class="x">${body}${closed ? `</${tag}>` : ""}`).join(""),
  );

/** Every input must become exactly one outcome: an article or an error row. */
export function accountFor(outcomes: DocumentOutcome[], inputs: number): void {
  expect(outcomes).toHaveLength(inputs);
  for (const o of outcomes) {
    if (o.ok) expect(o.article.body.length).toBeGreaterThan(0);
    else expect(o.row.message.length).toBeGreaterThan(0);
  }
}
