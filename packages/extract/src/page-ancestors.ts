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

/** A test of one element. Define each at module level: its results are remembered per page by its identity. */
export type NodeTest = (node: PageNode) => boolean;

/** Whether an element's names (its classes and id) match a pattern, a form's also as "form" when told so. */
export function namesMatch(pattern: RegExp, formAsName = false): NodeTest {
  // A sticky or global pattern would carry lastIndex from one element to the next.
  if (pattern.global || pattern.sticky) throw new Error(`names pattern ${pattern} must not be global`);
  return formAsName
    ? (node) => pattern.test(node.names) || (node.tag === "form" && pattern.test("form"))
    : (node) => pattern.test(node.names);
}

// Per page (its node list), per test: 0 not yet tested, else 1 + whether the element passed. Blocks share their
// ancestors, and the author and date rules ask the same questions of each block: each element is tested once.
const NOT_TESTED = 0;
const FAILED = 1;
const PASSED = 2;
const results = new WeakMap<readonly PageNode[], Map<NodeTest, Uint8Array>>();

function resultsOf(nodes: readonly PageNode[], test: NodeTest): Uint8Array {
  let byTest = results.get(nodes);
  if (!byTest) {
    byTest = new Map();
    results.set(nodes, byTest);
  }
  let tested = byTest.get(test);
  if (!tested) {
    tested = new Uint8Array(nodes.length);
    byTest.set(test, tested);
  }
  return tested;
}

/** Whether one of the elements that hold a block, its own first, up to `depth` of them, passes a test. */
export function hasAncestor(
  block: CleanBlock,
  nodes: readonly PageNode[],
  depth: number,
  test: NodeTest,
): boolean {
  let at: number | undefined = block.hints.node;
  if (at === undefined) return false;
  const tested = resultsOf(nodes, test);
  for (let steps = 0; at !== undefined && steps < depth; steps += 1) {
    const node: PageNode | undefined = nodes[at];
    if (!node) break;
    let result = tested[at];
    if (result === NOT_TESTED) {
      result = test(node) ? PASSED : FAILED;
      tested[at] = result;
    }
    if (result === PASSED) return true;
    at = node.parent ?? undefined;
  }
  return false;
}
