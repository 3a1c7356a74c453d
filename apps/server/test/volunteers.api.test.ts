// Volunteers on each engine: the team hierarchy and its scope, registration with consent and a guardian for an
// under-14, sign-ups with a waitlist, check-in and out by code (an open check-in closed at 24 h and flagged), bulk
// approval on the ledger, stars recomputed from approved hours, certificates verified and revoked, the own-data
// export and the purge, and names masked in every public answer.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const FULL = '王小明';
const MASKED = '王*明';
const soon = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe.each(engines)('volunteers on $name', ({ open }) => {
  let t: TestApp;
  let city: number;
  let district: number;
  let unit: number;
  let key: string;
  let volunteerId: number;
  let opportunity: number;
  let certificate: string;
  const post = (who: string | null, url: string, payload?: object) =>
    t.as(who, { method: 'POST', url, ...(payload && { payload }) });
  const hoursOf = async (states: string) =>
    (await t.as('office', { method: 'GET', url: `/api/vol/hours?states=${states}` })).json() as {
      id: number;
      volunteerId: number;
      state: string;
      hours: number;
      autoCheckedOut: boolean;
    }[];
  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  it('builds the hierarchy 支队 → 大队 → 分队 and keeps a district admin to its own area', async () => {
    const make = (who: string, body: object) => post(who, '/api/vol/teams', body);
    const c = await make('office', {
      name: '盘锦市科技志愿服务支队（测试）',
      level: 'city',
      areaCode: '211100',
    });
    expect(c.statusCode, c.body).toBe(201);
    city = c.json().id;
    const wrongParent = await make('office', {
      name: '错层级',
      level: 'unit',
      parentId: city,
      areaCode: '211104',
    });
    expect(wrongParent.json().error.details.issues[0].path).toBe('body.parentId');
    const d = await make('dawa', {
      name: '大洼区大队（测试）',
      level: 'district',
      parentId: city,
      areaCode: '211104',
    });
    expect(d.statusCode, d.body).toBe(201);
    district = d.json().id;
    expect(
      (await make('dawa', { name: '别区大队', level: 'district', parentId: city, areaCode: '211103' }))
        .statusCode,
    ).toBe(403);
    const u = await make('dawa', {
      name: '大洼区科协分队（测试）',
      level: 'unit',
      parentId: district,
      areaCode: '211104',
    });
    unit = u.json().id;
    expect(u.statusCode).toBe(201);
    expect((await make('edu', { name: 'x', level: 'city', areaCode: '211100' })).statusCode).toBe(403);
  });

  it('registers a volunteer with consent, and an under-14 only with a guardian', async () => {
    const base = {
      phone: '13800001111',
      teamId: unit,
      skills: ['讲解'],
      availability: ['周末'],
      consent: true,
    };
    const noConsent = await post(null, '/api/pub/vol/volunteers', {
      ...base,
      name: FULL,
      birthDate: '1990-05-01',
      consent: false,
    });
    expect(noConsent.json().error.details.issues[0].path).toBe('body.consent');
    const child = await post(null, '/api/pub/vol/volunteers', {
      ...base,
      name: '李小红',
      birthDate: `${new Date().getFullYear() - 10}-01-01`,
    });
    expect(child.json().error.details.issues[0].path).toBe('body.guardian');
    const withGuardian = await post(null, '/api/pub/vol/volunteers', {
      ...base,
      name: '李小红',
      birthDate: `${new Date().getFullYear() - 10}-01-01`,
      guardian: { name: '李大明', phone: '13900002222' },
    });
    expect(withGuardian.statusCode).toBe(201);
    const r = await post(null, '/api/pub/vol/volunteers', {
      ...base,
      name: FULL,
      birthDate: '1990-05-01',
      publicDisplay: true,
    });
    expect(r.statusCode, r.body).toBe(201);
    ({ id: volunteerId, token: key } = r.json());
    const list = (await t.as('dawa', { method: 'GET', url: '/api/vol/volunteers' })).json();
    expect(list.find((v: { id: number }) => v.id === volunteerId)).toMatchObject({
      name: FULL,
      phone: '138****1111',
    });
    const personal = await post('dawa', `/api/vol/volunteers/${volunteerId}/personal`);
    expect(personal.json().volunteer.phone).toBe('13800001111');
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'vol.volunteer.read_personal')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('accepts sign-ups while slots remain and waitlists the next; a cancellation moves the waitlist up', async () => {
    const o = await post('dawa', '/api/vol/opportunities', {
      teamId: unit,
      title: '科普讲解员（测试）',
      role: '讲解',
      startsAt: soon(-1),
      endsAt: soon(5),
      slots: 1,
    });
    expect(o.statusCode, o.body).toBe(201);
    opportunity = o.json().id;
    const other = (
      await post(null, '/api/pub/vol/volunteers', {
        name: '赵六',
        phone: '13700003333',
        birthDate: '1980-01-01',
        teamId: unit,
        consent: true,
      })
    ).json();
    const mine = await post(null, `/api/pub/vol/me/${key}/signups/${opportunity}`);
    expect(mine.json().signups[0].status).toBe('accepted');
    const theirs = await post(null, `/api/pub/vol/me/${other.token}/signups/${opportunity}`);
    expect(theirs.json().signups[0].status).toBe('waitlisted');
    await post(null, `/api/pub/vol/me/${key}/signups/${opportunity}/cancel`);
    const after = (await t.as(null, { method: 'GET', url: `/api/pub/vol/me/${other.token}` })).json();
    expect(after.signups[0].status).toBe('accepted');
    expect((await post(null, `/api/pub/vol/me/${key}/signups/${opportunity}`)).json().signups[0].status).toBe(
      'waitlisted',
    );
  });

  it('checks in and out by code; an open check-in is closed at 24 h and flagged', async () => {
    const scan = () => post('dawa', `/api/vol/opportunities/${opportunity}/scan`, { code: key });
    const inn = await scan();
    expect(inn.json()).toMatchObject({ action: 'in' });
    await sql`update vol_hours set started_at = now() - interval '2 hours' where id = ${inn.json().hoursId}`.execute(
      t.handle.db,
    );
    const out = await scan();
    expect(out.json()).toMatchObject({ action: 'out' });
    expect(out.json().hours).toBeCloseTo(2, 1);
    const stale = (await scan()).json();
    await sql`update vol_hours set started_at = now() - interval '30 hours' where id = ${stale.hoursId}`.execute(
      t.handle.db,
    );
    const flagged = (await hoursOf('pending')).find((h) => h.id === stale.hoursId);
    expect(flagged).toMatchObject({ hours: 24, autoCheckedOut: true, state: 'pending' });
    expect(
      (await post('kexie', `/api/vol/opportunities/${opportunity}/scan`, { code: key })).statusCode,
    ).toBe(403);
  });

  it('approves hours in bulk onto the ledger, recomputes stars, and voids with a reason', async () => {
    expect(
      (
        await t.as('office', {
          method: 'PUT',
          url: '/api/vol/star-hours',
          payload: { hours: [2, 20, 30, 40, 50] },
        })
      ).statusCode,
    ).toBe(200);
    const pending = (await hoursOf('pending')).filter((h) => h.volunteerId === volunteerId);
    expect(pending).toHaveLength(2);
    const noReason = await post('dawa', '/api/vol/hours/moves', { ids: [pending[0]?.id], move: 'decline' });
    expect(noReason.json().error.details.issues[0].path).toBe('body.reason');
    const ok = await post('dawa', '/api/vol/hours/moves', { ids: pending.map((h) => h.id), move: 'approve' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().stars[volunteerId]).toMatchObject({ star: 2 });
    const again = await post('dawa', '/api/vol/hours/moves', { ids: [pending[0]?.id], move: 'approve' });
    expect(again.statusCode).toBe(409);
    const ledger = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from svc_ledger where kind = 'volunteer_service'
          and voided_at is null and evidence in (${sql.join(pending.map((h) => `vol_hours:${h.id}`))})`.execute(
          t.handle.db,
        )
      ).rows[0]?.n;
    expect(await ledger()).toBe(2);
    const flagged = pending.find((h) => h.hours === 24) as { id: number };
    const voided = await post('dawa', '/api/vol/hours/moves', {
      ids: [flagged.id],
      move: 'void',
      reason: '忘记签退，核实为2小时',
    });
    expect(voided.json().stars[volunteerId]).toMatchObject({ star: 1 });
    expect(await ledger()).toBe(1);
    expect((await hoursOf('void')).map((h) => h.id)).toContain(flagged.id);
  });

  it('issues a certificate, verifies it by number with the name masked, and revokes it', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const c = await post('dawa', '/api/vol/certificates', {
      volunteerId,
      teamId: unit,
      periodFrom: '2020-01-01',
      periodTo: today,
    });
    expect(c.statusCode, c.body).toBe(201);
    certificate = c.json().number;
    expect(certificate).toMatch(/^ZYFW-\d{4}-\d{6}$/);
    const v = (await t.app.inject({ method: 'GET', url: `/api/pub/vol/certificates/${certificate}` })).json();
    expect(v).toMatchObject({ holder: MASKED, valid: true, issuer: '大洼区科协分队（测试）' });
    expect(v.hours).toBeCloseTo(2, 1);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/pub/vol/me/${key}/certificates/${certificate}/pdf`,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const none = await post('dawa', '/api/vol/certificates', {
      volunteerId,
      teamId: unit,
      periodFrom: '2001-01-01',
      periodTo: '2001-12-31',
    });
    expect(none.json().error.code).toBe('vol.certificate.no_hours');
    await post('dawa', `/api/vol/certificates/${certificate}/revoke`, { reason: '时长核减' });
    const r = (await t.app.inject({ method: 'GET', url: `/api/pub/vol/certificates/${certificate}` })).json();
    expect(r).toMatchObject({ valid: false, revokeReason: '时长核减' });
  });

  it('masks the name in every public answer', async () => {
    const urls = [
      '/api/pub/vol/opportunities',
      '/api/pub/vol/stars',
      `/api/pub/vol/certificates/${certificate}`,
      `/api/pub/vol/me/${key}`,
    ];
    for (const url of urls) {
      const body = (await t.app.inject({ method: 'GET', url })).body;
      expect(body, url).not.toContain(FULL);
      expect(body, url).not.toContain('13800001111');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/pub/vol/stars' })).json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: MASKED, star: 1 })]),
    );
  });

  it('exports the own data, then erases it on request while the hours stay', async () => {
    const data = (await t.app.inject({ method: 'GET', url: `/api/pub/vol/me/${key}/export` })).json();
    expect(data.volunteer).toMatchObject({ name: FULL, phone: '13800001111', birthDate: '1990-05-01' });
    expect(data.hours.length).toBe(2);
    await post(null, `/api/pub/vol/me/${key}/deletion`);
    expect((await post('dawa', '/api/vol/purge', { retentionDays: 365 })).statusCode).toBe(403);
    expect(
      (await post('office', '/api/vol/purge', { retentionDays: 365 })).json().erased,
    ).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ method: 'GET', url: `/api/pub/vol/me/${key}` })).statusCode).toBe(404);
    const row = (
      await sql<{ name: string; phone: string; birth_date: unknown; approved_hours: number }>`
      select name, phone, birth_date, approved_hours from vol_volunteers where id = ${volunteerId}`.execute(
        t.handle.db,
      )
    ).rows[0];
    expect(row).toMatchObject({ name: '已删除', phone: '', birth_date: null });
    expect(Number(row?.approved_hours)).toBeCloseTo(2, 1);
    const kept = await sql<{
      n: number;
    }>`select count(*)::int as n from vol_hours where volunteer_id = ${volunteerId}`.execute(t.handle.db);
    expect(kept.rows[0]?.n).toBe(2);
  });
});
