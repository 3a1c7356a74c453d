// The writes a fault interrupts, and the check after the restart: progress-report drafts (accountability), report
// values (indicators) and a values import, each write numbered so the restarted server can be asked for every one
// that was acknowledged.
import { expect } from 'vitest';
import { type Api, demo, lap, type Reply, sleep } from './harness.ts';

/** The indicator year open for filing in the demo data (the seed's "current" year). */
export const YEAR = new Date().getUTCFullYear() - 1;
const ITEMS = ['P01', 'P011', 'P012', 'P013', 'P014', 'P015', 'P02', 'P021', 'P022', 'P023', 'P024', 'V01'];
const IMPORT_ITEMS = [
  ...ITEMS,
  ...['V013', 'V014', 'V02', 'V023', 'V03', 'V04', 'V05', 'V06', 'V07', 'V08', 'V081', 'M01', 'M011'],
  ...['M02', 'M021', 'M03', 'M06', 'M07', 'M08', 'M081', 'A01', 'A02', 'A03', 'A031', 'A04', 'A041'],
];

/** One stream of numbered writes: `sent` the last number sent, `acked` the last answered 2xx. */
export interface Stream {
  name: string;
  sent: number;
  acked: number;
  /** HTTP answers other than 2xx (a write refused before the fault is a broken test, not a finding). */
  refused: Reply[];
  id?: number;
}

export interface Workload {
  reports: (Stream & { task: number; round: number })[];
  values: (Stream & { unitId: number })[];
  importUnits: string[];
  /** The acknowledged import's marker, and the one in flight when the fault came. */
  imported: number;
  inFlight: number;
  importAnswer?: Reply;
  sessionCookie: string;
}

const content = (n: number, w: number) => ({
  status: 'on_track',
  progress: n % 101,
  done: `fault ${w} ${n}`,
  measures: '',
  problems: '',
  nextSteps: '',
});

/** Signs in, picks three open progress-report cells of 市教育局 and three reporting units, and opens their windows. */
export async function prepare(api: Api): Promise<Workload> {
  for (const [u, p] of Object.values(demo)) expect((await api.login(u, p)).status).toBe(200);
  const my = await api.call('edu', 'GET', '/api/acc/my');
  expect(my.status).toBe(200);
  type Cell = {
    roundId: number;
    taskNumber: number;
    state: string;
    reportId: number | null;
    closesOn: string;
  };
  // cells of 市教育局 still open for filing
  const cells = (my.body.reports as Cell[])
    .filter((r) => ['not_started', 'draft', 'returned'].includes(r.state) && r.closesOn >= my.body.today)
    .slice(0, 3);
  expect(cells.length).toBe(3);
  const units = (await api.call('office', 'GET', '/api/indicators/units')).body as {
    id: number;
    code: string;
  }[];
  expect(units.length).toBeGreaterThan(20);
  const valueUnits = units.slice(0, 3);
  // the demo opens the year's filing on 15 January; open it from the 1st so the suite runs on any day
  for (const u of valueUnits) {
    const w = await api.call('office', 'PUT', `/api/indicators/reports/${YEAR}/${u.id}/window`, {
      opensOn: `${YEAR}-01-01`,
      dueOn: `${YEAR + 2}-12-31`,
    });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
  }
  return {
    reports: cells.map((c, k) => ({
      name: `report ${k} (task ${c.taskNumber})`,
      sent: 0,
      acked: 0,
      refused: [],
      id: c.reportId ?? undefined,
      task: c.taskNumber,
      round: c.roundId,
    })),
    values: valueUnits.map((u) => ({
      name: `values ${u.code}`,
      unitId: u.id,
      sent: 0,
      acked: 0,
      refused: [],
    })),
    importUnits: units.slice(3, 33).map((u) => u.code),
    imported: 0,
    inFlight: 0,
    sessionCookie: api.cookies.get('edu') ?? '',
  };
}

export function importCsv(w: Workload, marker: number): string {
  const lines = ['year,unit,item,option,value'];
  for (const unit of w.importUnits)
    for (const item of IMPORT_ITEMS) lines.push(`${YEAR},${unit},${item},,${marker}`);
  return `${lines.join('\n')}\n`;
}

export const importValues = (api: Api, w: Workload, marker: number, dryRun = false) =>
  api.call(
    'office',
    'POST',
    `/api/indicators/import/values?year=${YEAR}&dryRun=${dryRun}`,
    importCsv(w, marker),
    { contentType: 'text/csv', timeoutMs: 60_000 },
  );

