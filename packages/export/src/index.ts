export {
  ARTICLE_COLUMNS,
  articleRow,
  ERROR_COLUMNS,
  errorCsvRow,
  jsonlRecord,
  linkCells,
  QUOTE_COLUMNS,
  QUOTE_GROUP_COLUMNS,
  quoteRows,
  STORY_COLUMNS,
} from "./columns.js";
export {
  createDatasetWriter,
  type DatasetWriter,
  type DatasetWriterOptions,
  type WrittenFiles,
} from "./dataset-writer.js";
export { neutraliseCell } from "./spreadsheet-safety.js";
