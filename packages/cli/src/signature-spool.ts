import { createReadStream } from "node:fs";
import { type FileHandle, open, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { ConfigError } from "@clippings/core";
import {
  type ArticleSignature,
  SignatureStore,
  type StoreCapacity,
  signatureFromLine,
  signatureToLine,
} from "@clippings/link";

/** The working file beside the dataset; never part of a finished run. */
export const SIGNATURES_PARTIAL = ".signatures.spool.partial";
// Lines are gathered and written in chunks of about this many characters: one write a document would cost a
// system call each.
const CHUNK_CHARS = 256 * 1024;

/**
 * The link stage's signatures, kept on disk while documents come in and read back once, after the worker threads
 * have ended, straight into the link stage's compact store (typed buffers sized from the counts kept here). Held as
 * objects in memory instead, they would make a run's memory grow with its corpus on top of the threads' peak. The
 * file is not part of the resume manifest: a resumed run
 * rebuilds it from the articles already spooled, so a line torn by a crash is never read.
 */
export class SignatureSpool {
  private pending: string[] = [];
  private pendingChars = 0;
  private count = 0;
  // Counted as signatures come, so that the store read back is made the right size at once.
  private readonly hashes: StoreCapacity = { bodies: 0, names: 0, words: 0 };

  private constructor(
    readonly path: string,
    private handle: FileHandle | null,
  ) {}

  /** Starts an empty spool in outDir, replacing any left by an earlier run. */
  static async create(outDir: string): Promise<SignatureSpool> {
    const path = join(outDir, SIGNATURES_PARTIAL);
    try {
      await writeFile(path, "");
      // Appending: every write lands at the end of the file, whatever else has the file open.
      return new SignatureSpool(path, await open(path, "a"));
    } catch (err) {
      throw new ConfigError(`${path}: cannot write the link stage's working file (${String(err)})`, {
        cause: err,
      });
    }
  }

  get size(): number {
    return this.count;
  }

  async add(signature: ArticleSignature): Promise<void> {
    const line = `${signatureToLine(signature)}\n`;
    this.pending.push(line);
    this.pendingChars += line.length;
    this.count += 1;
    this.hashes.bodies += signature.body.length;
    this.hashes.names += signature.names.length;
    this.hashes.words += signature.words.length;
    if (this.pendingChars >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    if (!this.handle) throw new ConfigError(`${this.path}: the spool was already closed`);
    await this.handle.write(chunk);
  }

  private async close(): Promise<void> {
    await this.flush();
    await this.handle?.close();
    this.handle = null;
  }

  /**
   * Every signature added, in the order added, in the link stage's compact store: one line at a time goes into its
   * typed buffers, so a corpus's signatures are never held as objects. The spool takes no more after this.
   */
  async readAll(): Promise<SignatureStore> {
    await this.close();
    const signatures = new SignatureStore(this.hashes);
    const lines = createInterface({
      input: createReadStream(this.path, { encoding: "utf8" }),
      crlfDelay: Infinity,
    });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      try {
        signatures.add(signatureFromLine(line, { copyHashes: false }));
      } catch (err) {
        throw new ConfigError(
          `${this.path}, line ${lineNumber}: not a link signature (${err instanceof Error ? err.message : String(err)}); the file was changed while the run was going on`,
          { cause: err },
        );
      }
    }
    if (signatures.size !== this.count)
      throw new ConfigError(
        `${this.path}: holds ${signatures.size} signatures where the run wrote ${this.count}; the file was changed while the run was going on`,
      );
    return signatures;
  }

  /** Closes and deletes the file. */
  async remove(): Promise<void> {
    await this.close().catch(() => undefined);
    await rm(this.path, { force: true });
  }
}
