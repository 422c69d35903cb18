import { ConfigError } from "@clippings/core";
import type { ConnectionOptions } from "bullmq";

/** The default BullMQ queue name; several corpora can share one Redis under different names. */
export const DEFAULT_QUEUE_NAME = "clippings";

/**
 * BullMQ connection options for a `redis://` or `rediss://` URL. Workers block on the queue, so commands wait for
 * the connection instead of failing after a few retries (BullMQ requires this for workers).
 */
export function queueConnection(url: string): ConnectionOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`--queue ${url}: not a URL; expected redis://host:port[/db]`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
    throw new ConfigError(`--queue ${url}: expected a redis:// or rediss:// URL`);
  return { url, maxRetriesPerRequest: null };
}