/** Runs the six write streams until `stop()`; each stream sends its next write when the last is answered. */
export function runWriters(api: Api, w: Workload) {
  let stopped = false;
  const loop = async (s: Stream, write: (n: number) => Promise<Reply>) => {
    while (!stopped) {
      const n = s.sent + 1;
      s.sent = n;
      const r = await write(n);
      if (r.status >= 200 && r.status < 300) s.acked = n;
      else if (r.status > 0) s.refused.push(r);
      else return; // no answer: the server is gone
    }
  };
  const runs = [
    ...w.reports.map((s, k) =>
      loop(s, async (n) => {
        if (s.id === undefined) {
          const r = await api.call('edu', 'POST', '/api/acc/reports', {
            roundId: s.round,
            taskNumber: s.task,
            ...content(n, k),
          });
          if (r.status === 201) s.id = r.body.id;
          return r;
        }
        return api.call('edu', 'PUT', `/api/acc/reports/${s.id}`, content(n, k));
      }),
    ),
    ...w.values.map((s) =>
      loop(s, (n) =>
        api.call('office', 'PUT', `/api/indicators/reports/${YEAR}/${s.unitId}/values`, {
          values: ITEMS.map((item) => ({ item, value: n })),
        }),
      ),
    ),
  ];
  return {
    /** Until every stream has `n` writes acknowledged. */
    async warm(n: number, timeoutMs = 60_000) {
      const t0 = Date.now();
      const all = [...w.reports, ...w.values];
      while (all.some((s) => s.acked < n)) {
        const refused = all.find((s) => s.refused.length);
        if (refused) throw new Error(`${refused.name}: ${JSON.stringify(refused.refused[0].body)}`);
        if (Date.now() - t0 > timeoutMs) throw new Error(`writes too slow: ${JSON.stringify(all)}`);
        await sleep(20);
      }
    },
    async stop() {
      stopped = true;
      await Promise.all(runs);
    },
  };
}

