import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";

/**
 * A worker module compiled beside the module at `from` (its import.meta.url), or in the package's dist/ when that
 * module runs from its TypeScript sources (tests), since worker threads load JavaScript only. Null when the
 * package has not been built.
 */
export function compiledWorkerScript(from: string, name: string): URL | null {
  for (const candidate of [`./${name}`, `../dist/${name}`]) {
    const url = new URL(candidate, from);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * Clears a semi-space size given to the process (the command gives its own thread a small one, see the CLI's
 * command flags): V8 reads its flags when a thread's heap is made, and the flag would override the young
 * generation a worker thread's resource limits ask for.
 */
export function letThreadsSizeTheirYoungGeneration(): void {
  setFlagsFromString("--max-semi-space-size=0");
}
