export { aggregate } from "./aggregate.js";
export { bagOfWordsF1 } from "./bag-of-words.js";
export {
  GoldenFileError,
  loadGoldenDir,
  loadGoldenLinks,
  loadQuotesBenchmarkDir,
  readReport,
} from "./load.js";
export { matchQuotes, QUOTE_MATCH_F1 } from "./match-quotes.js";
export {
  type BenchmarkPage,
  type QuotesBenchmarkReport,
  QuotesBenchmarkReportSchema,
  renderQuotesBenchmarkMarkdown,
  scoreQuotesBenchmark,
  writeQuotesBenchmarkReport,
} from "./quotes-benchmark.js";
export { findRegressions, type Regression } from "./regressions.js";
export { renderMarkdown } from "./render-markdown.js";
export { type AccuracyReport, AccuracyReportSchema, type SourceScore } from "./report-schema.js";
export { type PredictedLinks, scoreQuoteGroups, scoreStories } from "./score-links.js";
export { type PredictedQuote, scoreQuotes } from "./score-quotes.js";
export { scoreSource } from "./score-source.js";
export {
  addCounts,
  type OverlapCounts,
  type PrecisionRecall,
  precisionRecall,
  SHINGLE_SIZE,
  shingleOverlap,
} from "./shingle-overlap.js";
export { speakerMatches } from "./speaker-match.js";
export { writeReport } from "./write-report.js";
