import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";

/**
 * A file written under a temporary name and renamed when complete, so an interrupted run never leaves a
 * half-written file under the final name.
 */
export class AtomicFile {
  private readonly temp: string;
  private readonly stream: WriteStream;
  rows = 0;

  constructor(readonly path: string) {
    this.temp = `${path}.partial-${process.pid}`;
    this.stream = createWriteStream(this.temp, { encoding: "utf8" });
  }

  async write(chunk: string): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, "finish");
    await rename(this.temp, this.path);
  }

  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }
}
