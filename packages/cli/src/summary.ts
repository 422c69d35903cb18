import type { RunSummary } from "./run-pipeline.js";

/** The closing lines of a run: what came in, what went out, and where. */
export function formatSummary(summary: RunSummary): string {
  const lines = [
    `clippings: ${summary.documents} documents from ${summary.inputs} inputs in ${summary.seconds.toFixed(1)} s`,
    `  articles ${summary.articles}, quotes ${summary.quotes}, errors ${summary.errors}; stories ${summary.stories}, quotes carried by several articles ${summary.quoteGroups}`,
  ];
  lines.push(
    summary.accounted
      ? `  every document accounted for: ${summary.documents} = ${summary.articles} articles + ${summary.errors} errors`
      : `  ACCOUNTING MISMATCH: ${summary.documents} documents but ${summary.articles} articles and ${summary.errors} errors written`,
  );
  if (summary.skipped > 0)
    lines.push(
      `  WARC records skipped (not HTML pages: requests, metadata, other media, redirects): ${summary.skipped}`,
    );
  for (const file of summary.files.files) lines.push(`  wrote ${file.path} (${file.rows} rows)`);
  if (summary.errors > 0)
    lines.push(`  see errors.csv for the ${summary.errors} documents that could not be read or extracted`);
  return lines.join("\n");
}
