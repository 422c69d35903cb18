import { type FileHandle, open, rename, rm } from "node:fs/promises";

/** Where a resumable file stood at a checkpoint: its length and the rows it held. */
export interface FileCheckpoint {
  bytes: number;
  rows: number;
}

export interface AtomicFileOptions {
  /** A fixed temporary name, so that a later run can find the file again (default: `<path>.partial-<pid>`). */
  temp?: string;
  /** Reopen the temporary file and cut it back to this checkpoint, dropping anything written after it. */
  resumeFrom?: FileCheckpoint;
}

// Chunks are gathered and written in blocks of about this size: fewer system calls than one write per row.
const BLOCK_BYTES = 1 << 16;

/**
 * A file written under a temporary name and renamed when complete, so an interrupted run never leaves a
 * half-written file under the final name. It counts the bytes it has written, so that a checkpoint can record
 * a length at a row boundary and a resumed run can cut a torn last row away.
 */
export class AtomicFile {
  readonly temp: string;
  private handle: FileHandle | null = null;
  // Strings as written, or bytes already encoded (e.g. moved from a worker thread), in order.
  private pending: (string | Uint8Array)[] = [];
  private pendingHasBytes = false;
  // Counted in UTF-16 units, not bytes: a block is cut by its length, and its bytes are counted once, when it is
  // encoded for the write (a string's UTF-8 length costs a pass over it).
  private pendingChars = 0;
  private flushed = 0;
  private created = false;
  rows = 0;

  constructor(
    readonly path: string,
    private readonly options: AtomicFileOptions = {},
  ) {
    this.temp = options.temp ?? `${path}.partial-${process.pid}`;
    if (options.resumeFrom) {
      this.flushed = options.resumeFrom.bytes;
      this.rows = options.resumeFrom.rows;
    }
  }

  /** Bytes in the file, including those not yet handed to the operating system. */
  get bytes(): number {
    let bytes = this.flushed;
    for (const chunk of this.pending)
      bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    return bytes;
  }

  private async opened(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    const resume = this.options.resumeFrom;
    if (this.created) this.handle = await open(this.temp, "r+");
    else if (resume) {
      const handle = await open(this.temp, "r+");
      const { size } = await handle.stat();
      if (size < resume.bytes) {
        await handle.close();
        throw new Error(
          `${this.temp}: ${size} bytes, shorter than the ${resume.bytes} the checkpoint recorded`,
        );
      }
      await handle.truncate(resume.bytes);
      this.handle = handle;
    } else this.handle = await open(this.temp, "w");
    this.created = true;
    return this.handle;
  }

  /** Appends text, or bytes that are already UTF-8. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (typeof chunk !== "string") this.pendingHasBytes = true;
    this.pending.push(chunk);
    this.pendingChars += chunk.length;
    if (this.pendingChars >= BLOCK_BYTES) await this.flush();
  }

  /** Appends the whole of another file, which holds `rows` rows, copying it block by block. */
  async append(path: string, rows: number): Promise<void> {
    await this.flush();
    const handle = await this.opened();
    const source = await open(path, "r");
    try {
      const block = Buffer.allocUnsafe(1 << 20);
      for (;;) {
        const { bytesRead } = await source.read(block, 0, block.length, null);
        if (bytesRead === 0) break;
        await handle.write(block, 0, bytesRead, this.flushed);
        this.flushed += bytesRead;
      }
    } finally {
      await source.close();
    }
    this.rows += rows;
  }

  /** Hands everything written so far to the operating system; with `durable`, waits until it is on disk. */
  async flush(durable = false): Promise<void> {
    if (this.created && this.handle === null && this.pending.length === 0) return;
    const handle = await this.opened();
    if (this.pending.length > 0) {
      const data = this.pendingHasBytes
        ? Buffer.concat(this.pending.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)))
        : Buffer.from(this.pending.join(""), "utf8");
      this.pending = [];
      this.pendingHasBytes = false;
      this.pendingChars = 0;
      // Positioned writes: the file's length is always exactly what this object has flushed.
      await handle.write(data, 0, data.length, this.flushed);
      this.flushed += data.length;
    }
    if (durable) await handle.datasync();
  }

  /** The file's length and rows once everything written so far is on disk. */
  async checkpoint(): Promise<FileCheckpoint> {
    await this.flush(true);
    return { bytes: this.bytes, rows: this.rows };
  }

  /** Flushes and closes the temporary file without renaming it, e.g. to read it back. */
  async finish(): Promise<void> {
    await this.flush();
    await this.handle?.close();
    this.handle = null;
  }

  async commit(): Promise<void> {
    await this.finish();
    await rename(this.temp, this.path);
  }

  async discard(): Promise<void> {
    this.pending = [];
    this.pendingHasBytes = false;
    this.pendingChars = 0;
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
    await rm(this.temp, { force: true });
  }
}
