import { type AccuracyReport, COUNT_FIELDS, type Count } from "./report-schema.js";

const pct = (c: Count) => `${c.correct}/${c.total}`;
const f = (n: number) => n.toFixed(3);
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** accuracy.md: overall and per-source tables, then every failure with the rule that produced the wrong value. */
export function renderMarkdown(report: AccuracyReport): string {
  const o = report.overall;
  const q = o.quotes;
  const lines = [
    `# Accuracy: ${report.pipeline}`,
    "",
    "Each source's extracted article is compared with its hand-written golden file (`golden/<pipeline>/<id>.json`).",
    "Dates must fall on the same day; outlets and agencies may be any registered name of the same outlet; headlines must",
    "match exactly after Unicode, space and quote-mark normalisation; the body must start with the golden first sentence,",
    "end with its last sentence and have the same number of paragraphs. A quote matches a golden one when their",
    "bag-of-words F1 is at least 0.8 (one to one); speaker accuracy counts matched quotes whose speaker is right.",
    "Failures below show what was expected, what came out, and the rule that chose it (`clippings explain <source>` shows more).",
    "",
    "## Overall",
    "",
    "| field | correct | accuracy |",
    "| --- | --- | --- |",
    ...COUNT_FIELDS.map((k) => `| ${k} | ${pct(o[k])} | ${f(o[k].accuracy)} |`),
    `| headline token F1 | | ${f(o.headlineTokenF1)} |`,
    `| authors F1 | | ${f(o.authorsF1)} |`,
    "",
    "| quotes | golden | predicted | matched | precision | recall | F1 | full recall | partial recall | speaker accuracy |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    `| all | ${q.golden} | ${q.predicted} | ${q.matched} | ${f(q.precision)} | ${f(q.recall)} | ${f(q.f1)} | ${f(q.fullRecall)} (${q.matchedFull}/${q.goldenFull}) | ${f(q.partialRecall)} (${q.matchedPartial}/${q.goldenPartial}) | ${f(q.speakerAccuracy)} (${q.speakerCorrect}/${q.matched}) |`,
    "",
    ...(report.links
      ? [
          "| across sources | golden pairs | predicted pairs | precision | recall |",
          "| --- | --- | --- | --- | --- |",
          `| stories (articles about one event) | ${report.links.stories.goldenPairs} | ${report.links.stories.predictedPairs} | ${f(report.links.stories.precision)} | ${f(report.links.stories.recall)} |`,
          `| quote groups (one quotation in several articles) | ${report.links.quoteGroups.goldenPairs} | ${report.links.quoteGroups.predictedPairs} | ${f(report.links.quoteGroups.precision)} | ${f(report.links.quoteGroups.recall)} |`,
          "",
        ]
      : []),
    "## Per source",
    "",
    "| source | date | outlet | agency | headline | authors | dateline | body | quote P | quote R | quote F1 | speaker |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...report.sources.map((s) => {
      const mark = (c: Count) => (c.correct === c.total ? "✓" : "✗");
      return `| ${s.id} | ${mark(s.date)} | ${mark(s.outlet)} | ${mark(s.agency)} | ${mark(s.headline)} | ${mark(s.authors)} | ${mark(s.dateline)} | ${mark(s.body)} | ${f(s.quotes.precision)} | ${f(s.quotes.recall)} | ${f(s.quotes.f1)} | ${f(s.quotes.speakerAccuracy)} |`;
    }),
    "",
    "## Failures",
    "",
  ];
  const failing = report.sources.filter((s) => s.failures.length > 0);
  if (failing.length === 0) lines.push("None.");
  for (const s of failing) {
    lines.push(`### ${s.id}`, "", "| field | expected | got | rule |", "| --- | --- | --- | --- |");
    for (const x of s.failures)
      lines.push(`| ${x.field} | ${cell(x.expected)} | ${cell(x.got)} | ${cell(x.rule)} |`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
