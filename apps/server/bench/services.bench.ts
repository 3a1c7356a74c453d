// Benchmark (not a test): a popular event's registration opening. The real server (api-server.ts, its own process)
// on PostgreSQL in a throw-away database (BENCH_DATABASE_URL or TEST_DATABASE_URL); one published activity with a
// 300-seat session; 1,000 registrations from autocannon (BENCH_CONNECTIONS, 100) against loopback, then a check of
// the result in the database: no overbooking, every seat went to an earlier arrival than every waitlisted person,
// and the waitlist positions follow arrival. Prints the rate and latency percentiles.
import autocannon from 'autocannon';
import pg from 'pg';
import { requirePostgresUrl, sameOrigin, serve, signIn, withThrowawayDatabase } from './bench-server.ts';

const SEATS = 300;
const REGISTRATIONS = 1000;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);

async function post<T>(url: string, path: string, cookie: string, body: unknown): Promise<T> {
  const res = await fetch(url + path, {
    method: 'POST',
    headers: sameOrigin(url, cookie),
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function publishedSession(url: string) {
  const { cookie } = await signIn(url, 'office');
  const year = new Date().getUTCFullYear() + 1;
  const a = await post<{ id: number; sessions: { id: number }[] }>(url, '/api/svc/activities', cookie, {
    title: '基准测试：热门科普讲座',
    organiser: '市科协',
    areaCode: '211103',
    address: '兴隆台区',
    type: 'lecture',
    targetGroups: ['public'],
    mode: 'offline',
    sessions: [{ startsAt: `${year}-05-20T01:00:00Z`, endsAt: `${year}-05-20T03:00:00Z`, capacity: SEATS }],
  });
  for (const move of ['submit', 'approve', 'publish'])
    await post(url, `/api/svc/activities/${a.id}/moves`, cookie, { move });
  return a.sessions[0]?.id as number;
}

/** 1,000 registrations for one session from CONNECTIONS connections at once; answers autocannon's result. */
function opening(url: string, sessionId: number) {
  let n = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    amount: REGISTRATIONS,
    requests: [
      {
        method: 'POST',
        path: '/api/pub/registrations',
        headers: { 'content-type': 'application/json', origin: url },
        setupRequest: (req) => {
          const i = n++;
          return {
            ...req,
            body: JSON.stringify({
              sessionId,
              name: `市民${i}`,
              phone: `138${String(i).padStart(8, '0')}`,
              targetGroup: 'public',
            }),
          };
        },
      },
    ],
  });
}

async function run(target: string, database: string) {
  const server = await serve(target);
  try {
    // a server that has been up a while: an earlier opening (another activity) has run the code the measured one runs
    await opening(server.url, await publishedSession(server.url));
    const sessionId = await publishedSession(server.url);
    const started = performance.now();
    const result = await opening(server.url, sessionId);
    const seconds = (performance.now() - started) / 1000;
    const db = new pg.Client({ connectionString: target });
    await db.connect();
    const { rows } = await db.query<{ id: string; status: string }>(
      'select id, status from svc_registrations where session_id = $1 order by id',
      [sessionId],
    );
    const [{ taken, capacity }] = (
      await db.query('select taken, capacity from svc_sessions where id = $1', [sessionId])
    ).rows as { taken: number; capacity: number }[];
    await db.end();
    const confirmed = rows.filter((r) => r.status === 'confirmed').map((r) => Number(r.id));
    const waiting = rows.filter((r) => r.status === 'waitlisted').map((r) => Number(r.id));
    const inOrder = Math.max(...confirmed) < Math.min(...waiting);
    console.log(
      `\nPostgreSQL (${database}): ${REGISTRATIONS} registrations for ${SEATS} seats, ${CONNECTIONS} connections`,
    );
    console.log(
      `  answered 2xx: ${result['2xx']}, other: ${result.non2xx + result.errors + result.timeouts}`,
    );
    console.log(`  wall time ${seconds.toFixed(2)} s, ${result.requests.average.toFixed(0)} req/s`);
    console.log(
      `  latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    );
    console.log(
      `  seats taken ${taken} of ${capacity}; confirmed ${confirmed.length}, waitlisted ${waiting.length}`,
    );
    console.log(`  overbooked: ${taken > capacity || confirmed.length > capacity ? 'YES' : 'no'}`);
    console.log(`  every seat to an earlier arrival than every waitlisted one: ${inOrder ? 'yes' : 'NO'}`);
    if (taken > capacity || !inOrder || confirmed.length !== SEATS) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

await withThrowawayDatabase(requirePostgresUrl(), run);
