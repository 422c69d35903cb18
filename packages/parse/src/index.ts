export { decodeText } from "./decode.js";
export { formatOf, type InputFormat, idOf, SUPPORTED_EXTENSIONS } from "./formats.js";
export { type HtmlInput, parseHtml } from "./html.js";
export { JsonlRecordSchema } from "./jsonl.js";
export { type InputEntry, listInputs } from "./list-inputs.js";
export { assertNestingWithinLimit, MAX_HTML_DEPTH } from "./nesting.js";
export { DEFAULT_MAX_BYTES, type ReadOptions, type ReadResult, readSource } from "./read-source.js";
export { parseTextScrape, type TextScrapeInput } from "./text-scrape.js";
export { type ByteRange, readWarc, type WarcReadOptions, warcRanges } from "./warc.js";
