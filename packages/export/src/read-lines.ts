import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";

// Read in blocks this large: a few calls a megabyte, where a stream and readline cost a chunk and an event per 64 KB
// and a scan per line.
const BLOCK_BYTES = 1 << 20;

/**
 * The lines of a UTF-8 file's bytes from `from` (a line start) up to `length`, split at "\n" only: for files of
 * JSON lines, which never hold a raw carriage return. The empty piece after a final "\n" is not a line.
 */
export async function* readLines(
  path: string,
  length: number,
  blockBytes = BLOCK_BYTES,
  from = 0,
): AsyncGenerator<string> {
  if (length <= from) return;
  const handle = await open(path, "r");
  try {
    const block = Buffer.allocUnsafe(Math.min(blockBytes, length - from));
    // A multi-byte character cut by a block's end is kept by the decoder until the next block completes it.
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (let position = from; position < length; ) {
      const { bytesRead } = await handle.read(block, 0, Math.min(block.length, length - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const lines = (rest + decoder.write(block.subarray(0, bytesRead))).split("\n");
      rest = lines.pop() ?? "";
      yield* lines;
    }
    rest += decoder.end();
    if (rest !== "") yield rest;
  } finally {
    await handle.close();
  }
}

/**
 * Offsets that cut a file's first `length` bytes into about `parts` pieces of whole lines: each offset is the start
 * of the first line that begins at or after an even share of the bytes. Ascending, without repeats, never 0.
 */
export async function lineStarts(path: string, length: number, parts: number): Promise<number[]> {
  const starts: number[] = [];
  const handle = await open(path, "r");
  try {
    const block = Buffer.allocUnsafe(1 << 16);
    for (let k = 1; k < parts; k += 1) {
      // The byte before the share's offset: a line that starts exactly there is found too.
      let position = Math.max(Math.floor((length * k) / parts) - 1, starts.at(-1) ?? 0);
      let start = length;
      while (position < length) {
        const { bytesRead } = await handle.read(
          block,
          0,
          Math.min(block.length, length - position),
          position,
        );
        if (bytesRead === 0) break;
        const newline = block.subarray(0, bytesRead).indexOf(0x0a);
        if (newline >= 0) {
          start = position + newline + 1;
          break;
        }
        position += bytesRead;
      }
      if (start < length && start > (starts.at(-1) ?? 0)) starts.push(start);
    }
  } finally {
    await handle.close();
  }
  return starts;
}
