import type { CleanBlock, PageNode } from "@clippings/core";

/** The elements that hold a block on an HTML page, its own element first, up to `depth` of them. */
export function ancestorsOf(block: CleanBlock, nodes: readonly PageNode[], depth: number): PageNode[] {
  const found: PageNode[] = [];
  let at = block.hints.node;
  for (let steps = 0; at !== undefined && steps < depth; steps += 1) {
    const node = nodes[at];
    if (!node) break;
    found.push(node);
    at = node.parent ?? undefined;
  }
  return found;
}
