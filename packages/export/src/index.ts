export {
  ARTICLE_COLUMNS,
  articleRow,
  ERROR_COLUMNS,
  errorCsvRow,
  jsonlRecord,
  QUOTE_COLUMNS,
  quoteRows,
} from "./columns.js";
export {
  createDatasetWriter,
  type DatasetWriter,
  type DatasetWriterOptions,
  type WrittenFiles,
} from "./dataset-writer.js";
export { neutraliseCell } from "./spreadsheet-safety.js";
