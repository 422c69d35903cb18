import { type Article, type CleanDoc, EVIDENCE_FIELDS, type Field, type Provenance } from "@clippings/core";

function where(from: Provenance | null, doc: CleanDoc): string {
  if (!from) return "";
  if (from.key) return ` [metadata ${from.key}]`;
  if (from.block === null) return "";
  const text = doc.blocks[from.block]?.text ?? "";
  return ` [block ${from.block}: "${text.length > 60 ? `${text.slice(0, 57)}...` : text}"]`;
}

function show(value: Field<unknown>["value"]): string {
  if (value === null) return "(none)";
  return Array.isArray(value) ? value.join("; ") || "(none)" : String(value);
}

/** The evidence trail of one article: each field's value and rule, each quote's chain, each removed block. */
export function formatExplanation(article: Article, doc: CleanDoc): string {
  const lines = [`${article.id}  (${article.source})`, ""];
  for (const name of EVIDENCE_FIELDS) {
    const field = article[name] as Field<unknown>;
    lines.push(`${name.padEnd(9)} ${show(field.value)}`);
    lines.push(`          ${field.rule}, confidence ${field.confidence.toFixed(2)}${where(field.from, doc)}`);
  }
  lines.push("", `body: ${article.body.length} paragraphs`);
  article.body.forEach((p, i) => {
    lines.push(
      `  ${String(i).padStart(2)} [block ${p.block}] ${p.text.length > 90 ? `${p.text.slice(0, 87)}...` : p.text}`,
    );
  });
  lines.push("", `quotes: ${article.quotes.length}`);
  for (const q of article.quotes) {
    lines.push(`  ${q.id} (${q.kind}, paragraph ${q.paragraph}) "${q.text}"`);
    lines.push(
      `     speaker ${q.speaker ?? "(none)"} | mention ${q.speakerMention ?? "-"} | cue ${q.cue ?? "-"}`,
    );
    for (const step of q.chain) lines.push(`       - ${step}`);
  }
  lines.push("", "removed:");
  for (const r of article.removed) {
    const text = r.text.length > 70 ? `${r.text.slice(0, 67)}...` : r.text;
    lines.push(`  [block ${r.block}] ${r.role}${r.reason ? ` (${r.reason})` : ""}: ${text}`);
  }
  return lines.join("\n");
}
