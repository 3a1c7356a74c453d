// Migration 20261205140000: a `narrow` target stored before (value 0, no share) gets reduction 0.3 and its basis;
// other targets and narrow targets that already carry a share are left alone; down() gives back the old shape.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/index.ts';
import * as migration from '../src/migrations/20261205140000-narrow-targets.ts';
import { openTestDatabases } from '../src/testing.ts';

describe.each(openTestDatabases())('narrow targets migration on $name', ({ open }) => {
  let h: DatabaseHandle;
  const row = (code: string, targets: unknown[]) => ({
    jurisdiction_code: '211100',
    code,
    zh: code,
    en: code,
    unit: '百分点',
    direction: 'decrease',
    natural_limit: 0,
    baseline_year: null,
    baseline_value: null,
    history: JSON.stringify([]),
    targets: JSON.stringify(targets),
    source: 'test',
  });
  const targets = async (code: string) =>
    (
      await h.db
        .selectFrom('ind_targets')
        .select('targets')
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).targets;
  beforeAll(async () => {
    h = await open();
    await h.db
      .insertInto('ind_targets')
      .values([
        row('OLD_GAP', [{ year: 2025, value: 0, comparator: 'narrow' }]),
        row('SHARE', [{ year: 2030, value: 40, comparator: '>' }]),
        row('NEW_GAP', [{ year: 2025, comparator: 'narrow', reduction: 0.5, basis: 'kept' }]),
      ])
      .execute();
  });
  afterAll(() => h?.close());

  it('adds the share and basis to old narrow targets only', async () => {
    await migration.up(h.db as unknown as Kysely<unknown>);
    expect(await targets('OLD_GAP')).toEqual([
      { year: 2025, comparator: 'narrow', reduction: 0.3, basis: expect.stringContaining('30%') },
    ]);
    expect(await targets('SHARE')).toEqual([{ year: 2030, value: 40, comparator: '>' }]);
    expect(await targets('NEW_GAP')).toEqual([
      { year: 2025, comparator: 'narrow', reduction: 0.5, basis: 'kept' },
    ]);
  });

  it('down() gives back value 0 without a share', async () => {
    await migration.down(h.db as unknown as Kysely<unknown>);
    expect(await targets('OLD_GAP')).toEqual([{ year: 2025, value: 0, comparator: 'narrow' }]);
    expect(await targets('SHARE')).toEqual([{ year: 2030, value: 40, comparator: '>' }]);
  });
});
