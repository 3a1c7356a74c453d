// A lock per group of units for the rollup triggers (issue 18 point 9): saves of units in different areas or
// department types no longer wait for each other. Before, every trigger of 20261206100000-ind-rollup-stages took one
// advisory lock for all, so under load the saves queued on it from their first figure to their commit.
//
// Rollup rows are keyed by the unit's own area and department type, so units of one (area_code, dept_type) group share
// rows and other groups share none. A trigger recounts every figure of the (unit, item) pairs it touched across years
// (kind 'l' chains a unit's years), so two changes of one unit, and two changes of one group's shared rows, must apply
// in turn: a trigger takes the shared advisory lock 5209114, then the two-key lock (5209114, hash of the group) for each
// group its statement changes, in key order. A save writes its figures in more than one statement; were the lock per
// unit, two units of a group could lock each other's rows in opposite orders (a deadlock). A statement changing more
// than 32 groups (assigning a year's reports, moving units) takes 5209114 exclusively instead, and so does a bulk
// import (lockRollups, which also sets `kepu.rollup_exclusive`, so that the import's own triggers take no further lock).
// A transaction that deadlocks anyway (one writing several groups in turn) is run again by inUseCase.
import type { Kysely } from 'kysely';
import { createRollupFunctions, type RollupLock } from './20261206100000-ind-rollup-stages.ts';

const groupLock: RollupLock = (groups) => `
  if current_setting('kepu.rollup_exclusive', true) is distinct from 'on' then
    if (select count(*) from (${groups}) c) > 32 then
      perform pg_advisory_xact_lock(5209114);
    else
      perform pg_advisory_xact_lock_shared(5209114);
      for locked_group in
        select distinct hashtext(g.area_code || '/' || g.dept_type) from (${groups}) as g(area_code, dept_type) order by 1
      loop
        perform pg_advisory_xact_lock(5209114, locked_group);
      end loop;
    end if;
  end if;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await createRollupFunctions(db, groupLock);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await createRollupFunctions(db, () => 'perform pg_advisory_xact_lock(5209114);');
}
