// A contest round under kill -9 (issue 17), on PostgreSQL in a database of its own: 300 players of the demo contest
// (untimed) each start a paper, then all submit at once; the server is killed with SIGKILL once the first 30 answers
// have been acknowledged, while the rest are being answered, and started again on the same database. Every submission
// the server acknowledged is in PostgreSQL with the score it answered; an acknowledged paper submitted again is refused
// as already submitted, not taken twice.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Api, lap, type Reply, type RunningServer, sleep, startKepu, throwAwayDatabase } from './harness.ts';

const PLAYERS = 300;
const KILL_AFTER = 30;

interface Paper {
  token: string;
  items: { id: number }[];
}

describe('PostgreSQL: a contest round killed with kill -9', () => {
  let db: Awaited<ReturnType<typeof throwAwayDatabase>> | undefined;
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.kill9();
    await db?.drop();
  });

  it('keeps every acknowledged answer, and takes none twice', async () => {
    db = await throwAwayDatabase();
    server = await startKepu({ databaseUrl: db.url });
    const api = new Api(server.url);
    const contests = (await api.call(null, 'GET', '/api/pub/contests')).body as {
      id: number;
      mode: string;
    }[];
    const contest = contests.find((c) => c.mode === 'untimed');
    expect(contest, JSON.stringify(contests)).toBeDefined();
    const papers: Paper[] = [];
    for (let i = 0; i < PLAYERS; i += 25) {
      const started = await Promise.all(
        Array.from({ length: Math.min(25, PLAYERS - i) }, (_, k) =>
          api.call(null, 'POST', `/api/pub/contests/${contest?.id}/attempts`, {
            name: `李${i + k}华`,
            phone: `139${String(i + k).padStart(8, '0')}`,
            unit: '大洼区第一高级中学',
            areaCode: '211104',
            targetGroup: 'farmers',
            device: `fault-device-${i + k}`,
          }),
        ),
      );
      for (const s of started) {
        expect(s.status, JSON.stringify(s.body)).toBe(201);
        papers.push(s.body as Paper);
      }
    }

    // everyone submits at once; the kill lands while the answers are being written
    const acked = new Map<string, number>();
    const submissions = papers.map((p) =>
      api
        .call(null, 'POST', `/api/pub/attempts/${p.token}/submit`, { answers: p.items.map(() => [0]) })
        .then((r: Reply) => {
          if (r.status === 200) acked.set(p.token, r.body.score);
          return r;
        }),
    );
    const killed = server;
    for (let waited = 0; acked.size < KILL_AFTER && waited < 30_000; waited += 5) await sleep(5);
    await killed.kill9();
    const replies = await Promise.all(submissions);
    const unanswered = replies.filter((r) => r.status === 0).length;
    lap(
      `contest round: ${acked.size} of ${PLAYERS} submissions acknowledged, ${unanswered} cut off by the kill`,
    );
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(unanswered, 'the kill came after every answer: nothing was in flight').toBeGreaterThan(0);
    for (const r of replies) expect([0, 200], JSON.stringify(r.body)).toContain(r.status);

    // in PostgreSQL: every acknowledged paper submitted, with the score it was answered
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ token: string; score: number; submitted_at: Date | null }>(
        'select token, score, submitted_at from contest_attempts where token = any($1)',
        [[...acked.keys()]],
      );
      const stored = new Map(rows.map((r) => [r.token, r]));
      const missing = [...acked.keys()].filter((t) => !stored.get(t)?.submitted_at);
      expect(missing, 'acknowledged answers missing after kill -9').toEqual([]);
      for (const [token, score] of acked) expect(stored.get(token)?.score, token).toBe(score);
    } finally {
      await client.end();
    }

    // started again: an acknowledged paper is not taken a second time
    server = await startKepu({ databaseUrl: db.url });
    api.base = server.url;
    const again = await Promise.all(
      [...acked.keys()]
        .slice(0, 10)
        .map((token) => api.call(null, 'POST', `/api/pub/attempts/${token}/submit`, { answers: [[0]] })),
    );
    for (const r of again)
      expect([r.status, r.body?.error?.code], JSON.stringify(r.body)).toEqual([
        409,
        'contest.attempt.submitted_conflict',
      ]);
  });
});
