/** Disjoint sets over 0..n-1; `find` returns the smallest member, so group order follows input order. */
export class UnionFind {
  // A typed array: one int a member, where a corpus of quotes would otherwise fill a JavaScript array.
  private readonly parent: Uint32Array;

  constructor(size: number) {
    this.parent = Uint32Array.from({ length: size }, (_, i) => i);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = x;
    while (this.parent[node] !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}
