// Accounts on each engine: a unit or area only where the role has one, the password policy (create, reset, change),
// the office editing, disabling, enabling, resetting and unlocking accounts, lock-out after failed sign-ins, the last
// office kept, the forced password change, and every step in the audit log.
import { DEMO_PASSWORDS } from '@kepu/domain';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { everyDemoAccount } from '../src/seed.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

interface AuditRow {
  action: string;
  entity: string;
  entityId: string;
  actor: { id: number | null; username: string };
  before: unknown;
  after: unknown;
}

describe.each(engines)('accounts on $name', ({ open }) => {
  let t: TestApp;
  let kexieId: number;
  let ip = 0;
  /** Each sign-in from its own address, so the per-address rate limit does not mix into what a test counts. */
  const login = (username: string, password: string, from = `198.51.100.${(ip++ % 250) + 1}`) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: from });
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
    `kepu_session=${res.cookies.find((c) => c.name === 'kepu_session')?.value}`;
  const withCookie = (cookie: string, o: InjectOptions) => t.app.inject({ ...o, headers: { ...o.headers, cookie } });
  const office = (o: InjectOptions) => t.as('office', o);
  const create = (body: Record<string, unknown>) => office({ method: 'POST', url: '/api/users', payload: body });
  const issueOf = (res: { json(): { error: { details: { issues: { path: string; code: string }[] } } } }) =>
    res.json().error.details.issues[0];
  const audit = async (action: string) =>
    ((await office({ method: 'GET', url: '/api/audit?entity=user&limit=200' })).json().items as AuditRow[]).filter(
      (i) => i.action === action,
    );
  const newViewer = async (username: string, password = 'steady-harbour-41') => {
    const res = await create({ username, displayName: username, password, role: 'viewer' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };

  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
      id: number;
      name: string;
    }[];
    kexieId = units.find((u) => u.name === '市科协')?.id as number;
  });
  afterAll(() => t?.close());

  describe('role fit', () => {
    it('refuses on create a unit or an area the role does not have, naming the field', async () => {
      const cases = [
        [{ role: 'viewer', unitId: kexieId }, 'body.unitId', 'user.unit_not_for_role'],
        [{ role: 'office', areaCode: '211104' }, 'body.areaCode', 'user.area_not_for_role'],
        [{ role: 'district', areaCode: '211104', unitId: kexieId }, 'body.unitId', 'user.unit_not_for_role'],
        [{ role: 'liaison', unitId: kexieId, areaCode: '211104' }, 'body.areaCode', 'user.area_not_for_role'],
        [{ role: 'district' }, 'body.areaCode', 'user.district_needs_area'],
      ] as const;
      for (const [scope, path, code] of cases) {
        const res = await create({ username: 'misfit', displayName: 'x', password: 'steady-harbour-41', ...scope });
        expect(res.statusCode).toBe(400);
        expect(issueOf(res)).toMatchObject({ path, code });
      }
    });
    it('refuses on edit a change that leaves a unit or area the role does not have', async () => {
      const id = (await create({ username: 'fit-liaison', displayName: '联络员', password: 'steady-harbour-41', role: 'liaison', unitId: kexieId })).json().id;
      const viewer = await office({ method: 'PATCH', url: `/api/users/${id}`, payload: { role: 'viewer' } });
      expect(viewer.statusCode).toBe(400);
      expect(issueOf(viewer)).toMatchObject({ path: 'unitId', code: 'user.unit_not_for_role' });
      const district = await office({ method: 'PATCH', url: `/api/users/${id}`, payload: { role: 'district', unitId: null } });
      expect(issueOf(district)).toMatchObject({ path: 'areaCode', code: 'user.district_needs_area' });
      const ok = await office({ method: 'PATCH', url: `/api/users/${id}`, payload: { role: 'district', unitId: null, areaCode: '211104', displayName: '大洼 管理员' } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ role: 'district', unitId: null, areaCode: '211104', displayName: '大洼 管理员' });
      const empty = await office({ method: 'PATCH', url: `/api/users/${id}`, payload: {} });
      expect([empty.statusCode, empty.json().error.details.issues[0].code]).toEqual([400, 'validation.empty_patch']);
      const nowhere = await office({ method: 'PATCH', url: `/api/users/${id}`, payload: { areaCode: '999999' } });
      expect(issueOf(nowhere)).toMatchObject({ path: 'areaCode', code: 'user.no_such_area' });
      const [entry] = (await audit('user.update')).filter((e) => e.entityId === String(id));
      expect(entry).toMatchObject({ before: { role: 'liaison', unitId: kexieId }, after: { role: 'district', areaCode: '211104' } });
    });
    it('answers 404 for an account that does not exist', async () => {
      const res = await office({ method: 'PATCH', url: '/api/users/999999', payload: { displayName: 'x' } });
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'user.not_found']);
    });
  });

  describe('password policy', () => {
    it('refuses each rule with its own code', async () => {
      const cases = [
        ['short-1', 'password.too_short'],
        ['aaaaaaaaaa', 'password.repeated'],
        ['abababababab', 'password.repeated'],
        ['12345678901', 'password.common'],
        ['Password123', 'password.common'],
        ['qwertyuiop', 'password.common'],
        ['my-policy-user-pw', 'password.contains_username'],
      ] as const;
      for (const [password, code] of cases) {
        const res = await create({ username: 'policy-user', displayName: 'x', password, role: 'viewer' });
        expect(res.statusCode, password).toBe(400);
        expect(issueOf(res), password).toMatchObject({ path: 'password', code });
      }
      expect((await create({ username: 'policy-user', displayName: 'x', password: 'steady-harbour-41', role: 'viewer' })).statusCode).toBe(201);
    });
    it('refuses the demo passwords on a database started without the demo data, and only there', async () => {
      // every demo account (the one `kepu serve` prints, dawa-kexie included) has one of the refused passwords
      expect(everyDemoAccount.map((a) => a.username)).toEqual(expect.arrayContaining(['office', 'viewer', 'dawa-kexie']));
      expect([...new Set(everyDemoAccount.map((a) => a.password))].sort()).toEqual([...DEMO_PASSWORDS].sort());
      const body = { username: 'demo-pw', displayName: 'x', password: 'kepu-viewer-2025', role: 'viewer' };
      const plain = await buildApp({ db: t.handle.db, engine: t.handle.engine, jurisdiction: '211100', version: 'test' });
      try {
        const cookie = await t.login('office');
        const res = await plain.inject({ method: 'POST', url: '/api/users', payload: body, headers: { cookie } });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.details.issues[0]).toMatchObject({ path: 'password', code: 'password.demo' });
      } finally {
        await plain.close();
      }
      expect((await create(body)).statusCode).toBe(201);
    });
  });

  describe('who may manage accounts', () => {
    it('needs a session and the office', async () => {
      const id = await newViewer('managed-1');
      const routes: InjectOptions[] = [
        { method: 'PATCH', url: `/api/users/${id}`, payload: { displayName: 'x' } },
        { method: 'POST', url: `/api/users/${id}/disable` },
        { method: 'POST', url: `/api/users/${id}/enable` },
        { method: 'POST', url: `/api/users/${id}/unlock` },
        { method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'steady-harbour-42' } },
      ];
      for (const r of routes) {
        expect((await t.as(null, r)).statusCode, `${r.method} ${r.url}`).toBe(401);
        for (const who of ['edu', 'dawa', 'viewer']) {
          const res = await t.as(who, r);
          expect([res.statusCode, res.json().error.code], `${r.method} ${r.url} as ${who}`).toEqual([403, 'auth.forbidden']);
        }
      }
    });
  });

  describe('disable and enable', () => {
    it('ends the sessions of a disabled account and refuses its sign-in until it is enabled', async () => {
      const id = await newViewer('to-disable');
      const signedIn = await login('to-disable', 'steady-harbour-41');
      const cookie = cookieOf(signedIn);
      expect((await withCookie(cookie, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);

      const off = await office({ method: 'POST', url: `/api/users/${id}/disable` });
      expect(off.statusCode).toBe(200);
      expect(off.json().disabledAt).toEqual(expect.any(String));
      expect((await withCookie(cookie, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      const refused = await login('to-disable', 'steady-harbour-41');
      expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'auth.disabled']);
      // a wrong password on a disabled account says no more than for any account
      const wrong = await login('to-disable', 'not-the-password');
      expect(wrong.json().error.code).toBe('auth.invalid_credentials');
      const listed = (await office({ method: 'GET', url: '/api/users' })).json().find((u: { id: number }) => u.id === id);
      expect(listed).toMatchObject({ disabledAt: expect.any(String), lockedAt: null, mustChangePassword: false });

      expect((await office({ method: 'POST', url: `/api/users/${id}/enable` })).json()).toMatchObject({ disabledAt: null });
      expect((await login('to-disable', 'steady-harbour-41')).statusCode).toBe(200);
      expect((await audit('user.disable')).some((e) => e.entityId === String(id))).toBe(true);
      expect((await audit('user.enable')).some((e) => e.entityId === String(id))).toBe(true);
    });
  });

  describe('the last office', () => {
    it('cannot be disabled or given another role; another office can be', async () => {
      const officeId = (await office({ method: 'GET', url: '/api/auth/me' })).json().user.id;
      const disable = await office({ method: 'POST', url: `/api/users/${officeId}/disable` });
      expect([disable.statusCode, disable.json().error.code]).toEqual([409, 'user.last_office']);
      const demote = await office({ method: 'PATCH', url: `/api/users/${officeId}`, payload: { role: 'viewer' } });
      expect([demote.statusCode, demote.json().error.code]).toEqual([409, 'user.last_office']);

      const second = (await create({ username: 'office-two', displayName: '办公室二', password: 'steady-harbour-41', role: 'office' })).json().id;
      expect((await office({ method: 'POST', url: `/api/users/${second}/disable` })).statusCode).toBe(200);
      // a disabled office does not count: the signed-in office is still the last enabled one
      expect((await office({ method: 'PATCH', url: `/api/users/${officeId}`, payload: { role: 'viewer' } })).statusCode).toBe(409);
      expect((await office({ method: 'POST', url: `/api/users/${second}/enable` })).statusCode).toBe(200);
      expect((await office({ method: 'PATCH', url: `/api/users/${second}`, payload: { role: 'viewer' } })).statusCode).toBe(200);
      expect((await office({ method: 'GET', url: '/api/auth/me' })).json().user.role).toBe('office');
    });
  });

  describe('reset and change of password', () => {
    it('makes the owner change a password the office set before anything else', async () => {
      const id = await newViewer('to-reset');
      const before = cookieOf(await login('to-reset', 'steady-harbour-41'));

      const bad = await office({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'to-reset-2025!' } });
      expect(issueOf(bad)).toMatchObject({ path: 'password', code: 'password.contains_username' });
      const reset = await office({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'given-by-office-7' } });
      expect(reset.statusCode, reset.body).toBe(200);
      expect(reset.json()).toMatchObject({ mustChangePassword: true });
      expect(JSON.stringify(await audit('user.password_reset'))).not.toContain('given-by-office-7');
      // the sessions of the account end; the old password is gone
      expect((await withCookie(before, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      expect((await login('to-reset', 'steady-harbour-41')).statusCode).toBe(401);

      const first = await login('to-reset', 'given-by-office-7');
      expect(first.statusCode).toBe(200);
      expect(first.json().mustChangePassword).toBe(true);
      const cookie = cookieOf(first);
      const other = cookieOf(await login('to-reset', 'given-by-office-7'));
      const me = await withCookie(cookie, { method: 'GET', url: '/api/auth/me' });
      expect(me.json()).toMatchObject({ user: { username: 'to-reset' }, mustChangePassword: true });
      const blocked = await withCookie(cookie, { method: 'GET', url: '/api/acc/rounds' });
      expect([blocked.statusCode, blocked.json().error.code]).toEqual([403, 'auth.password_change_required']);

      const change = (payload: Record<string, unknown>) =>
        withCookie(cookie, { method: 'POST', url: '/api/auth/password', payload });
      expect(issueOf(await change({ current: 'wrong-current-1', next: 'my-own-choice-9' }))).toMatchObject({ path: 'current', code: 'auth.wrong_password' });
      expect(issueOf(await change({ current: 'given-by-office-7', next: 'given-by-office-7' }))).toMatchObject({ path: 'next', code: 'password.unchanged' });
      expect(issueOf(await change({ current: 'given-by-office-7', next: 'bbbbbbbbbbbb' }))).toMatchObject({ path: 'next', code: 'password.repeated' });
      const done = await change({ current: 'given-by-office-7', next: 'my-own-choice-9' });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ mustChangePassword: false, user: { username: 'to-reset' } });

      // this session goes on, now with everything open; the account's other session has ended
      expect((await withCookie(cookie, { method: 'GET', url: '/api/acc/rounds' })).statusCode).toBe(200);
      expect((await withCookie(cookie, { method: 'GET', url: '/api/auth/me' })).json().mustChangePassword).toBe(false);
      expect((await withCookie(other, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
      expect((await login('to-reset', 'my-own-choice-9')).json().mustChangePassword).toBe(false);
      const changed = (await audit('auth.password_change')).find((e) => e.entityId === String(id));
      expect(changed).toMatchObject({ actor: { username: 'to-reset' }, after: { mustChangePassword: false } });
      expect(JSON.stringify(changed)).not.toContain('my-own-choice-9');
    });
    it("refuses the office resetting its own password (that is the change-password page's work)", async () => {
      const officeId = (await office({ method: 'GET', url: '/api/auth/me' })).json().user.id;
      const res = await office({ method: 'POST', url: `/api/users/${officeId}/password`, payload: { password: 'steady-harbour-41' } });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'user.reset_own_password']);
    });
    it('lets any signed-in user change their own password, under the same policy', async () => {
      await newViewer('changer', 'first-choice-11');
      const cookie = cookieOf(await login('changer', 'first-choice-11'));
      const res = await withCookie(cookie, { method: 'POST', url: '/api/auth/password', payload: { current: 'first-choice-11', next: 'password123' } });
      expect(issueOf(res)).toMatchObject({ path: 'next', code: 'password.common' });
      expect((await t.as(null, { method: 'POST', url: '/api/auth/password', payload: { current: 'a', next: 'b' } })).statusCode).toBe(401);
    });
  });

  describe('lock-out', () => {
    it('locks an account after 5 failed sign-ins in a row until the office unlocks it', async () => {
      const id = await newViewer('to-lock');
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) codes.push((await login('to-lock', `wrong-guess-${i}`)).json().error.code);
      expect(codes).toEqual([...Array(4).fill('auth.invalid_credentials'), 'auth.locked']);
      // the right password no longer helps, and guessing goes no further
      const right = await login('to-lock', 'steady-harbour-41');
      expect([right.statusCode, right.json().error.code]).toEqual([403, 'auth.locked']);
      const listed = (await office({ method: 'GET', url: '/api/users' })).json().find((u: { id: number }) => u.id === id);
      expect(listed).toMatchObject({ lockedAt: expect.any(String), failedLogins: 5 });

      const unlocked = await office({ method: 'POST', url: `/api/users/${id}/unlock` });
      expect(unlocked.json()).toMatchObject({ lockedAt: null, failedLogins: 0 });
      expect((await login('to-lock', 'steady-harbour-41')).statusCode).toBe(200);
      expect((await audit('user.unlock')).some((e) => e.entityId === String(id))).toBe(true);
      const failures = (await audit('auth.login_failed')).filter((e) => e.entityId === String(id));
      expect(failures.length).toBeGreaterThanOrEqual(6);
      expect(failures.find((e) => (e.after as { locked?: boolean }).locked)).toBeDefined();
      expect(JSON.stringify(failures)).not.toContain('wrong-guess-');
    });
    it('counts only failures in a row: a successful sign-in starts the count again', async () => {
      await newViewer('in-a-row');
      for (let i = 0; i < 4; i++) await login('in-a-row', `wrong-guess-${i}`);
      expect((await login('in-a-row', 'steady-harbour-41')).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) await login('in-a-row', `wrong-guess-${i}`);
      expect((await login('in-a-row', 'steady-harbour-41')).statusCode).toBe(200);
    });
    it('answers an unknown username like a wrong password, however often', async () => {
      const codes = new Set<string>();
      for (let i = 0; i < 7; i++) codes.add((await login('no-such-account', `wrong-guess-${i}`)).json().error.code);
      expect([...codes]).toEqual(['auth.invalid_credentials']);
    });
    it('keeps the per-address rate limit', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await login('rate-limited', `wrong-guess-${i}`, '192.0.2.9')).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    });
  });

  describe('the audit log', () => {
    it('records sign-in, sign-out and failed sign-in (with the name tried, never the password)', async () => {
      await newViewer('audited');
      await login('audited', 'secret-wrong-pw');
      const cookie = cookieOf(await login('audited', 'steady-harbour-41'));
      await withCookie(cookie, { method: 'POST', url: '/api/auth/logout' });
      const failed = (await audit('auth.login_failed')).find((e) => e.actor.username === 'audited');
      expect(failed).toMatchObject({ entity: 'user', actor: { id: null }, after: { username: 'audited', reason: 'wrong_password' } });
      expect(JSON.stringify(failed)).not.toContain('secret-wrong-pw');
      const unknown = (await audit('auth.login_failed')).find((e) => e.entityId === 'no-such-account');
      expect(unknown).toMatchObject({ after: { username: 'no-such-account', reason: 'unknown_user' } });
      expect((await audit('auth.login')).find((e) => e.actor.username === 'audited')).toMatchObject({ actor: { id: expect.any(Number) } });
      expect((await audit('auth.logout')).find((e) => e.actor.username === 'audited')).toBeDefined();
    });
  });
});
