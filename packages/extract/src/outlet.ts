import { type CleanDoc, type Field, fromBlock, fromKey } from "@clippings/core";
import { copyrightHolders } from "./copyright.js";
import type { Dateline } from "./dateline.js";
import type { MetaValue } from "./page-metadata.js";
import type { RegistryIndex } from "./registry-index.js";

export interface OutletResult {
  outlet: Field<string>;
  agency: Field<string>;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The agency named by the dateline tag, or inside a syndication tag such as "(Publisher- Agency (TAG))". */
function agencyFrom(
  dateline: Dateline | null,
  registry: RegistryIndex,
): { name: string; known: boolean } | null {
  if (!dateline) return null;
  for (const tag of [dateline.tag, ...syndicationParts(dateline.syndication)]) {
    if (!tag) continue;
    const outlet = registry.wireTag(tag);
    if (outlet) return { name: outlet.name, known: true };
  }
  return dateline.tag && /^[\p{Lu}][\p{L} .&-]{1,30}$/u.test(dateline.tag)
    ? { name: dateline.tag, known: false }
    : null;
}

function syndicationParts(syndication: string | null): string[] {
  if (!syndication) return [];
  return syndication
    .split(/[-()]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The publisher, from the page's domain, then a registry signature line anywhere on the page, then the site
 * name an HTML page states (og:site_name, JSON-LD publisher), then the holder of the page's copyright line when
 * the registry knows it, then the agency when the agency published its own story (no copyright line names
 * another owner), then an HTML page's own domain. The agency comes from the dateline's tag. A text scrape whose
 * outlet the registry does not know is left unknown rather than guessed.
 */
export function extractOutlet(
  doc: CleanDoc,
  dateline: Dateline | null,
  firstBlock: number | null,
  registry: RegistryIndex,
  siteNames: readonly MetaValue[] = [],
): OutletResult {
  const agency = agencyFrom(dateline, registry);
  const agencyField: Field<string> = agency
    ? {
        value: agency.name,
        confidence: agency.known ? 0.9 : 0.5,
        from: firstBlock === null ? null : fromBlock(firstBlock),
        rule: agency.known
          ? "dateline agency tag in the registry"
          : "dateline agency tag not in the registry",
      }
    : { value: null, confidence: 0.6, from: null, rule: "no agency tag in a dateline" };
  const result = (outlet: Field<string>): OutletResult => ({ outlet, agency: agencyField });

  const host = hostOf(doc.url);
  const byDomain = host ? registry.domain(host) : null;
  if (byDomain)
    return result({ value: byDomain.name, confidence: 0.95, from: fromKey("url"), rule: "registry domain" });
  // A signature is in a block's folded text only if it is in the folded text of all blocks joined by line breaks
  // (folding neither joins nor splits across a line break): one look at the whole page spares folding every
  // block of the many pages that carry none.
  const signed = registry.signatureIn(doc.blocks.map((block) => block.text).join("\n")) !== null;
  for (const block of signed ? doc.blocks : []) {
    const hit = registry.signatureIn(block.text);
    if (hit) {
      return result({
        value: hit.outlet.name,
        confidence: 0.9,
        from: fromBlock(block.index),
        rule: `registry signature "${hit.signature}"`,
      });
    }
  }
  const stated = siteNames[0];
  if (stated) {
    const known = registry.named(stated.value);
    return result({
      value: known?.name ?? stated.value,
      confidence: known ? 0.9 : 0.8,
      from: fromKey(stated.key),
      rule: known
        ? `site name the page states (${stated.key}), in the registry`
        : `site name the page states (${stated.key})`,
    });
  }
  // The last copyright line is the page owner's (a wire story's own notice comes before the site footer).
  const owner = copyrightHolders(doc)[0] ?? null;
  if (owner !== null) {
    const registered = registry.named(owner);
    if (registered) {
      return result({
        value: registered.name,
        confidence: 0.8,
        from: fromKey("copyright"),
        rule: `copyright line "${owner}"`,
      });
    }
    if (doc.format !== "html") {
      return result({
        value: null,
        confidence: 0,
        from: null,
        rule: `copyright held by "${owner}", not in the registry`,
      });
    }
  }
  if (agency?.known && owner === null) {
    return result({
      ...agencyField,
      confidence: 0.75,
      rule: "agency's own story: dateline tag with no other publisher named",
    });
  }
  if (host && doc.format === "html") {
    return result({
      value: host.toLowerCase().replace(/^www\d?\./, ""),
      confidence: 0.4,
      from: fromKey("url"),
      rule: "the page's domain (no site name stated, not in the registry)",
    });
  }
  return result({ value: null, confidence: 0, from: null, rule: "outlet not in the registry" });
}
