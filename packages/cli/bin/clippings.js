#!/usr/bin/env -S node --max-semi-space-size=2 --single-threaded-gc
// The options after `node` are COMMAND_NODE_FLAGS (src/command-node-flags.ts says why; a test keeps them alike).
// Kept as plain JavaScript in the repository so that npm links the command at install time,
// before the TypeScript build has produced dist/.
import { existsSync } from "node:fs";

const entry = new URL("../dist/bin.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "clippings: not built yet; run `npm run build` (or `npm start`) in the repository first\n",
  );
  process.exit(2);
}
await import(entry.href);
