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

export async function areaTree(ctx: UseCaseContext<{ areas: AreaStore }>): Promise<AreaTreeNode[]> {
  return nestAreas(await ctx.stores.areas.list());
}
