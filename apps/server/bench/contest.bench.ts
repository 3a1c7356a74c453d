// Benchmark (not a test): a contest round at scale. The real server (api-server.ts, its own process) on PostgreSQL
// in a throw-away database (BENCH_DATABASE_URL or TEST_DATABASE_URL), its live layer on Redis when REDIS_URL is set;
// 5,000 players fetch a paper, then 5,000 answer sheets are submitted (autocannon, BENCH_CONNECTIONS, 100, against
// loopback). Prints papers/s, submissions/s and latency percentiles, then checks that every acknowledged submission
// is in the database and the ledger. Say the machine's load (printed) beside the figures.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { requirePostgresUrl, sameOrigin, serve, signIn, withThrowawayDatabase } from './bench-server.ts';

const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);

async function openContest(url: string): Promise<number> {
  const { cookie } = await signIn(url, 'office');
  const res = await fetch(`${url}/api/contest/contests`, {
    method: 'POST',
    headers: sameOrigin(url, cookie),
    body: JSON.stringify({
      title: '基准测试：全市科普知识竞赛',
      mode: 'timed',
      timeLimit: 600,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      areaCode: '211100',
      targetGroups: ['farmers', 'elderly', 'public'],
      rules: [{ count: 6 }],
    }),
  });
  if (!res.ok) throw new Error(`contest: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

const report = (what: string, r: autocannon.Result, seconds: number) => {
  console.log(
    `  ${what}: 2xx ${r['2xx']}, other ${r.non2xx + r.errors + r.timeouts}, ${(r['2xx'] / seconds).toFixed(0)}/s`,
  );
  console.log(
    `    latency ms: p50 ${r.latency.p50}, p90 ${r.latency.p90}, p99 ${r.latency.p99}, max ${r.latency.max}`,
  );
};

async function run(target: string) {
  const server = await serve(target);
  try {
    const contestId = await openContest(server.url);
    const headers = { 'content-type': 'application/json', origin: server.url };
    const papers: { token: string; n: number }[] = [];
    const districts = ['211102', '211103', '211104', '211122'];
    let i = 0;
    let t0 = performance.now();
    const starts = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      amount: PLAYERS,
      requests: [
        {
          method: 'POST',
          path: `/api/pub/contests/${contestId}/attempts`,
          headers,
          setupRequest: (req) => {
            const k = i++;
            return {
              ...req,
              body: JSON.stringify({
                name: `选手${k}`,
                phone: `137${String(k).padStart(8, '0')}`,
                unit: `单位${k % 40}`,
                areaCode: districts[k % 4],
                targetGroup: 'farmers',
                device: `bench-${k}-${randomBytes(4).toString('hex')}`,
              }),
            };
          },
          onResponse: (status, body) => {
            if (status === 201) {
              const p = JSON.parse(body) as { token: string; items: unknown[] };
              papers.push({ token: p.token, n: p.items.length });
            }
          },
        },
      ],
    });
    const startSeconds = (performance.now() - t0) / 1000;
    let j = 0;
    t0 = performance.now();
    const submits = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      amount: papers.length,
      requests: [
        {
          method: 'POST',
          path: '/api/pub/attempts/x/submit',
          headers,
          setupRequest: (req) => {
            const p = papers[j++ % papers.length] as { token: string; n: number };
            return {
              ...req,
              path: `/api/pub/attempts/${p.token}/submit`,
              body: JSON.stringify({ answers: Array.from({ length: p.n }, (_, k) => [k % 3]) }),
            };
          },
        },
      ],
    });
    const submitSeconds = (performance.now() - t0) / 1000;
    const db = new pg.Client({ connectionString: target });
    await db.connect();
    const { rows } = await db.query(
      'select count(*)::int as n from contest_attempts where contest_id = $1 and submitted_at is not null',
      [contestId],
    );
    const ledger = await db.query(`select count(*)::int as n from svc_ledger where evidence = $1`, [
      `contest:${contestId}`,
    ]);
    await db.end();
    console.log(
      `\nPostgreSQL, live layer ${process.env.REDIS_URL ? 'Redis' : 'in-process'}: ${PLAYERS} players, ${CONNECTIONS} connections; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    report('papers fetched', starts, startSeconds);
    report('answer sheets submitted', submits, submitSeconds);
    console.log(
      `  in the database: ${rows[0].n} submitted attempts, ${ledger.rows[0].n} ledger entries (acknowledged: ${submits['2xx']})`,
    );
    if (rows[0].n < submits['2xx'] || ledger.rows[0].n !== rows[0].n) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

await withThrowawayDatabase(requirePostgresUrl(), run);
