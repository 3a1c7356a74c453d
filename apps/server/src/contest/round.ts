// The contest's public rounds at scale: contests and their approved items cached a few seconds, attempt state and
// caps and leaderboards in the live layer, every attempt written through to the database in batches (group commit)
// before it is acknowledged. The rules themselves are @kepu/domain/contest's (openAttempt, closeAttempt).
import { createHash, randomBytes } from 'node:crypto';
import { type Database, inUseCase, useCaseContext } from '@kepu/db';
import { type Clock, DomainError, dayStart } from '@kepu/domain';
import {
  type AttemptResult,
  type AttemptStart,
  type BoardKind,
  boardKinds,
  type Contest,
  checkOpen,
  closeAttempt,
  deviceSignal,
  identicalSignal,
  openAttempt,
  paperView,
  type QuizItem,
  recordResults,
  recordStarts,
  type Signal,
  type StartBody,
  type SubmitBody,
  sequenceKey,
  type Team,
  teamOf,
} from '@kepu/domain/contest';
import type { Kysely } from 'kysely';
import { batchWriter } from './batch-writer.ts';
import type { Live } from './live.ts';

const CACHE_MS = 5000;
const DAY = 86_400;
/** starts a device may make a minute (a family shares a phone; a script does not get far) */
const STARTS_PER_DEVICE_MINUTE = 20;

type Submitted = AttemptResult & { attempt: AttemptStart };

