// Which areas the signed-in user may enter figures for: 'area.edit' lists subtree roots, so an area is editable when
// it or one of its ancestors is listed.
import type { Abilities, Area } from '../../../api/core/types.ts';
import { areaOptions } from '../../area-options.ts';
import type { SelectOption } from '../../native-select.tsx';

/** code → the codes from the area itself up to the root. */
export function areaLineage(tree: Area[], up: string[] = []): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of tree) {
    const line = [a.code, ...up];
    out.set(a.code, line);
    for (const [k, v] of areaLineage(a.children ?? [], line)) out.set(k, v);
  }
  return out;
}

export function mayEditArea(abilities: Abilities, lineage: Map<string, string[]>, code: string): boolean {
  const list = abilities['area.edit'];
  if (list === 'all') return true;
  return (lineage.get(code) ?? []).some((c) => list.includes(c));
}

/** The area options (tree order, indented) the user may edit. */
export function editableAreaOptions(tree: Area[], abilities: Abilities): SelectOption[] {
  const lineage = areaLineage(tree);
  return areaOptions(tree).filter((o) => mayEditArea(abilities, lineage, o.value));
}
