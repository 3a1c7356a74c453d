// Venues' annual assessment: the scorecard of a year, the self-reports with their review, the published results.
import type { Scorecard, VenueReport } from '@kepu/domain/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { iso, isoOrNull, num } from './rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;
const json = (v: unknown) => JSON.stringify(v);

export async function getScorecard(db: Db, year: number): Promise<Scorecard | undefined> {
  const { rows } = await sql<Row>`select card from svc_scorecards where year = ${year}`.execute(db);
  return rows[0]?.card as Scorecard | undefined;
}

export async function saveScorecard(db: Db, year: number, card: Scorecard) {
  await sql`insert into svc_scorecards (year, card) values (${year}, ${json(card)}::jsonb)
    on conflict (year) do update set card = excluded.card, updated_at = now()`.execute(db);
}

const report = (r: Row): VenueReport => ({
  venueId: num(r.venue_id),
  venueName: String(r.venue_name),
  year: num(r.year),
  card: r.card as VenueReport['card'],
  values: r.values as Record<string, number>,
  selfPoints: r.self_points as Record<string, number>,
  selfTotal: num(r.self_total),
  note: String(r.note),
  state: r.state as VenueReport['state'],
  reviewPoints: (r.review_points as Record<string, number> | null) ?? null,
  reviewTotal: r.review_total === null ? null : num(r.review_total),
  grade: (r.grade as VenueReport['grade']) ?? null,
  comment: String(r.comment),
  checkInspectionId: r.check_inspection_id === null ? null : num(r.check_inspection_id),
  submittedAt: iso(r.submitted_at),
  reviewedAt: isoOrNull(r.reviewed_at),
  publishedAt: isoOrNull(r.published_at),
});

export async function venueReports(db: Db, year: number, venueId?: number): Promise<VenueReport[]> {
  const { rows } = await sql<Row>`select r.*, v.name as venue_name
    from svc_venue_reports r join svc_venues v on v.id = r.venue_id
    where r.year = ${year} and (${venueId ?? null}::int is null or r.venue_id = ${venueId ?? null}::int)
    order by v.name, v.id`.execute(db);
  return rows.map(report);
}

export async function saveVenueReport(db: Db, r: Omit<VenueReport, 'venueName'>) {
  await sql`insert into svc_venue_reports (venue_id, year, card, values, self_points, self_total, note, state,
      review_points, review_total, grade, comment, check_inspection_id, submitted_at, reviewed_at, published_at)
    values (${r.venueId}, ${r.year}, ${json(r.card)}::jsonb, ${json(r.values)}::jsonb, ${json(r.selfPoints)}::jsonb,
      ${r.selfTotal}, ${r.note}, ${r.state}, ${r.reviewPoints && json(r.reviewPoints)}::jsonb, ${r.reviewTotal},
      ${r.grade && json(r.grade)}::jsonb, ${r.comment}, ${r.checkInspectionId}, ${r.submittedAt}, ${r.reviewedAt},
      ${r.publishedAt})
    on conflict (venue_id, year) do update set card = excluded.card, values = excluded.values,
      self_points = excluded.self_points, self_total = excluded.self_total, note = excluded.note,
      state = excluded.state, review_points = excluded.review_points, review_total = excluded.review_total,
      grade = excluded.grade, comment = excluded.comment, check_inspection_id = excluded.check_inspection_id,
      submitted_at = excluded.submitted_at,
      reviewed_at = excluded.reviewed_at, published_at = excluded.published_at`.execute(db);
}

export async function publishVenueReports(db: Db, year: number, at: string): Promise<number[]> {
  const { rows } = await sql<Row>`update svc_venue_reports set state = 'published', published_at = ${at}
    where year = ${year} and state = 'reviewed' returning venue_id`.execute(db);
  return rows.map((r) => num(r.venue_id));
}
