// Groups of mentions that refer to the same thing, joined pairwise by the alias steps.

/** Disjoint sets over 0..n-1; each set's root is its smallest member (its first mention). */
export class UnionFind {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // Keep the earlier mention as the root so entity order follows first mentions.
    if (ra !== rb) ra < rb ? (this.parent[rb] = ra) : (this.parent[ra] = rb);
  }
}
