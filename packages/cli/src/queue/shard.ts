import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { type FileHandle, mkdir, open, readdir } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { ErrorRowSchema } from "@clippings/core";
import { z } from "zod";

/** Where workers write their shards inside the output folder. */
export const SHARD_DIR = "shards";

/**
 * One line of a shard: every outcome of one job (articles serialised as the local runner's workers serialise
 * them), or the seal that tells how many jobs the run has. A job's results are one line, written and synced
 * before the job is acknowledged, so a job is in a shard whole or not at all.
 */
export const ShardLineSchema = z.union([
  z.object({
    run: z.string(),
    seq: z.number().int().min(0),
    skipped: z.number().int().min(0),
    outcomes: z.array(
      z.union([
        z.object({ ok: z.literal(true), json: z.string() }),
        z.object({ ok: z.literal(false), row: ErrorRowSchema }),
      ]),
    ),
  }),
  z.object({ run: z.string(), seal: z.number().int().min(0) }),
]);
export type ShardLine = z.infer<typeof ShardLineSchema>;
export type JobLine = Extract<ShardLine, { seq: number }>;

/** A worker's own shard: a file no other process writes, named after the machine and the process. */
export class ShardWriter {
  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(outDir: string): Promise<ShardWriter> {
    const dir = join(outDir, SHARD_DIR);
    await mkdir(dir, { recursive: true });
    const name = `${hostname()}-${process.pid}-${randomBytes(4).toString("hex")}.jsonl`;
    const path = join(dir, name);
    return new ShardWriter(path, await open(path, "wx"));
  }

  /** Appends one line and syncs it to disk: once this returns, the job's results survive a crash. */
  async append(line: ShardLine): Promise<void> {
    await this.handle.write(`${JSON.stringify(line)}\n`);
    await this.handle.datasync();
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** Where one whole line of a shard lies. */
export interface LineAt {
  shard: number;
  offset: number;
  length: number;
}

export interface ShardScan {
  shards: string[];
  /** Each run id found with, per job number, the first whole line that holds it (shards in name order). */
  runs: Map<string, { lines: Map<number, LineAt>; seal: number | null; duplicates: number }>;
  /** Lines cut short by a worker that died while writing them: ignored, their jobs were done again. */
  torn: number;
}

// A line starts with its run and job number (JSON.stringify keeps the order they were written in).
const HEAD = /^\{"run":"([^"]+)","(seq|seal)":(\d+)/;

/** Finds every shard's whole lines without parsing their contents, so the merge can read them in job order. */
export async function scanShards(outDir: string): Promise<ShardScan> {
  const dir = join(outDir, SHARD_DIR);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".jsonl")).sort();
  } catch {
    names = [];
  }
  const shards = names.map((n) => join(dir, n));
  const scan: ShardScan = { shards, runs: new Map(), torn: 0 };
  for (const [index, path] of shards.entries()) {
    let offset = 0;
    let carry: Buffer = Buffer.alloc(0);
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      let newline = data.indexOf(0x0a);
      while (newline >= 0) {
        const length = newline + 1;
        record(scan, index, offset, length, data.subarray(0, Math.min(newline, 200)).toString("utf8"));
        offset += length;
        data = data.subarray(length);
        newline = data.indexOf(0x0a);
      }
      carry = Buffer.from(data);
    }
    if (carry.length > 0) scan.torn += 1;
  }
  return scan;
}

function record(scan: ShardScan, shard: number, offset: number, length: number, head: string): void {
  const match = HEAD.exec(head);
  if (!match?.[1] || !match[3]) {
    scan.torn += 1;
    return;
  }
  const run = scan.runs.get(match[1]) ?? { lines: new Map(), seal: null, duplicates: 0 };
  scan.runs.set(match[1], run);
  const n = Number(match[3]);
  if (match[2] === "seal") run.seal = n;
  else if (run.lines.has(n)) run.duplicates += 1;
  else run.lines.set(n, { shard, offset, length });
}

/** Reads shard lines by position, keeping one open handle per shard. */
export class ShardReader {
  private readonly handles = new Map<number, FileHandle>();

  constructor(private readonly shards: string[]) {}

  async line(at: LineAt): Promise<ShardLine> {
    let handle = this.handles.get(at.shard);
    if (!handle) {
      handle = await open(this.shards[at.shard] ?? "", "r");
      this.handles.set(at.shard, handle);
    }
    const buffer = Buffer.alloc(at.length);
    await handle.read(buffer, 0, at.length, at.offset);
    return ShardLineSchema.parse(JSON.parse(buffer.toString("utf8")));
  }

  async close(): Promise<void> {
    await Promise.all([...this.handles.values()].map((h) => h.close()));
  }
}
