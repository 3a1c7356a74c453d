// ContestStore over one Kysely handle (usually a transaction): items, contests, attempts (written in batches),
// flags, and the leaderboard counted from the attempts.
import type {
  Attempt,
  BoardKind,
  Contest,
  ContestResults,
  ContestStore,
  Flag,
  QuizItem,
  Team,
} from '@kepu/domain/contest';
import { type Kysely, sql } from 'kysely';
import { batches } from '../../parameter-limit.ts';
import type { Database } from '../../schema.ts';
import { iso, isoOrNull, num } from '../services/rows.ts';

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

const item = (r: Row): QuizItem => ({
  id: num(r.id),
  kind: r.kind as QuizItem['kind'],
  stem: String(r.stem),
  options: r.options as string[],
  answer: (r.answer as unknown[]).map(num),
  topic: String(r.topic),
  difficulty: r.difficulty as QuizItem['difficulty'],
  targetGroups: r.target_groups as QuizItem['targetGroups'],
  explanation: String(r.explanation),
  image:
    r.image_id === null || r.image_id === undefined
      ? null
      : { id: num(r.image_id), alt: String(r.image_alt) },
  review: r.review as QuizItem['review'],
  reports: num(r.reports ?? 0),
  demo: Boolean(r.demo),
});

const contest = (r: Row): Contest => ({
  id: num(r.id),
  title: String(r.title),
  mode: r.mode as Contest['mode'],
  opensAt: iso(r.opens_at),
  closesAt: iso(r.closes_at),
  timeLimit: r.time_limit === null ? null : num(r.time_limit),
  attemptCap: num(r.attempt_cap),
  areaCode: String(r.area_code),
  targetGroups: r.target_groups as Contest['targetGroups'],
  rules: r.rules as Contest['rules'],
  scoring: r.scoring as Contest['scoring'],
  teamMode: Boolean(r.team_mode),
  demo: Boolean(r.demo),
});

const attempt = (r: Row): Attempt => ({
  token: String(r.token),
  contestId: num(r.contest_id),
  playerKey: String(r.player_key),
  maskedName: String(r.masked_name),
  unit: String(r.unit),
  areaCode: String(r.area_code),
  district: String(r.district),
  targetGroup: r.target_group as Attempt['targetGroup'],
  device: String(r.device),
  teamId: r.team_id === null || r.team_id === undefined ? null : num(r.team_id),
  paper: (r.paper as unknown[]).map(num),
  startedAt: iso(r.started_at),
  deadline: isoOrNull(r.deadline),
  result:
    r.submitted_at === null
      ? null
      : {
          token: String(r.token),
          answers: r.answers as number[][],
          score: num(r.score),
          correct: num(r.correct),
          submittedAt: iso(r.submitted_at),
          seconds: num(r.seconds),
          signals: [],
        },
});

const team = (r: Row): Team => ({
  id: num(r.id),
  contestId: num(r.contest_id),
  name: String(r.name),
  code: String(r.code),
  unit: String(r.unit),
  areaCode: String(r.area_code),
});

const flag = (r: Row): Flag => ({
  id: num(r.id),
  contestId: num(r.contest_id),
  attemptToken: String(r.attempt_token),
  maskedName: String(r.masked_name),
  kind: r.kind as Flag['kind'],
  detail: String(r.detail),
  at: iso(r.at),
  decision: (r.decision as Flag['decision']) ?? null,
  note: (r.note as string) ?? null,
});

const ints = (xs: number[]) => sql`${`{${xs.join(',')}}`}::integer[]`;
const texts = (xs: string[]) => sql`array[${sql.join(xs)}]::text[]`;