/** The restarted server has every acknowledged write; the import is all there or not at all. */
export async function verify(api: Api, w: Workload) {
  const health = await api.call(null, 'GET', '/api/health');
  expect([health.status, health.body]).toMatchObject([200, { status: 'ok' }]);
  // the session signed in before the kill is an acknowledged write too
  api.cookies.set('edu-before', w.sessionCookie);
  expect((await api.call('edu-before', 'GET', '/api/auth/me')).status).toBe(200);
  for (const [u, p] of Object.values(demo)) expect((await api.login(u, p)).status).toBe(200);

  const audit = await auditEntries(api);
  for (const s of w.reports) {
    expect(s.refused, s.name).toEqual([]);
    if (s.acked === 0) continue;
    const r = await api.call('edu', 'GET', `/api/acc/reports/${s.id}`);
    expect(r.status, s.name).toBe(200);
    const n = Number(/^fault \d+ (\d+)$/.exec(r.body.report.done)?.[1]);
    // the last acknowledged save, or a later one that committed just before the kill
    expect(n, `${s.name}: stored save ${n}, acknowledged ${s.acked}, sent ${s.sent}`).toBeGreaterThanOrEqual(
      s.acked,
    );
    expect(n).toBeLessThanOrEqual(s.sent);
    const saved = new Set(
      audit
        .filter((a) => /^acc\.report\.(create|save)$/.test(a.action) && String(a.entityId) === String(s.id))
        .map((a) => Number(/^fault \d+ (\d+)$/.exec(a.after?.done ?? '')?.[1])),
    );
    for (let k = 1; k <= s.acked; k++) expect(saved.has(k), `${s.name}: audit of save ${k}`).toBe(true);
  }
  for (const s of w.values) {
    expect(s.refused, s.name).toEqual([]);
    const r = await api.call('office', 'GET', `/api/indicators/reports/${YEAR}/${s.unitId}`);
    expect(r.status).toBe(200);
    const stored = (r.body.values as { item: string; value: number }[]).filter((v) => ITEMS.includes(v.item));
    // one save writes all its items in one transaction: they carry the same number
    expect(new Set(stored.map((v) => v.value)).size, `${s.name}: ${JSON.stringify(stored)}`).toBe(1);
    expect(stored.length).toBe(ITEMS.length);
    const n = stored[0].value;
    expect(n, `${s.name}: stored save ${n}, acknowledged ${s.acked}, sent ${s.sent}`).toBeGreaterThanOrEqual(
      s.acked,
    );
    expect(n).toBeLessThanOrEqual(s.sent);
    const saved = new Set(
      audit
        .filter((a) => a.action === 'indicators.values.save' && a.entityId === `${YEAR}/${s.unitId}`)
        .map((a) => (a.after as { item: string; value: number }[]).find((c) => c.item === 'P01')?.value),
    );
    for (let k = 1; k <= s.acked; k++) expect(saved.has(k), `${s.name}: audit of save ${k}`).toBe(true);
  }

  const exported = await api.call('office', 'GET', `/api/indicators/export/values?year=${YEAR}&format=json`);
  expect(exported.status).toBe(200);
  const units = new Set(w.importUnits);
  const rows = (exported.body.rows as { unit: string; item: string; value: number }[]).filter(
    (r) => units.has(r.unit) && IMPORT_ITEMS.includes(r.item),
  );
  const markers = new Map<number, number>();
  for (const r of rows) markers.set(r.value, (markers.get(r.value) ?? 0) + 1);
  // all of one import, none of a torn one
  expect(rows.length).toBe(units.size * IMPORT_ITEMS.length);
  expect([...markers.keys()], `import markers found: ${JSON.stringify([...markers])}`).toHaveLength(1);
  expect([w.imported, w.inFlight]).toContain(rows[0].value);
  lap(
    `verified: the import in flight at the kill is ${rows[0].value === w.inFlight ? 'all there' : 'not there at all'}`,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: the audited record, a report or a list of cells
type AuditItem = { action: string; entity: string; entityId: string | number; after: any };
async function auditEntries(api: Api): Promise<AuditItem[]> {
  const out: AuditItem[] = [];
  for (const entity of ['acc_report', 'indicator_report']) {
    for (let offset = 0; ; offset += 200) {
      const r = await api.call('office', 'GET', `/api/audit?entity=${entity}&limit=200&offset=${offset}`);
      expect(r.status).toBe(200);
      out.push(...r.body.items);
      if (offset + 200 >= r.body.total) break;
    }
  }
  return out;
}

/**
 * Kills the server while the six streams and an import are running; the streams record what was acknowledged.
 * The kill is aimed at the middle of the import's writing, as timed alone; an import that is answered before the
 * kill (warm code, a quiet machine) counts as acknowledged, and the next one is aimed by its measured time instead.
 */
export async function killDuringWrites(api: Api, w: Workload, kill: () => Promise<void>) {
  const first = await importValues(api, w, 1001);
  expect(first.status, JSON.stringify(first.body).slice(0, 500)).toBe(200);
  w.imported = 1001;
  // the same import as a dry run reads and checks every row and writes nothing: how long before the writing starts
  const dry = await importValues(api, w, 1002, true);
  expect([dry.status, dry.body.summary?.update]).toEqual([200, w.importUnits.length * IMPORT_ITEMS.length]);
  const writers = runWriters(api, w);
  await writers.warm(3);
  let killAt = dry.ms + Math.max(0, first.ms - dry.ms) / 2;
  const early: number[] = [];
  // read through a function: the loop's assignments would otherwise narrow the field's type
  const answered = (): Reply | undefined => w.importAnswer;
  for (let marker = 1002; ; marker++) {
    w.inFlight = marker;
    w.importAnswer = undefined;
    const pending = importValues(api, w, marker).then((r) => {
      w.importAnswer = r;
      return r;
    });
    await sleep(killAt);
    if (!answered()) {
      await kill();
      await writers.stop();
      await pending;
      break;
    }
    const done = await pending;
    expect(done.status, JSON.stringify(done.body).slice(0, 500)).toBe(200);
    w.imported = marker;
    early.push(Math.round(done.ms));
    expect(early.length, `imports answered before the kill, in ${early.join(', ')} ms`).toBeLessThan(5);
    killAt = done.ms / 2;
  }
  lap(
    `killed ${Math.round(killAt)} ms into an import (checking ${Math.round(dry.ms)} ms, all ${Math.round(first.ms)} ms ` +
      `alone${early.length ? `; earlier imports answered in ${early.join(', ')} ms under load` : ''}); ` +
      `writes acknowledged/sent ${[...w.reports, ...w.values].map((s) => `${s.acked}/${s.sent}`).join(' ')}`,
  );
  // an answer that left the server while the kill was on its way acknowledges the import: it must then all be there
  const last = answered()?.status;
  expect([0, 200], 'the import in flight at the kill: no answer, or acknowledged').toContain(last);
  if (last === 200) w.imported = w.inFlight;
}
