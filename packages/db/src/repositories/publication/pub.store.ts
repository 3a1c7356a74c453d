// PubStore over one handle: releases are appended (version = previous of the year + 1), never changed.
import type { PubRelease, PubSnapshot, PubStore } from '@kepu/domain/publication';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as PubSnapshot;

export function pubStore(db: Kysely<Database>): PubStore {
  return {
    async listReleases() {
      const rows = await db
        .selectFrom('pub_releases')
        .select(['id', 'year', 'version', 'published_at'])
        .orderBy('published_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        year: r.year,
        version: r.version,
        publishedAt: iso(r.published_at),
      }));
    },
    async latest(year) {
      let q = db.selectFrom('pub_releases').selectAll();
      q = year === undefined ? q.orderBy('year', 'desc') : q.where('year', '=', year);
      const r = await q.orderBy('version', 'desc').limit(1).executeTakeFirst();
      return (
        r && {
          id: r.id,
          year: r.year,
          version: r.version,
          publishedAt: iso(r.published_at),
          snapshot: parse(r.snapshot),
        }
      );
    },
    async insertRelease(year, snapshot, by): Promise<PubRelease> {
      // one publish of a year at a time: the version is the year's count + 1 under a transaction-scoped lock
      await sql`select pg_advisory_xact_lock(1415, ${year}::int)`.execute(db);
      const prev = await db
        .selectFrom('pub_releases')
        .select((e) => e.fn.max('version').as('v'))
        .where('year', '=', year)
        .executeTakeFirst();
      const version = Number(prev?.v ?? 0) + 1;
      const r = await db
        .insertInto('pub_releases')
        .values({ year, version, snapshot: JSON.stringify(snapshot), published_by: by })
        .returning(['id', 'published_at'])
        .executeTakeFirstOrThrow();
      return { id: r.id, year, version, publishedAt: iso(r.published_at), snapshot };
    },
  };
}