function recountQuery(id: number, by: BoardKind) {
  const where = sql`contest_id = ${id} and submitted_at is not null`;
  if (by === 'person')
    return sql<Row>`select player_key as key, max(masked_name) as label, max(score) as score from contest_attempts
      where ${where} group by player_key`;
  if (by === 'unit')
    return sql<Row>`select unit as key, unit as label, sum(score) as score from contest_attempts
      where ${where} and unit <> '' group by unit`;
  if (by === 'team')
    return sql<Row>`select b.team_id::text as key, max(tm.name) as label, sum(b.best) as score
      from (select team_id, player_key, max(score) as best from contest_attempts
        where ${where} and team_id is not null group by team_id, player_key) b
      join contest_teams tm on tm.id = b.team_id group by b.team_id`;
  return sql<Row>`select t.district as key, coalesce(max(ar.name), t.district) as label, sum(t.score) as score
    from contest_attempts t left join areas ar on ar.code = t.district
    where t.contest_id = ${id} and t.submitted_at is not null group by t.district`;
}

export function contestStore(db: Db): ContestStore {
  return {
    async listItems(q) {
      const w = [sql`true`];
      if (q.review) w.push(sql`i.review = ${q.review}`);
      if (q.topic) w.push(sql`i.topic = ${q.topic}`);
      if (q.kind) w.push(sql`i.kind = ${q.kind}`);
      if (q.difficulty) w.push(sql`i.difficulty = ${q.difficulty}`);
      if (q.group) w.push(sql`${q.group} = any(i.target_groups)`);
      if (q.q) w.push(sql`strpos(i.stem, ${q.q}) > 0`);
      const { rows } = await sql<Row>`select i.*, (select count(*) from contest_item_reports r
          where r.item_id = i.id and not r.resolved) as reports
        from contest_items i where ${sql.join(w, sql` and `)} order by i.id`.execute(db);
      return rows.map(item);
    },
    async getItems(ids) {
      if (!ids.length) return [];
      const { rows } = await sql<Row>`select * from contest_items where id = any(${ints(ids)})`.execute(db);
      return rows.map(item);
    },
    async insertItem(i, demo = false) {
      const { rows } = await sql<Row>`insert into contest_items
        (kind, stem, options, answer, topic, difficulty, target_groups, explanation, image_id, image_alt, demo)
        values (${i.kind}, ${i.stem}, ${texts(i.options)}, ${ints(i.answer)}, ${i.topic}, ${i.difficulty},
          ${texts(i.targetGroups)}, ${i.explanation}, ${i.image?.id ?? null}, ${i.image?.alt ?? null}, ${demo})
        returning *`.execute(db);
      return item(rows[0] as Row);
    },
    async updateItem(id, i) {
      const { rows } = await sql<Row>`update contest_items set kind = ${i.kind}, stem = ${i.stem},
          options = ${texts(i.options)}, answer = ${ints(i.answer)}, topic = ${i.topic}, difficulty = ${i.difficulty},
          target_groups = ${texts(i.targetGroups)}, explanation = ${i.explanation}, image_id = ${i.image?.id ?? null},
          image_alt = ${i.image?.alt ?? null}, review = 'draft'
        where id = ${id} returning *, (select count(*) from contest_item_reports r
          where r.item_id = contest_items.id and not r.resolved) as reports`.execute(db);
      return item(rows[0] as Row);
    },
    async setItemReview(id, review) {
      await sql`update contest_items set review = ${review} where id = ${id}`.execute(db);
    },
    async insertReport(itemId, note, at) {
      await sql`insert into contest_item_reports (item_id, note, at) values (${itemId}, ${note}, ${at}::timestamptz)`.execute(
        db,
      );
    },
    async itemReports(itemId) {
      const { rows } =
        await sql<Row>`select * from contest_item_reports where item_id = ${itemId} order by id desc`.execute(
          db,
        );
      return rows.map((r) => ({
        id: num(r.id),
        itemId: num(r.item_id),
        note: String(r.note),
        at: iso(r.at),
        resolved: Boolean(r.resolved),
      }));
    },
    async resolveReport(itemId, reportId) {
      const { rows } = await sql<Row>`update contest_item_reports set resolved = true
        where id = ${reportId} and item_id = ${itemId} and not resolved returning id`.execute(db);
      return rows.length > 0;
    },
    async insertImage(i, by) {
      const { rows } = await sql<Row>`insert into contest_images (content_type, bytes, data, uploaded_by)
        values (${i.contentType}, ${i.bytes}, ${Buffer.from(i.data)}, ${by}) returning id`.execute(db);
      return num((rows[0] as Row).id);
    },
    async getImage(id, published) {
      const shown = published
        ? sql`and exists (select 1 from contest_items i where i.image_id = m.id and i.review <> 'draft')`
        : sql``;
      const { rows } = await sql<Row>`select * from contest_images m where m.id = ${id} ${shown}`.execute(db);
      const r = rows[0];
      return (
        r && {
          id: num(r.id),
          contentType: r.content_type as 'image/png' | 'image/jpeg',
          bytes: num(r.bytes),
          data: new Uint8Array(r.data as Uint8Array),
        }
      );
    },
    async listContests() {
      const { rows } = await sql<Row>`select * from contests order by opens_at desc, id desc`.execute(db);
      return rows.map(contest);
    },
    async getContest(id) {
      const { rows } = await sql<Row>`select * from contests where id = ${id}`.execute(db);
      return rows[0] && contest(rows[0]);
    },
    async insertContest(c, demo = false) {
      const { rows } =
        await sql<Row>`insert into contests (title, mode, opens_at, closes_at, time_limit, attempt_cap,
          area_code, target_groups, rules, scoring, team_mode, demo)
        values (${c.title}, ${c.mode}, ${c.opensAt}::timestamptz, ${c.closesAt}::timestamptz, ${c.timeLimit},
          ${c.attemptCap}, ${c.areaCode}, ${texts(c.targetGroups)}, ${JSON.stringify(c.rules)}::jsonb,
          ${JSON.stringify(c.scoring)}::jsonb, ${c.teamMode}, ${demo}) returning *`.execute(db);
      return contest(rows[0] as Row);
    },
    async updateContest(id, c) {
      const { rows } = await sql<Row>`update contests set title = ${c.title}, mode = ${c.mode},
          opens_at = ${c.opensAt}::timestamptz, closes_at = ${c.closesAt}::timestamptz, time_limit = ${c.timeLimit},
          attempt_cap = ${c.attemptCap}, area_code = ${c.areaCode}, target_groups = ${texts(c.targetGroups)},
          rules = ${JSON.stringify(c.rules)}::jsonb, scoring = ${JSON.stringify(c.scoring)}::jsonb,
          team_mode = ${c.teamMode}
        where id = ${id} returning *`.execute(db);
      return contest(rows[0] as Row);
    },
    async insertTeam(t, by) {
      const { rows } =
        await sql<Row>`insert into contest_teams (contest_id, name, code, unit, area_code, created_by)
        values (${t.contestId}, ${t.name}, ${t.code}, ${t.unit}, ${t.areaCode}, ${by})
        on conflict do nothing returning *`.execute(db);
      return rows[0] && team(rows[0]);
    },
    async listTeams(contestId) {
      const { rows } =
        await sql<Row>`select * from contest_teams where contest_id = ${contestId} order by id`.execute(db);
      return rows.map(team);
    },
    async startedAttempts(contestId) {
      const { rows } =
        await sql<Row>`select count(*) as n from contest_attempts where contest_id = ${contestId}`.execute(
          db,
        );
      return num(rows[0]?.n ?? 0);
    },
    async insertAttempts(starts) {
      for (const part of batches(starts, 14)) {
        if (!part.length) continue;
        const values = part.map(
          (s) => sql`(${s.token}, ${s.contestId}, ${s.playerKey}, ${s.maskedName}, ${s.unit}, ${s.areaCode},
            ${s.district}, ${s.targetGroup}, ${s.device}, ${ints(s.paper)}, ${s.startedAt}::timestamptz,
            ${s.deadline}::timestamptz, ${s.teamId}::integer)`,
        );
        await sql`insert into contest_attempts (token, contest_id, player_key, masked_name, unit, area_code, district,
          target_group, device, paper, started_at, deadline, team_id) values ${sql.join(values)}`.execute(db);
      }
    },
    async saveResults(results) {
      const written: string[] = [];
      for (const part of batches(results, 6)) {
        if (!part.length) continue;
        const values = part.map(
          (r) =>
            sql`(${r.token}, ${JSON.stringify(r.answers)}::jsonb, ${r.score}::integer, ${r.correct}::integer,
              ${r.seconds}::double precision, ${r.submittedAt}::timestamptz)`,
        );
        const { rows } = await sql<Row>`update contest_attempts t set answers = v.answers, score = v.score,
            correct = v.correct, seconds = v.seconds, submitted_at = v.submitted_at
          from (values ${sql.join(values)}) as v(token, answers, score, correct, seconds, submitted_at)
          where t.token = v.token and t.submitted_at is null returning t.token`.execute(db);
        written.push(...rows.map((r) => String(r.token)));
      }
      return written;
    },
    async getAttempt(token) {
      const { rows } = await sql<Row>`select * from contest_attempts where token = ${token}`.execute(db);
      return rows[0] && attempt(rows[0]);
    },
    async countAttempts(contestId, playerKey, since) {
      const { rows } = await sql<Row>`select count(*) as n from contest_attempts
        where contest_id = ${contestId} and player_key = ${playerKey}
          and (${since}::timestamptz is null or started_at >= ${since}::timestamptz)`.execute(db);
      return num(rows[0]?.n ?? 0);
    },
    async insertFlags(flags) {
      for (const part of batches(flags, 5)) {
        if (!part.length) continue;
        const values = part.map(
          (f) =>
            sql`(${f.contestId}, ${f.token}, ${f.signal.kind}, ${f.signal.detail}, ${f.at}::timestamptz)`,
        );
        await sql`insert into contest_flags (contest_id, attempt_token, kind, detail, at)
          values ${sql.join(values)}`.execute(db);
      }
    },
    async listFlags(contestId) {
      const { rows } = await sql<Row>`select f.*, t.masked_name from contest_flags f
        join contest_attempts t on t.token = f.attempt_token where f.contest_id = ${contestId}
        order by f.decision is not null, f.id desc limit 500`.execute(db);
      return rows.map(flag);
    },
    async getFlag(id) {
      const { rows } = await sql<Row>`select f.*, t.masked_name from contest_flags f
        join contest_attempts t on t.token = f.attempt_token where f.id = ${id}`.execute(db);
      return rows[0] && flag(rows[0]);
    },
    async decideFlag(id, decision, note, by, at) {
      await sql`update contest_flags set decision = ${decision}, note = ${note}, decided_by = ${by},
        decided_at = ${at}::timestamptz where id = ${id}`.execute(db);
    },
    async recount(id, by, limit) {
      const { rows } = await sql<Row>`select * from (${recountQuery(id, by)}) b
        order by score desc, key limit ${limit}`.execute(db);
      return rows.map((r) => ({ key: String(r.key), label: String(r.label), score: num(r.score) }));
    },
    async participation(contestId) {
      const { rows } =
        await sql<Row>`select district, count(distinct player_key) as players, count(*) as attempts,
          round(avg(score), 1) as mean_score
        from contest_attempts where contest_id = ${contestId} and submitted_at is not null
        group by district order by district`.execute(db);
      return rows.map((r) => ({
        district: String(r.district),
        players: num(r.players),
        attempts: num(r.attempts),
        meanScore: num(r.mean_score),
      }));
    },
    async results(contestId) {
      const [all, groups] = await Promise.all([
        sql<Row>`select count(*) as started, count(submitted_at) as papers,
            count(distinct player_key) filter (where submitted_at is not null) as players,
            coalesce(round(avg(score) filter (where submitted_at is not null), 1), 0) as mean_score,
            coalesce(max(score) filter (where submitted_at is not null), 0) as best_score
          from contest_attempts where contest_id = ${contestId}`.execute(db),
        sql<Row>`select target_group, count(*) as papers from contest_attempts
          where contest_id = ${contestId} and submitted_at is not null
          group by target_group order by papers desc, target_group`.execute(db),
      ]);
      const r = all.rows[0] ?? {};
      return {
        started: num(r.started ?? 0),
        papers: num(r.papers ?? 0),
        players: num(r.players ?? 0),
        meanScore: num(r.mean_score ?? 0),
        bestScore: num(r.best_score ?? 0),
        byGroup: groups.rows.map((g) => ({
          group: g.target_group as ContestResults['byGroup'][number]['group'],
          papers: num(g.papers),
        })),
      };
    },
  };
}
