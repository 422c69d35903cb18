#!/usr/bin/env node
import { ConfigError } from "@clippings/core";
import { main } from "./main.js";

main(process.argv).catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`clippings: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `clippings: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
