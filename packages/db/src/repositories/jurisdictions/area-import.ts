// Imports an area tree (any province, city or county) into the one area forest of the installation: new areas are
// added, existing ones keep their data, a stored tree's top that the new tree contains moves under it, every path is
// made true again, and the indicator rollups (summed up the paths) are rebuilt when a path changed.
import type { AreaLevel } from '@kepu/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';
import { rebuildRollups } from '../indicators/rollup.repository.ts';

type Db = Kysely<Database>;

export interface AreaImportNode {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode: string | null;
}
export interface AreaImportResult {
  added: number;
  /** Areas whose ancestors changed (a city placed under its newly imported province). */
  moved: number;
}

export async function importAreaNodes(db: Db, nodes: AreaImportNode[]): Promise<AreaImportResult> {
  const stored = await db.selectFrom('areas').select(['code', 'parent_code', 'path']).execute();
  const known = new Map(stored.map((a) => [a.code, a]));
  const fresh = nodes.filter((n) => !known.has(n.code));
  // parents first, so the foreign key holds at every insert
  for (let i = 0; i < fresh.length; i += 500) {
    await db
      .insertInto('areas')
      .values(
        fresh
          .slice(i, i + 500)
          .map((n) => ({ code: n.code, name: n.name, level: n.level, parent_code: n.parentCode, path: [] })),
      )
      .execute();
  }
  // a stored top (no parent) that the imported tree places under a parent: link it
  for (const n of nodes) {
    const s = known.get(n.code);
    if (s && s.parent_code === null && n.parentCode !== null)
      await db.updateTable('areas').set({ parent_code: n.parentCode }).where('code', '=', n.code).execute();
  }
  const all = await db.selectFrom('areas').select(['code', 'parent_code', 'path']).execute();
  const parent = new Map(all.map((a) => [a.code, a.parent_code]));
  const pathOf = (code: string): string[] => {
    const out: string[] = [];
    for (let p = parent.get(code); p; p = parent.get(p)) out.unshift(p);
    return out;
  };
  let moved = 0;
  for (const a of all) {
    const path = pathOf(a.code);
    if (path.join(',') === (a.path ?? []).join(',')) continue;
    await db.updateTable('areas').set({ path }).where('code', '=', a.code).execute();
    if (known.has(a.code)) moved++;
  }
  if (moved > 0) await rebuildRollups(db);
  return { added: fresh.length, moved };
}
