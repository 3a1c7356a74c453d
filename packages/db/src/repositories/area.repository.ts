// The area tree (GB/T 2260 divisions plus zones); populations by year are in ind_populations (analysis.repository).
import type { Kysely } from 'kysely';
import type { AreasTable } from '../schema/core.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database>;

export interface AreaInput {
  code: string;
  name: string;
  level: AreasTable['level'];
  parentCode: string | null;
}

/** Inserts areas (parents before children) and fills each one's ancestor path; existing codes are kept. */
export async function insertAreas(db: Db, areas: AreaInput[]): Promise<number> {
  const pathOf = new Map<string, string[]>();
  const rows = areas.map((a) => {
    const path = a.parentCode ? [...(pathOf.get(a.parentCode) ?? []), a.parentCode] : [];
    pathOf.set(a.code, path);
    return { code: a.code, name: a.name, level: a.level, parent_code: a.parentCode, path };
  });
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('areas')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
  return rows.length;
}

export async function listAreas(db: Db) {
  return db.selectFrom('areas').selectAll().orderBy('code').execute();
}

export async function findArea(db: Db, code: string) {
  return db.selectFrom('areas').selectAll().where('code', '=', code).executeTakeFirst();
}
