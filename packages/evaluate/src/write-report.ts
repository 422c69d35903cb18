import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { renderMarkdown } from "./render-markdown.js";
import type { AccuracyReport } from "./report-schema.js";

/** Writes accuracy.json and accuracy.md; neither holds a timestamp, so identical runs give identical files. */
export async function writeReport(
  dir: string,
  report: AccuracyReport,
): Promise<{ json: string; md: string }> {
  await mkdir(dir, { recursive: true });
  const json = join(dir, "accuracy.json");
  const md = join(dir, "accuracy.md");
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, renderMarkdown(report));
  return { json, md };
}
