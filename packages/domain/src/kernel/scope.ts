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

/**
 * Jurisdictions by GB/T 2260 code: a province `PP0000` covers every code `PP….`, a prefecture-level city `PPCC00`
 * every code `PPCC..`, a county only itself. `000000` (the nation) covers all. A code covers itself.
 */
export function coversJurisdiction(
  scope: string | null | undefined,
  code: string | null | undefined,
): boolean {
  if (!scope || !code) return false;
  if (scope === code || scope === '000000') return true;
  if (!/^\d{6}$/.test(scope) || !/^\d{6}$/.test(code)) return false;
  if (scope.endsWith('0000')) return code.startsWith(scope.slice(0, 2));
  if (scope.endsWith('00')) return code.startsWith(scope.slice(0, 4));
  return false;
}
