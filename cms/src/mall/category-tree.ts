/**
 * The category tree: at most 3 levels, no cycles, goods on leaves. Pure functions over rows, so the
 * rules are testable and the same code serves the public tree, the filters and the write checks.
 */
export const MAX_CATEGORY_LEVEL = 3;

export interface CategoryRow {
  id: number;
  documentId: string;
  name: string;
  parentId: number | null;
  sort: number;
  enabled: boolean;
  iconUrl: string | null;
}

export interface CategoryNode {
  documentId: string;
  name: string;
  level: number;
  sort: number;
  icon: string | null;
  children: CategoryNode[];
}

export class CategoryTree {
  private readonly byId = new Map<number, CategoryRow>();
  private readonly childrenOf = new Map<number | null, CategoryRow[]>();

  constructor(rows: CategoryRow[]) {
    for (const row of rows) this.byId.set(row.id, row);
    for (const row of rows) {
      const siblings = this.childrenOf.get(row.parentId) ?? [];
      siblings.push(row);
      this.childrenOf.set(row.parentId, siblings);
    }
    for (const siblings of this.childrenOf.values()) siblings.sort((a, b) => a.sort - b.sort || a.id - b.id);
  }

  get(id: number): CategoryRow | undefined {
    return this.byId.get(id);
  }

  findByDocumentId(documentId: string): CategoryRow | undefined {
    for (const row of this.byId.values()) if (row.documentId === documentId) return row;
    return undefined;
  }

  children(id: number | null): CategoryRow[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** Ancestors from the parent up to the root; stops (and reports) on a cycle. */
  ancestors(id: number): { chain: CategoryRow[]; cycle: boolean } {
    const chain: CategoryRow[] = [];
    const seen = new Set<number>([id]);
    let current = this.byId.get(id)?.parentId ?? null;
    while (current !== null) {
      if (seen.has(current)) return { chain, cycle: true };
      seen.add(current);
      const row = this.byId.get(current);
      if (!row) break;
      chain.push(row);
      current = row.parentId;
    }
    return { chain, cycle: false };
  }

  level(id: number): number {
    return this.ancestors(id).chain.length + 1;
  }

  /** Levels below `id` including itself (a leaf has height 1). */
  height(id: number, seen = new Set<number>()): number {
    if (seen.has(id)) return Infinity;
    seen.add(id);
    const kids = this.children(id);
    return kids.length === 0 ? 1 : 1 + Math.max(...kids.map((k) => this.height(k.id, seen)));
  }

  /** The category itself and everything below it. */
  descendantIds(id: number): number[] {
    const out: number[] = [];
    const stack = [id];
    const seen = new Set<number>();
    while (stack.length) {
      const current = stack.pop() as number;
      if (seen.has(current)) continue;
      seen.add(current);
      out.push(current);
      for (const child of this.children(current)) stack.push(child.id);
    }
    return out;
  }

  /** Enabled categories whose ancestors are all enabled: what a visitor may see. */
  visibleIds(): Set<number> {
    const visible = new Set<number>();
    const walk = (parent: number | null) => {
      for (const row of this.children(parent)) {
        if (!row.enabled) continue;
        visible.add(row.id);
        walk(row.id);
      }
    };
    walk(null);
    return visible;
  }

  /** The public tree: enabled nodes only, sorted, 3 levels. */
  toPublicTree(parent: number | null = null, level = 1): CategoryNode[] {
    if (level > MAX_CATEGORY_LEVEL) return [];
    return this.children(parent)
      .filter((row) => row.enabled)
      .map((row) => ({
        documentId: row.documentId,
        name: row.name,
        level,
        sort: row.sort,
        icon: row.iconUrl,
        children: this.toPublicTree(row.id, level + 1),
      }));
  }

  /**
   * Why the tree around `id` breaks the rules, in words an operator reads; null when it is fine.
   * Checked after a write, inside its transaction, so whatever input shape the admin sent, the
   * resulting tree is what gets judged.
   */
  violation(id: number): string | null {
    const { chain, cycle } = this.ancestors(id);
    if (cycle) return '不能把分类移动到它自己或它的下级分类下面（会形成循环）';
    const level = chain.length + 1;
    if (level > MAX_CATEGORY_LEVEL) return `分类最多 ${MAX_CATEGORY_LEVEL} 级：所选上级分类已经是第 ${MAX_CATEGORY_LEVEL} 级`;
    if (level - 1 + this.height(id) > MAX_CATEGORY_LEVEL) {
      return `分类最多 ${MAX_CATEGORY_LEVEL} 级：移动后它的下级分类会超过第 ${MAX_CATEGORY_LEVEL} 级`;
    }
    return null;
  }
}
