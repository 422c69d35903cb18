import type { Outlet, OutletRegistry } from "@clippings/core";
import { fold } from "./fold.js";

const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\/-]/g;

/**
 * A folded text (lower case, single spaces, trimmed) as a pattern that finds it in a text that is lowered but
 * whose white space is not collapsed: each of its spaces matches a run of white space, as folding would make it.
 */
function spacedPattern(folded: string): RegExp {
  return new RegExp(
    folded
      .split(" ")
      .map((word) => word.replace(REGEXP_SYNTAX, "\\$&"))
      .join("\\s+"),
  );
}

/** Look-ups into the outlet registry by name or alias, wire tag, domain and signature line. */
export class RegistryIndex {
  private readonly byName = new Map<string, Outlet>();
  private readonly byWireTag = new Map<string, Outlet>();
  private readonly byDomain = new Map<string, Outlet>();
  private readonly signatures: { text: string; pattern: RegExp; outlet: Outlet }[] = [];

  constructor(registry: OutletRegistry) {
    for (const outlet of registry.outlets) {
      for (const name of [outlet.name, ...outlet.aliases]) this.byName.set(fold(name), outlet);
      for (const tag of outlet.wireTags) this.byWireTag.set(fold(tag), outlet);
      for (const domain of outlet.domains) this.byDomain.set(fold(domain), outlet);
      for (const signature of outlet.signatures) {
        const text = fold(signature);
        this.signatures.push({ text, pattern: spacedPattern(text), outlet });
      }
    }
  }

  get signatureLines(): string[] {
    return this.signatures.map((s) => s.text);
  }

  named(name: string): Outlet | null {
    return this.byName.get(fold(name)) ?? null;
  }

  wireTag(tag: string): Outlet | null {
    return this.byWireTag.get(fold(tag)) ?? this.named(tag);
  }

  /** The outlet whose registered domain is the host or one of its parents. */
  domain(host: string): Outlet | null {
    const parts = fold(host)
      .replace(/^www\./, "")
      .split(".");
    for (let i = 0; i < parts.length - 1; i += 1) {
      const found = this.byDomain.get(parts.slice(i).join("."));
      if (found) return found;
    }
    return null;
  }

  /**
   * The first registered signature that the text contains, folded as lines are compared. The text is asked about
   * whole (a page's blocks joined), and folding's collapse of white space would copy all of it: a signature's
   * pattern lets each of its spaces match a run of white space instead.
   */
  signatureIn(text: string): { outlet: Outlet; signature: string } | null {
    const lowered = text.normalize("NFKC").toLowerCase();
    const hit = this.signatures.find((s) => s.pattern.test(lowered));
    return hit ? { outlet: hit.outlet, signature: hit.text } : null;
  }
}
