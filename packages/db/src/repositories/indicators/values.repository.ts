// A report's figures written as the form saves them, and an import's figures of many units at once: batched
// upserts, one set-based delete, and for an import the rollups kept once per import rather than per statement.
import type { ValueCell } from '@kepu/domain/indicators';
import { type Kysely, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { Database } from '../../schema.ts';
import {
  countBulkChange,
  deferValuesRollup,
  dropEmptyRollups,
  lockRollups,
  noteBulkKeys,
} from './rollup.repository.ts';

type Db = Kysely<Database>;
/** A figure of one unit's report. */
export type UnitValueCell = ValueCell & { unitId: number };

const isEmpty = (c: ValueCell) => c.value === null && (c.text ?? '') === '';

/** Upserts the filled cells in batches that fit the parameter limit and deletes the emptied ones in one statement. */
async function writeCells(db: Db, year: number, cells: UnitValueCell[], by: string) {
  const keep: UnitValueCell[] = [];
  const drop: UnitValueCell[] = [];
  for (const c of cells) (isEmpty(c) ? drop : keep).push(c);
  for (const part of batches(keep, 7)) {
    await db
      .insertInto('ind_values')
      .values(
        part.map((c) => ({
          year,
          unit_id: c.unitId,
          item_code: c.item,
          option_code: c.option,
          value: c.value,
          text_value: c.text ?? null,
          updated_by: by,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['year', 'unit_id', 'item_code', 'option_code']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          text_value: eb.ref('excluded.text_value'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
  if (drop.length)
    await sql`delete from ind_values v
      using unnest(${drop.map((c) => c.unitId)}::int[], ${drop.map((c) => c.item)}::text[],
        ${drop.map((c) => c.option)}::text[]) as d(unit_id, item_code, option_code)
      where v.year = ${year} and v.unit_id = d.unit_id and v.item_code = d.item_code
        and v.option_code = d.option_code`.execute(db);
  return { written: keep.length, deleted: drop.length };
}

/** Writes one report's cells (an empty cell deletes the stored figure); the rollup triggers follow each statement.
 *  Returns how many were written and deleted. */
export async function saveValues(db: Db, year: number, unitId: number, cells: ValueCell[], by: string) {
  return writeCells(
    db,
    year,
    cells.map((c) => ({ ...c, unitId })),
    by,
  );
}

/**
 * An import's figures of many units of a year, in one transaction (the caller's, if it is one): written with the
 * values trigger deferred and the rollups kept once for the whole import (the trigger's change in one set-based
 * statement, however many units), then the units' reports back to draft in one statement.
 */
export async function importValues(db: Db, year: number, cells: UnitValueCell[], by: string): Promise<void> {
  if (!cells.length) return;
  if (!db.isTransaction) return db.transaction().execute((trx) => importValues(trx, year, cells, by));
  await lockRollups(db);
  await noteBulkKeys(db, year, {
    units: cells.map((c) => c.unitId),
    items: cells.map((c) => c.item),
    options: cells.map((c) => c.option),
  });
  await deferValuesRollup(db, true);
  await writeCells(db, year, cells, by);
  await deferValuesRollup(db, false);
  await countBulkChange(db, year);
  await dropEmptyRollups(db);
  await db
    .updateTable('ind_reports')
    .set({ state: 'draft', updated_at: sql<Date>`now()` })
    .where('year', '=', year)
    .where(sql<boolean>`unit_id = any(${[...new Set(cells.map((c) => c.unitId))]}::int[])`)
    .execute();
}