export function contestRounds(db: Kysely<Database>, clock: Clock, live: Live, timeZone = 'Asia/Shanghai') {
  /** this process's keys: the boards are rebuilt from the database once per process and contest */
  const boot = randomBytes(4).toString('hex');
  const cache = new Map<
    number,
    {
      at: number;
      contest?: Contest;
      bank: QuizItem[];
      areas: Map<string, { code: string; name: string; path: string[] }>;
      teams: Team[];
    }
  >();
  const building = new Map<number, Promise<void>>();
  const read = () => useCaseContext(db, null, clock).stores;

  async function loaded(id: number) {
    const hit = cache.get(id);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit;
    const s = read();
    const [contest, bank, areas, teams] = await Promise.all([
      s.contest.getContest(id),
      s.contest.listItems({ review: 'approved' }),
      s.areas.list(),
      s.contest.listTeams(id),
    ]);
    const byCode = new Map(areas.map((a) => [a.code, { code: a.code, name: a.name, path: [] as string[] }]));
    for (const a of areas) {
      const parent = a.parentCode ? byCode.get(a.parentCode) : undefined;
      (byCode.get(a.code) as { path: string[] }).path = parent ? [...parent.path, parent.code] : [];
    }
    const entry = { at: Date.now(), contest, bank, areas: byCode, teams };
    cache.set(id, entry);
    return entry;
  }

  const writeStart = batchWriter((starts: AttemptStart[]) =>
    inUseCase(db, null, clock, (ctx) => recordStarts(ctx, starts)),
  );
  const writeResult = batchWriter((results: Submitted[]) =>
    inUseCase(db, null, clock, (ctx) => recordResults(ctx, results)),
  );

  const key = (...parts: (string | number)[]) => parts.join(':');
  const board = (cid: number, by: BoardKind) => key('board', boot, cid, by);

  /** The boards of a contest, counted from the database once per process before the first live update. */
  function built(cid: number) {
    let p = building.get(cid);
    if (!p) {
      p = (async () => {
        const s = read();
        for (const by of boardKinds) {
          await live.del(board(cid, by));
          const rows = await s.contest.recount(cid, by, 1_000_000);
          for (const r of rows) await live.boardAdd(board(cid, by), r.key, r.score);
          await live.setLabels(
            key('labels', boot, cid, by),
            Object.fromEntries(rows.map((r) => [r.key, r.label])),
          );
        }
      })();
      building.set(cid, p);
      p.catch(() => building.delete(cid));
    }
    return p;
  }

  async function attemptsSoFar(contest: Contest, player: string) {
    const since = contest.mode === 'daily' ? dayStart(timeZone, clock.today()).toISOString() : null;
    const k = key('cap', boot, contest.id, player, since ?? 'all');
    const n = await live.incr(k, 1, DAY);
    if (n === 1) {
      const before = await read().contest.countAttempts(contest.id, player, since);
      if (before) return (await live.incr(k, before, DAY)) - 1;
    }
    return n - 1;
  }

  async function start(contestId: number, body: StartBody) {
    const now = clock.now();
    let { contest, bank, areas, teams } = await loaded(contestId);
    checkOpen(contest, now);
    const c = contest as Contest;
    // a team added since the cache was filled is found by reading the teams again
    if (c.teamMode && (body.teamId !== undefined || body.teamCode) && !teamKnown(teams, body))
      teams = await read().contest.listTeams(contestId);
    const teamId = teamOf(c, teams, body);
    if (
      (await live.incr(key('rate', body.device, Math.floor(now.getTime() / 60_000)), 1, 120)) >
      STARTS_PER_DEVICE_MINUTE
    )
      throw new DomainError('auth.rate_limited', 'too many papers from this device, try again in a minute');
    const playerKey = createHash('sha256').update(`kepu-player:${body.phone}`).digest('hex').slice(0, 24);
    const attempt = openAttempt(
      { token: randomBytes(12).toString('base64url'), playerKey },
      c,
      bank,
      areas.get(body.areaCode),
      body,
      now,
      await attemptsSoFar(c, playerKey),
      teamId,
    );
    await writeStart(attempt);
    await live.set(key('attempt', attempt.token), JSON.stringify(attempt), DAY);
    const byId = new Map(bank.map((i) => [i.id, i]));
    return {
      token: attempt.token,
      contest: { id: c.id, title: c.title, mode: c.mode, speedBonus: c.scoring.speedBonus ?? null },
      startedAt: attempt.startedAt,
      deadline: attempt.deadline,
      items: paperView(attempt.paper.map((id) => byId.get(id) as QuizItem)),
    };
  }

  async function attemptOf(token: string): Promise<{ attempt: AttemptStart; submitted: boolean }> {
    const cached = await live.get(key('attempt', token));
    if (cached) return { attempt: JSON.parse(cached), submitted: false };
    const a = await read().contest.getAttempt(token);
    if (!a) throw new DomainError('contest.attempt.not_found', 'no such attempt');
    return { attempt: a, submitted: a.result !== null };
  }

  async function submit(token: string, body: SubmitBody) {
    const now = clock.now();
    const { attempt, submitted } = await attemptOf(token);
    const { contest } = await loaded(attempt.contestId);
    const items = await itemsOf(attempt);
    const claimed = !submitted && (await live.claim(key('submitted', token), DAY));
    const result = closeAttempt(contest as Contest, attempt, items, body, now, !claimed);
    try {
      // the boards are counted before this write, so the recount never holds it and the update below adds it once
      await built(attempt.contestId);
      const signals = [...result.signals, ...(await liveSignals(attempt, body))];
      const written = await writeResult({ ...result, signals, attempt });
      if (!written.has(token))
        throw new DomainError('contest.attempt.submitted_conflict', 'already submitted');
      await updateBoards(attempt, result.score);
    } catch (e) {
      if (!(e instanceof DomainError)) await live.del(key('submitted', token));
      throw e;
    }
    await live.del(key('attempt', token));
    const byId = new Map(items.map((i) => [i.id, i]));
    return {
      score: result.score,
      correct: result.correct,
      items: attempt.paper.map((id, k) => {
        const i = byId.get(id) as QuizItem;
        return { id, answer: i.answer, explanation: i.explanation, points: result.points[k] };
      }),
    };
  }

  async function itemsOf(attempt: AttemptStart) {
    const { bank } = await loaded(attempt.contestId);
    const have = new Map(bank.map((i) => [i.id, i]));
    const missing = attempt.paper.filter((id) => !have.has(id));
    return [...bank, ...(missing.length ? await read().contest.getItems(missing) : [])];
  }

  async function liveSignals(a: AttemptStart, body: SubmitBody): Promise<Signal[]> {
    const seq = createHash('sha256').update(sequenceKey(a.paper, body.answers)).digest('hex').slice(0, 16);
    const same = await live.incr(key('seq', boot, a.contestId, seq), 1, DAY);
    const onDevice = await live.addToSet(key('device', boot, a.contestId, a.device), a.playerKey, DAY);
    return [identicalSignal(same), deviceSignal(onDevice)].filter((s): s is Signal => s !== null);
  }

  async function updateBoards(a: AttemptStart, score: number) {
    const cid = a.contestId;
    await live.boardMax(board(cid, 'person'), a.playerKey, score);
    if (a.teamId !== null) {
      // a team counts each member's best score once: only the rise of a member's best is added
      const rise = await live.boardMaxRise(key('teambest', boot, cid), `${a.teamId}:${a.playerKey}`, score);
      if (rise > 0) await live.boardAdd(board(cid, 'team'), String(a.teamId), rise);
      const { teams } = await loaded(cid);
      const name = teams.find((t) => t.id === a.teamId)?.name;
      if (name) await live.setLabels(key('labels', boot, cid, 'team'), { [String(a.teamId)]: name });
    }
    await live.setLabels(key('labels', boot, cid, 'person'), { [a.playerKey]: a.maskedName });
    if (a.unit) {
      await live.boardAdd(board(cid, 'unit'), a.unit, score);
      await live.setLabels(key('labels', boot, cid, 'unit'), { [a.unit]: a.unit });
    }
    const { areas } = await loaded(cid);
    await live.boardAdd(board(cid, 'district'), a.district, score);
    await live.setLabels(key('labels', boot, cid, 'district'), {
      [a.district]: areas.get(a.district)?.name ?? a.district,
    });
  }

  async function leaderboard(contestId: number, by: BoardKind, n = 20) {
    const { contest } = await loaded(contestId);
    if (!contest) throw new DomainError('contest.not_found', 'no such contest');
    await built(contestId);
    const top = await live.boardTop(board(contestId, by), n);
    const labels = await live.labels(
      key('labels', boot, contestId, by),
      top.map(([m]) => m),
    );
    return top.map(([m, score], i) => ({ rank: i + 1, label: labels[i] ?? m, score }));
  }

  return { start, submit, leaderboard, loaded };
}

const teamKnown = (teams: Team[], body: StartBody) =>
  teams.some((t) => t.id === body.teamId || t.code === body.teamCode?.toUpperCase());

export type ContestRounds = ReturnType<typeof contestRounds>;
