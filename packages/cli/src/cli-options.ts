import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError } from "commander";

export const DEFAULT_OUTLETS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../../outlets/outlets.json",
);

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return n;
}

export function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!match?.[1]) throw new InvalidArgumentError("expected a size such as 500kb, 10mb or 1gb");
  const unit = (match[2] ?? "b").toLowerCase();
  const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit] ?? 1;
  return Math.round(Number(match[1]) * factor);
}
