#!/usr/bin/env node
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
