import { open } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";

// Read in blocks this large: a few calls a megabyte, where a stream and readline cost a chunk and an event per 64 KB
// and a scan per line.
const BLOCK_BYTES = 1 << 20;

/**
 * The lines of a UTF-8 file's first `length` bytes, split at "\n" only: for files of JSON lines, which never
 * hold a raw carriage return. The empty piece after a final "\n" is not a line.
 */
export async function* readLines(
  path: string,
  length: number,
  blockBytes = BLOCK_BYTES,
): AsyncGenerator<string> {
  if (length <= 0) return;
  const handle = await open(path, "r");
  try {
    const block = Buffer.allocUnsafe(Math.min(blockBytes, length));
    // A multi-byte character cut by a block's end is kept by the decoder until the next block completes it.
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (let position = 0; position < length; ) {
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
