// Area use-cases: the area tree (a public read), each area with its latest yearly population and its source.
import type { UseCaseContext } from '../kernel/context.ts';
import type { AreaListing, AreaStore } from './ports.ts';

export interface AreaTreeNode extends AreaListing {
  children: AreaTreeNode[];
}

/** Nests the areas under their parents; an area whose parent is not stored becomes a root. */
export function nestAreas(areas: readonly AreaListing[]): AreaTreeNode[] {
  const nodes = new Map<string, AreaTreeNode>(areas.map((a) => [a.code, { ...a, children: [] }]));
  const roots: AreaTreeNode[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentCode ? nodes.get(n.parentCode) : undefined;
    (parent ? parent.children : roots).push(n);
  }
  return roots;
}

/** The areas at or below `root` (a jurisdiction's tree in the one forest of the installation). */
export function areasWithin<A extends { code: string; parentCode: string | null }>(
  areas: readonly A[],
  root: string,
): A[] {
  const parent = new Map(areas.map((a) => [a.code, a.parentCode]));
  const below = (code: string) => {
    for (let c: string | null | undefined = code; c; c = parent.get(c)) if (c === root) return true;
    return false;
  };
  return areas.filter((a) => below(a.code));
}

/** The request's jurisdiction's area tree (every area outside a request: the CLI). */
export async function areaTree(ctx: UseCaseContext<{ areas: AreaStore }>): Promise<AreaTreeNode[]> {
  const all = await ctx.stores.areas.list();
  return nestAreas(ctx.jurisdiction ? areasWithin(all, ctx.jurisdiction) : all);
}
