import { collapseWhiteSpace } from "@clippings/core";

/** Text as lines are compared: compatibility forms unified (NFKC), lower case, white space collapsed, trimmed. */
export function fold(text: string): string {
  return collapseWhiteSpace(text.normalize("NFKC").toLowerCase()).trim();
}
