export type { FileCheckpoint } from "./atomic-file.js";
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
  ERRORS_PARTIAL,
  SPOOL_PARTIAL,
  type WriterCheckpoint,
  type WrittenFiles,
} from "./dataset-writer.js";
export { neutraliseCell } from "./spreadsheet-safety.js";
