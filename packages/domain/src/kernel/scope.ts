// Area subtrees: whether an area lies at or below a root (areas carry their ancestor path).

/** An area as scope checks see it: its code and the codes of its ancestors. */
export interface AreaScope {
  code: string;
  path: readonly string[];
}

/** True when `area` is `root` or lies below it; false when either is missing. */
export function inSubtree(area: AreaScope | null | undefined, root: string | null | undefined): boolean {
  return !!area && !!root && (area.code === root || area.path.includes(root));
}
