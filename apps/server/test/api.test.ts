// In-process API tests on each engine: every route needs what it says (auth, permission), works, and refuses bad input.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

describe.each(engines)('API on $name', ({ open }) => {
  let t: TestApp;
  let eduId: number;
  let kexieId: number;
  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as { id: number; name: string }[];
    eduId = units.find((u) => u.name === '市教育局')?.id as number;
    kexieId = units.find((u) => u.name === '市科协')?.id as number;
  });
  afterAll(() => t?.close());

  describe('health and docs', () => {
    it('reports the database engine in use', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'ok', database: t.handle.engine });
    });
    it('serves the OpenAPI document listing the routes', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/docs/json' });
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json().paths)).toEqual(expect.arrayContaining(['/api/plans/{planId}/matrix', '/api/auth/login']));
    });
    it('answers an unknown API route with a 404 error body', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/nope' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('route.not_found');
    });
  });

  describe('auth', () => {
    it('signs in, says who I am with abilities, and signs out', async () => {
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'edu', password: 'kepu-liaison-2025' } });
      expect(login.statusCode).toBe(200);
      const c = login.cookies.find((x) => x.name === 'kepu_session');
      expect(c?.httpOnly).toBe(true);
      expect(c?.sameSite).toBe('Lax');
      const cookie = `kepu_session=${c?.value}`;
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ user: { username: 'edu', role: 'liaison', unitId: eduId }, abilities: { 'unit.edit': [eduId], 'plan.import': false } });
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    });
    it('refuses a wrong password without saying which part was wrong', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'office', password: 'nope' } });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'auth.invalid_credentials', message: 'wrong username or password' });
    });
    it('names the missing field of a malformed login', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'office' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('body.password');
    });
    it('rate-limits repeated sign-in attempts for one account', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        codes.push((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: `bad-${i}` } })).statusCode);
      }
      expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(codes.slice(5)).toEqual([429, 429]);
    });
    it('keeps counting when each attempt claims another address in X-Forwarded-For', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const headers = { 'x-forwarded-for': `203.0.113.${i}` };
        codes.push((await t.app.inject({ method: 'POST', url: '/api/auth/login', headers, payload: { username: 'spoofer', password: `bad-${i}` } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    });
    it('marks the cookie Secure when a trusted proxy says the request came over https', async () => {
      const proxied = await buildApp({ db: t.handle.db, engine: t.handle.engine, jurisdiction: '211100', version: 'test', trustProxy: true });
      try {
        const payload = { username: 'kexie', password: 'kepu-liaison-2025' };
        const https = await proxied.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload });
        expect(https.cookies.find((c) => c.name === 'kepu_session')?.secure).toBe(true);
        const http = await proxied.inject({ method: 'POST', url: '/api/auth/login', payload });
        expect(http.cookies.find((c) => c.name === 'kepu_session')?.secure).toBeUndefined();
      } finally {
        await proxied.close();
      }
    });
    it('refuses an expired session and clears expired sessions at the next sign-in', async () => {
      const db = t.handle.db;
      const user = await db.selectFrom('users').select('id').where('username', '=', 'kexie').executeTakeFirstOrThrow();
      const id = createHash('sha256').update('stale-token').digest('hex');
      await db.insertInto('sessions').values({ id, user_id: user.id, expires_at: new Date(Date.now() - 1000) }).execute();
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'kepu_session=stale-token' } })).statusCode).toBe(401);
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'kexie', password: 'kepu-liaison-2025' } });
      expect(await db.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    });
    it('answers malformed JSON with a 400, not a 5xx', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toMatch(/^request\./);
    });
  });

  describe('plan (public reads)', () => {
    it('shows the outline: 5 actions, 4 projects, 3 measures, the targets and their trajectory', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/plans/current' });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      const kinds = body.groups.map((g: { kind: string }) => g.kind);
      expect(kinds.filter((k: string) => k === 'action')).toHaveLength(5);
      expect(kinds.filter((k: string) => k === 'project')).toHaveLength(4);
      expect(kinds.filter((k: string) => k === 'measure')).toHaveLength(3);
      expect(body.targets.map((x: { year: number; value: number }) => [x.year, x.value])).toEqual([
        [2010, 4.13],
        [2020, 9.7],
        [2025, 15],
        [2035, 25.5],
      ]);
      const y2025 = body.trajectory.find((p: { year: number }) => p.year === 2025);
      expect(y2025.value).toBeCloseTo(15, 10);
    });
    it('lists the 30 tasks with their units, and filters them by unit', async () => {
      const all = (await t.as(null, { method: 'GET', url: '/api/plans/current/tasks' })).json();
      expect(all).toHaveLength(30);
      const mine = (await t.as(null, { method: 'GET', url: `/api/plans/current/tasks?unit=${eduId}` })).json();
      expect(mine.length).toBeGreaterThan(3);
      expect(mine.every((x: { responsibleUnits: { id: number }[]; leadUnits: { id: number }[] }) =>
        [...x.responsibleUnits, ...x.leadUnits].some((u) => u.id === eduId))).toBe(true);
    });
    it('shows task 4 with its full text and units', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/plans/current/tasks/4' });
      expect(res.json().text).toContain('科技辅导员');
      expect(res.json().responsibleUnits.map((u: { name: string }) => u.name)).toEqual(['市教育局', '市科协']);
    });
    it('answers an unknown task with 404 and a bad task number with 400', async () => {
      expect((await t.as(null, { method: 'GET', url: '/api/plans/current/tasks/31' })).json().error.code).toBe('plan.task.not_found');
      const bad = await t.as(null, { method: 'GET', url: '/api/plans/current/tasks/abc' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0].path).toBe('params.number');
    });
    it('builds the matrix with lead and responsible cells, filtered by group', async () => {
      const m = (await t.as(null, { method: 'GET', url: '/api/plans/current/matrix' })).json();
      expect(m.tasks).toHaveLength(30);
      expect(m.cells.some((c: { role: string }) => c.role === 'lead')).toBe(true);
      expect(m.cells.some((c: { role: string }) => c.role === 'responsible')).toBe(true);
      const plan = (await t.as(null, { method: 'GET', url: '/api/plans/current' })).json();
      const youth = plan.groups[0];
      const f = (await t.as(null, { method: 'GET', url: `/api/plans/current/matrix?group=${youth.id}` })).json();
      expect(f.tasks.map((x: { number: number }) => x.number)).toEqual(youth.taskNumbers);
    });
    it('exports the matrix as an Excel workbook', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/plans/current/matrix.xlsx' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });
    it('lists units and shows a unit with its duties, hiding contacts from the public', async () => {
      const u = (await t.as(null, { method: 'GET', url: `/api/plans/current/units/${eduId}` })).json();
      expect(u.unit.name).toBe('市教育局');
      expect(u.leads.map((g: { title: string }) => g.title)).toContain('青少年科学素质提升行动');
      expect(u.tasks.find((x: { task: { number: number } }) => x.task.number === 1).role).toBe('lead');
      expect(u.unit).not.toHaveProperty('contactPhone');
      const own = (await t.as('edu', { method: 'GET', url: `/api/plans/current/units/${eduId}` })).json();
      expect(own.unit).toHaveProperty('contactPhone');
    });
    it('gives every unit the same lead count on the units list as on its own page (tasks it leads)', async () => {
      const list = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
        id: number;
        leadCount: number;
        taskCount: number;
      }[];
      for (const row of list.filter((u) => u.taskCount > 0).slice(0, 8)) {
        const page = (await t.as(null, { method: 'GET', url: `/api/plans/current/units/${row.id}` })).json();
        const leads = page.tasks.filter((x: { role: string }) => x.role === 'lead').length;
        expect([row.id, row.leadCount, row.taskCount]).toEqual([row.id, leads, page.tasks.length]);
      }
      expect(list.find((u) => u.id === eduId)?.leadCount).toBeGreaterThan(1);
    });
    it('exports the outline in the exchange format', async () => {
      const o = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
      expect(o.format).toBe('kepu-outline/1');
      expect(o.tasks[3].responsibleUnits).toEqual(['市教育局', '市科协']);
    });
  });

  describe('unit edits', () => {
    const url = (id: number) => `/api/plans/current/units/${id}`;
    it('needs a session', async () => {
      expect((await t.as(null, { method: 'PATCH', url: url(eduId), payload: { contactName: 'x' } })).statusCode).toBe(401);
    });
    it('lets a liaison edit their own unit and records it in the audit log', async () => {
      const res = await t.as('edu', { method: 'PATCH', url: url(eduId), payload: { contactName: '王老师', contactPhone: '0427-1234567' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ contactName: '王老师', contactPhone: '0427-1234567' });
      const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=unit' })).json();
      expect(audit.items[0]).toMatchObject({ actor: { username: 'edu' }, action: 'unit.update', entityId: String(eduId) });
      expect(audit.items[0].after.contactName).toBe('王老师');
    });
    it("refuses a liaison editing another unit's data, and changes nothing", async () => {
      const res = await t.as('edu', { method: 'PATCH', url: url(kexieId), payload: { contactName: 'intruder' } });
      expect(res.statusCode).toBe(403);
      const u = (await t.as('office', { method: 'GET', url: url(kexieId) })).json();
      expect(u.unit.contactName).toBeNull();
    });
    it('refuses a viewer and a district admin', async () => {
      expect((await t.as('viewer', { method: 'PATCH', url: url(eduId), payload: { note: 'x' } })).statusCode).toBe(403);
      expect((await t.as('dawa', { method: 'PATCH', url: url(eduId), payload: { note: 'x' } })).statusCode).toBe(403);
    });
    it('refuses an empty change with a 400 instead of failing in the database', async () => {
      const res = await t.as('office', { method: 'PATCH', url: url(eduId), payload: {} });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation.failed', details: { issues: [{ path: 'body' }] } });
    });
    it('names the field of a bad phone number', async () => {
      const res = await t.as('office', { method: 'PATCH', url: url(eduId), payload: { contactPhone: 'call me' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('body.contactPhone');
    });
  });

  describe('areas', () => {
    // populations are written in one place (PUT /api/indicators/populations/:code); the tree shows each area's latest
    const body = { year: 2023, population: 23456, source: '新开镇 2023 年统计报表' };
    const put = (user: string | null, code: string, payload: Record<string, unknown> = body) =>
      t.as(user, { method: 'PUT', url: `/api/indicators/populations/${code}`, payload });
    const find = (nodes: AreaNode[], code: string): AreaNode | undefined =>
      nodes.map((n) => (n.code === code ? n : find(n.children, code))).find(Boolean);
    type AreaNode = { code: string; population: number | null; populationYear: number | null; populationSource: string | null; children: AreaNode[] };
    const tree = async (): Promise<AreaNode[]> => (await t.as(null, { method: 'GET', url: '/api/areas' })).json();
    it('serves the area tree from Panjin down to towns, with the latest yearly population and its source', async () => {
      const nodes = await tree();
      expect(nodes[0]).toMatchObject({ code: '211100', name: '盘锦市', population: 1389691, populationYear: 2020 });
      const dawa = find(nodes, '211104');
      expect(dawa).toMatchObject({ population: 422797, populationYear: 2020, populationSource: expect.stringContaining('普查') });
      expect(dawa?.children.length).toBeGreaterThan(5);
    });
    it('has no second way to write a population', async () => {
      const res = await t.as('office', { method: 'PATCH', url: '/api/areas/211104', payload: { population: 1 } });
      expect(res.statusCode).toBe(404);
    });
    it('needs a session to change a population', async () => {
      expect((await put(null, '211104')).statusCode).toBe(401);
    });
    it('lets a district admin set a town population in their subtree: audited, and the area tree shows it', async () => {
      const town = find(await tree(), '211104')?.children[0];
      if (!town) throw new Error('no town under 大洼区');
      expect((await put('dawa', town.code)).statusCode).toBe(200);
      const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=area_population' })).json();
      expect(audit.items[0]).toMatchObject({ actor: { username: 'dawa' }, entityId: `${town.code}/2023` });
      expect(find(await tree(), town.code)).toMatchObject({ population: 23456, populationYear: 2023, populationSource: body.source });
    });
    it('refuses a district admin outside their subtree', async () => {
      expect((await put('dawa', '211103')).statusCode).toBe(403);
    });
    it('names the field of a negative population and of a missing source', async () => {
      const res = await put('office', '211104', { ...body, population: -1 });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('body.population');
      const noSource = await put('office', '211104', { ...body, source: ' ' });
      expect(noSource.json().error.details.issues[0].path).toBe('body.source');
    });
  });

  describe('users', () => {
    it('needs a session and the permission to list', async () => {
      expect((await t.as(null, { method: 'GET', url: '/api/users' })).statusCode).toBe(401);
      expect((await t.as('edu', { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    });
    it('shows the office every user and a district admin only their subtree', async () => {
      const all = (await t.as('office', { method: 'GET', url: '/api/users' })).json();
      expect(all.length).toBeGreaterThanOrEqual(5);
      const scoped = (await t.as('dawa', { method: 'GET', url: '/api/users' })).json();
      expect(scoped.map((u: { username: string }) => u.username)).toEqual(['dawa']);
      expect(scoped[0]).toMatchObject({ areaCode: '211104', areaName: '大洼区' });
      expect(all.find((u: { username: string }) => u.username === 'edu')).toMatchObject({ unitName: '市教育局' });
    });
    it('lets the office create a liaison, audited without the password', async () => {
      const res = await t.as('office', {
        method: 'POST',
        url: '/api/users',
        payload: { username: 'kexie2', displayName: '科协二号', password: 'a-long-password', role: 'liaison', unitId: kexieId },
      });
      expect(res.statusCode).toBe(201);
      const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=user' })).json();
      expect(JSON.stringify(audit.items[0])).not.toContain('a-long-password');
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'kexie2', password: 'a-long-password' } });
      expect(login.statusCode).toBe(200);
    });
    it('refuses a district admin creating users', async () => {
      const res = await t.as('dawa', { method: 'POST', url: '/api/users', payload: { username: 'x1', displayName: 'x', password: 'a-long-password', role: 'viewer' } });
      expect(res.statusCode).toBe(403);
    });
    it('names the field when a liaison has no unit, and refuses a taken username', async () => {
      const bad = await t.as('office', { method: 'POST', url: '/api/users', payload: { username: 'lonely', displayName: 'x', password: 'a-long-password', role: 'liaison' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.details.issues[0].path).toBe('body.unitId');
      const taken = await t.as('office', { method: 'POST', url: '/api/users', payload: { username: 'office', displayName: 'x', password: 'a-long-password', role: 'viewer' } });
      expect(taken.statusCode).toBe(409);
    });
  });

  describe('plan import', () => {
    it('needs a session and the office role', async () => {
      expect((await t.as(null, { method: 'POST', url: '/api/plans/import', payload: {} })).statusCode).toBe(401);
      expect((await t.as('edu', { method: 'POST', url: '/api/plans/import', payload: {} })).statusCode).toBe(403);
    });
    it('imports an exported outline as a new version that exports the same', async () => {
      const before = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
      const res = await t.as('office', { method: 'POST', url: '/api/plans/import', payload: before });
      expect(res.statusCode).toBe(201);
      expect(res.json().plan).toMatchObject({ version: 2, current: true });
      const after = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
      expect(after).toEqual(before);
      const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=plan' })).json();
      expect(audit.items[0]).toMatchObject({ action: 'plan.import', actor: { username: 'office' } });
    });
    it('refuses a malformed outline naming the place, and changes nothing', async () => {
      const plans = (await t.as(null, { method: 'GET', url: '/api/plans' })).json();
      const doc = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
      doc.tasks[3].responsibleUnits = [];
      const res = await t.as('office', { method: 'POST', url: '/api/plans/import', payload: doc });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'plan.invalid_outline' });
      expect(res.json().error.details.issues[0].path).toBe('tasks[3].responsibleUnits');
      expect((await t.as(null, { method: 'GET', url: '/api/plans' })).json()).toEqual(plans);
    });
  });

  describe('audit', () => {
    it('is for the office only', async () => {
      expect((await t.as(null, { method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
      expect((await t.as('dawa', { method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
      const res = await t.as('office', { method: 'GET', url: '/api/audit?limit=2' });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeLessThanOrEqual(2);
    });
    it('names a bad paging parameter', async () => {
      const res = await t.as('office', { method: 'GET', url: '/api/audit?limit=0' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('querystring.limit');
    });
  });

  describe('robustness: odd input is a 4xx, never a 5xx', () => {
    it.each([
      ['GET', '/api/plans/99999999999999/tasks'],
      ['GET', '/api/plans/2147483647'],
      ['GET', '/api/plans/current/units/0'],
      ['GET', '/api/plans/current/tasks?q=' + 'x'.repeat(500)],
      ['GET', '/api/plans/current/matrix?group=-1'],
    ])('%s %s', async (method, url) => {
      const res = await t.as('office', { method: method as 'GET', url });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.code).toEqual(expect.any(String));
    });
    it('names the field that holds a NUL character, which PostgreSQL cannot store', async () => {
      const res = await t.as('office', { method: 'PATCH', url: `/api/plans/current/units/${kexieId}`, payload: { note: 'a\u0000b' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation.failed', details: { issues: [{ path: 'body.note' }] } });
      const doc = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
      doc.tasks[2].responsibleUnits[0] = '市\u0000科协';
      const outline = await t.as('office', { method: 'POST', url: '/api/plans/import', payload: doc });
      expect(outline.json().error.details.issues[0].path).toBe('body.tasks.2.responsibleUnits.0');
      const query = await t.as('office', { method: 'GET', url: '/api/audit?actor=%00' });
      expect(query.json().error.details.issues[0].path).toBe('querystring.actor');
    });
    it('reads a deeply nested body without a 5xx', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const res = await t.as('office', { method: 'POST', url: '/api/plans/import', headers: { 'content-type': 'application/json' }, payload: deep });
      expect(res.statusCode).toBe(400);
    });
    it('answers a form-encoded body with 415, since bodies are JSON', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=a&password=b' });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('request.fst_err_ctp_invalid_media_type');
    });
    it('answers a malformed URL with the usual error body', async () => {
      const res = await t.as(null, { method: 'GET', url: '/api/plans/current/tasks/%ZZ' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'request.fst_err_bad_url', details: {} });
    });
    it('names unitId when a user is created for a unit that does not exist', async () => {
      const res = await t.as('office', {
        method: 'POST',
        url: '/api/users',
        payload: { username: 'ghost', displayName: 'x', password: 'a-long-password', role: 'liaison', unitId: 999999 },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues[0].path).toBe('unitId');
    });
    it('refuses a body over the size limit with 413', async () => {
      const res = await t.as('office', { method: 'POST', url: '/api/plans/import', payload: { x: 'y'.repeat(6 * 1024 * 1024) } });
      expect(res.statusCode).toBe(413);
    });
  });
});

