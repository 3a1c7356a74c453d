// Migration 20261205160000: a population kept on `areas` moves into the yearly ind_populations when that area has no
// row for that year (its source kept, or said to be missing), an existing yearly row wins, and the columns go;
// down() puts the columns back with each area's latest yearly figure.
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/index.ts';
import * as migration from '../src/migrations/20261205160000-populations-one-source.ts';
import { insertAreas } from '../src/repositories/area.repository.ts';
import { openTestDatabases } from '../src/testing.ts';

type Old = { population: number | null; population_year: number | null; population_source: string | null };

describe.each(openTestDatabases())('populations one-source migration on $name', ({ open }) => {
  let h: DatabaseHandle;
  const raw = () => h.db as unknown as Kysely<unknown>;
  const pops = async () =>
    h.db
      .selectFrom('ind_populations')
      .select(['area_code', 'year', 'population', 'source'])
      .orderBy('area_code')
      .orderBy('year')
      .execute();
  const old = async (code: string) =>
    (
      await sql<Old>`select population, population_year, population_source from areas where code = ${code}`.execute(
        h.db,
      )
    ).rows[0];
  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, [
      { code: '211100', name: '盘锦市', level: 'city', parentCode: null },
      { code: '211102', name: '双台子区', level: 'district', parentCode: '211100' },
      { code: '211103', name: '兴隆台区', level: 'district', parentCode: '211100' },
      { code: '211104', name: '大洼区', level: 'district', parentCode: '211100' },
      { code: '211122', name: '盘山县', level: 'district', parentCode: '211100' },
    ]);
    await h.db
      .insertInto('ind_populations')
      .values([
        { area_code: '211104', year: 2018, population: 400000, source: '统计年鉴 2018' },
        { area_code: '211104', year: 2020, population: 422797, source: '第七次全国人口普查' },
      ])
      .execute();
  });
  afterAll(() => h?.close());

  it('down() brings back the columns with each area’s latest yearly figure', async () => {
    await migration.down(raw());
    expect(await old('211104')).toEqual({
      population: 422797,
      population_year: 2020,
      population_source: '第七次全国人口普查',
    });
    expect(await old('211102')).toEqual({ population: null, population_year: null, population_source: null });
  });

  it('up() moves the old figures without a yearly row, keeps existing rows and drops the columns', async () => {
    const set = (code: string, o: Old) =>
      sql`update areas set population = ${o.population}, population_year = ${o.population_year},
          population_source = ${o.population_source} where code = ${code}`.execute(h.db);
    await set('211102', { population: 300123, population_year: 2021, population_source: '区统计公报' });
    await set('211103', { population: 5, population_year: null, population_source: 'no year' });
    await set('211104', { population: 999, population_year: 2020, population_source: 'typed over' });
    await set('211122', { population: 350000, population_year: 2019, population_source: '  ' });
    await migration.up(raw());
    expect(await pops()).toEqual([
      { area_code: '211102', year: 2021, population: 300123, source: '区统计公报' },
      { area_code: '211104', year: 2018, population: 400000, source: '统计年鉴 2018' },
      { area_code: '211104', year: 2020, population: 422797, source: '第七次全国人口普查' },
      {
        area_code: '211122',
        year: 2019,
        population: 350000,
        source: expect.stringContaining('迁移自原地区表'),
      },
    ]);
    await expect(sql`select population from areas`.execute(h.db)).rejects.toThrow(/population/);
  });

  it('down() after up() gives the moved figure back to its area', async () => {
    await migration.down(raw());
    expect(await old('211102')).toEqual({
      population: 300123,
      population_year: 2021,
      population_source: '区统计公报',
    });
    await migration.up(raw());
  });
});
