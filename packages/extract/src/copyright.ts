import type { CleanDoc } from "@clippings/core";

// "© 2019 Name, Inc. All rights reserved.", "Copyright © 2000-2019 Name.", "(c) Name": the mark, optional
// years, then the holder up to the first sentence end, bar or "All rights".
const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\)|ⓒ|copyright\b)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*,?\s*)?(.{2,80})/i;
const HOLDER_END = /\s*(?:\||\ball rights\b|\.\s|\.$|,\s*all\b|\s-\s).*$/i;
const COMPANY_SUFFIX = /[\s,]+(?:inc|llc|ltd|pty|plc|gmbh|company|co|corp|corporation|limited|group)\.?$/i;

/** The holder a copyright line names, without years and company suffixes, or null. */
export function copyrightHolder(line: string): string | null {
  if (line.length > 300) return null;
  const match = COPYRIGHT.exec(line.trim());
  if (!match?.[1]) return null;
  let holder = match[1].replace(HOLDER_END, "").trim();
  for (let i = 0; i < 3 && COMPANY_SUFFIX.test(holder); i += 1)
    holder = holder.replace(COMPANY_SUFFIX, "").trim();
  // Photo credits ("© REUTERS / POOL") and bare years are no page owner.
  if (holder.includes("/") || !/\p{L}{2}/u.test(holder)) return null;
  return holder;
}

/** Copyright holders the page names outside captions, the last (the page footer's) first. */
export function copyrightHolders(doc: CleanDoc): string[] {
  const holders: string[] = [];
  for (let i = doc.blocks.length - 1; i >= 0; i -= 1) {
    const block = doc.blocks[i];
    if (!block || block.role === "caption") continue;
    const holder = copyrightHolder(block.text);
    if (holder && !holders.includes(holder)) holders.push(holder);
  }
  return holders;
}
