import { stringify } from "csv-stringify/sync";
import { AtomicFile, type AtomicFileOptions, type FileCheckpoint } from "./atomic-file.js";
import { neutraliseCell } from "./spreadsheet-safety.js";

type Cell = string | number | null;

/** One row as an RFC 4180 record: the columns' cells in order, formula-like cells neutralised unless `raw`. */
export function csvRecord<Row extends Record<string, Cell>>(
  columns: readonly (keyof Row & string)[],
  row: Row,
  raw: boolean,
): string {
  const cells = columns.map((c) => {
    const cell = row[c] ?? null;
    return (raw ? cell : neutraliseCell(cell)) ?? "";
  });
  return stringify([cells], { record_delimiter: "\r\n", quoted_match: /^\s|\s$/ });
}

/** An RFC 4180 CSV file (UTF-8, header row always present) written row by row with csv-stringify. */
export class CsvFile<Row extends Record<string, Cell>> {
  private readonly file: AtomicFile;
  private started = false;

  constructor(
    path: string,
    private readonly columns: readonly (keyof Row & string)[],
    private readonly raw = false,
    fileOptions: AtomicFileOptions = {},
  ) {
    this.file = new AtomicFile(path, fileOptions);
    // A file resumed after its header row must not get a second one.
    this.started = (fileOptions.resumeFrom?.bytes ?? 0) > 0;
  }

  get rows(): number {
    return this.file.rows;
  }

  private async header(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.file.write(stringify([this.columns], { record_delimiter: "\r\n" }));
  }

  async write(row: Row): Promise<void> {
    await this.header();
    await this.file.write(csvRecord(this.columns, row, this.raw));
    this.file.rows += 1;
  }

  /** Appends rows already written as CSV records (no header) to another file, e.g. by a worker thread. */
  async appendRecords(path: string, rows: number): Promise<void> {
    await this.header();
    await this.file.append(path, rows);
  }

  /** Length and rows once everything written is on disk; the header counts as written. */
  async checkpoint(): Promise<FileCheckpoint> {
    await this.header();
    return this.file.checkpoint();
  }

  /** Flushes and closes the temporary file, keeping it under its temporary name. */
  finish(): Promise<void> {
    return this.file.finish();
  }

  async commit(): Promise<string> {
    await this.header();
    await this.file.commit();
    return this.file.path;
  }

  discard(): Promise<void> {
    return this.file.discard();
  }
}
