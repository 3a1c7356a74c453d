// CmdStore over one Kysely handle: rounds, nominations, the log of moves, and the volunteers' and teams' figures
// (approved hours and activities served in a period) read from the volunteers' hour records.
import type { CmdEvent, CmdStore, NominationRecord, RoundRecord } from '@kepu/domain/commendations';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../schema.ts';
import { day, iso, isoOrNull, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const round = (r: Row): RoundRecord => ({
  id: num(r.id),
  year: num(r.year),
  title: String(r.title),
  periodFrom: day(r.period_from),
  periodTo: day(r.period_to),
  thresholds: r.thresholds as RoundRecord['thresholds'],
  state: r.state as RoundRecord['state'],
  decisionNumber: (r.decision_number as string) ?? null,
  decisionDate: r.decision_date === null ? null : day(r.decision_date),
  publishedAt: isoOrNull(r.published_at),
  createdAt: iso(r.created_at),
  demo: Boolean(r.demo),
});

const nomination = (r: Row): NominationRecord => ({
  id: num(r.id),
  roundId: num(r.round_id),
  category: r.category as NominationRecord['category'],
  subjectKind: r.subject_kind as NominationRecord['subjectKind'],
  subjectId: r.subject_id === null ? null : num(r.subject_id),
  name: String(r.name),
  affiliation: String(r.affiliation),
  areaCode: (r.area_code as string) ?? null,
  unitId: r.unit_id === null ? null : num(r.unit_id),
  citation: String(r.citation),
  evidence: (r.evidence as string[]) ?? [],
  publicConsent: Boolean(r.public_consent),
  figures: (r.figures as NominationRecord['figures']) ?? {},
  belowThreshold: Boolean(r.below_threshold),
  belowReason: String(r.below_reason),
  state: r.state as NominationRecord['state'],
  comment: String(r.comment),
  createdBy: String(r.created_by),
  createdAt: iso(r.created_at),
});

const event = (r: Row): CmdEvent => ({
  entity: r.entity as CmdEvent['entity'],
  entityId: num(r.entity_id),
  move: r.move as CmdEvent['move'],
  fromState: String(r.from_state),
  toState: String(r.to_state),
  comment: String(r.comment),
  by: String(r.by_name),
  at: iso(r.at),
});

const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

/** Approved hours and activities served (an opportunity once, a record without one each) grouped by a column. */
async function figures(db: Db, column: 'volunteer_id' | 'team_id', from: string, to: string) {
  const { rows } = await sql<Row>`select ${sql.ref(`h.${column}`)} as id, sum(h.hours) as hours,
      count(distinct h.opportunity_id) + count(*) filter (where h.opportunity_id is null) as activities
    from vol_hours h where h.state = 'approved' and h.started_at >= ${from}::date
      and h.started_at < ${to}::date + 1 group by ${sql.ref(`h.${column}`)}`.execute(db);
  return rows.map((r) => ({
    id: num(r.id),
    approvedHours: Math.round(num(r.hours) * 100) / 100,
    activities: num(r.activities),
  }));
}

export function cmdStore(db: Db): CmdStore {
  const getRound = async (id: number) => {
    const { rows } = await sql<Row>`select * from cmd_rounds where id = ${id}`.execute(db);
    return rows[0] && round(rows[0]);
  };
  const getNomination = async (id: number) => {
    const { rows } = await sql<Row>`select * from cmd_nominations where id = ${id}`.execute(db);
    return rows[0] && nomination(rows[0]);
  };
  return {
    listRounds: async () =>
      (await sql<Row>`select * from cmd_rounds order by year desc`.execute(db)).rows.map(round),
    getRound,
    roundOfYear: async (year) => {
      const { rows } = await sql<Row>`select * from cmd_rounds where year = ${year}`.execute(db);
      return rows[0] && round(rows[0]);
    },
    insertRound: async (r, at) => {
      const { rows } = await sql<Row>`insert into cmd_rounds (year, title, period_from, period_to, thresholds,
          created_at)
        values (${r.year}, ${r.title}, ${r.periodFrom}::date, ${r.periodTo}::date, ${json(r.thresholds)},
          ${at}::timestamptz) returning id`.execute(db);
      return (await getRound(num(rows[0]?.id))) as RoundRecord;
    },
    setThresholds: async (id, t) => {
      await sql`update cmd_rounds set thresholds = ${json(t)} where id = ${id}`.execute(db);
    },
    setRoundState: async (id, state, p) => {
      await sql`update cmd_rounds set state = ${state},
        decision_number = coalesce(${p.decisionNumber ?? null}, decision_number),
        decision_date = coalesce(${p.decisionDate ?? null}::date, decision_date),
        published_at = coalesce(${p.publishedAt ?? null}::timestamptz, published_at) where id = ${id}`.execute(
        db,
      );
    },
    listNominations: async (roundId) =>
      (
        await sql<Row>`select * from cmd_nominations where round_id = ${roundId} order by category, id`.execute(
          db,
        )
      ).rows.map(nomination),
    getNomination,
    insertNomination: async (n, by, at) => {
      const { rows } =
        await sql<Row>`insert into cmd_nominations (round_id, category, subject_kind, subject_id,
          name, affiliation, area_code, unit_id, citation, evidence, public_consent, figures, below_threshold,
          below_reason, created_by, created_at)
        values (${n.roundId}, ${n.category}, ${n.subjectKind}, ${n.subjectId}, ${n.name}, ${n.affiliation},
          ${n.areaCode}, ${n.unitId}, ${n.citation}, ${sql.val(n.evidence)}::text[], ${n.publicConsent},
          ${json(n.figures)}, ${n.belowThreshold}, ${n.belowReason}, ${by}, ${at}::timestamptz)
        returning id`.execute(db);
      return (await getNomination(num(rows[0]?.id))) as NominationRecord;
    },
    updateNomination: async (id, p) => {
      const set = [
        p.state !== undefined && sql`state = ${p.state}`,
        p.comment !== undefined && sql`comment = ${p.comment}`,
        p.citation !== undefined && sql`citation = ${p.citation}`,
        p.evidence !== undefined && sql`evidence = ${sql.val(p.evidence)}::text[]`,
        p.belowReason !== undefined && sql`below_reason = ${p.belowReason}`,
        p.belowThreshold !== undefined && sql`below_threshold = ${p.belowThreshold}`,
        p.figures !== undefined && sql`figures = ${json(p.figures)}`,
      ].filter((x) => x !== false);
      if (set.length)
        await sql`update cmd_nominations set ${sql.join(set, sql`, `)} where id = ${id}`.execute(db);
    },
    insertEvent: async (e) => {
      await sql`insert into cmd_events (entity, entity_id, move, from_state, to_state, comment, by_name, at)
        values (${e.entity}, ${e.entityId}, ${e.move}, ${e.fromState}, ${e.toState}, ${e.comment}, ${e.by},
          ${e.at}::timestamptz)`.execute(db);
    },
    events: async (entity, ids) => {
      if (!ids.length) return [];
      const { rows } = await sql<Row>`select * from cmd_events where entity = ${entity}
        and entity_id in (${sql.join(ids)}) order by at, id`.execute(db);
      return rows.map(event);
    },
    volunteerFigures: (from, to) => figures(db, 'volunteer_id', from, to),
    teamFigures: (from, to) => figures(db, 'team_id', from, to),
  };
}
