// Notifications are read per user (two liaisons of one unit each have their own unread count), and the office's email
// outbox page: rows by state, the SMTP settings without the password, and an audited "retry now" of a failed mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMail, sendQueuedMail } from '../src/accountability/mail.ts';
import { fakeSmtp, selfSignedCert } from './fake-smtp.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const SMTP_VARS = ['KEPU_SMTP_HOST', 'KEPU_SMTP_PORT', 'KEPU_SMTP_SECURITY', 'KEPU_SMTP_USER', 'KEPU_SMTP_PASSWORD'];

describe.each(engines)('accountability notifications and outbox on $name', ({ open }) => {
  let t: TestApp;
  let edu2: string;
  const get = (who: string | null) => t.as(who, { method: 'GET', url: '/api/acc/notifications' });
  const getAs = async (cookie: string) =>
    (await t.app.inject({ method: 'GET', url: '/api/acc/notifications', headers: { cookie } })).json() as {
      unread: number;
      items: { id: number; readAt: string | null }[];
    };
  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
      id: number;
      name: string;
    }[];
    const unitId = units.find((u) => u.name === '市教育局')?.id;
    const made = await t.as('office', {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'edu2', displayName: '市教育局 联络员二', password: 'second-liaison-pw', role: 'liaison', unitId },
    });
    expect(made.statusCode).toBe(201);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'edu2', password: 'second-liaison-pw' },
    });
    edu2 = `kepu_session=${login.cookies.find((c) => c.name === 'kepu_session')?.value}`;
  });
  afterAll(async () => {
    for (const v of SMTP_VARS) delete process.env[v];
    await t?.close();
  });

  it('keeps read state per user: one liaison reads, a colleague of the same unit still sees it unread', async () => {
    const before = (await get('edu')).json();
    expect(before.unread).toBeGreaterThan(1);
    const first = before.items[0].id;
    const read = await t.as('edu', { method: 'POST', url: '/api/acc/notifications/read', payload: { ids: [first] } });
    expect(read.json()).toEqual({ updated: 1 });
    const mine = (await get('edu')).json();
    expect(mine.unread).toBe(before.unread - 1);
    const colleague = await getAs(edu2);
    expect(colleague.unread).toBe(before.unread);
    expect(colleague.items.find((n) => n.id === first)?.readAt).toBeNull();
    await t.app.inject({ method: 'POST', url: '/api/acc/notifications/read', headers: { cookie: edu2 }, payload: { ids: 'all' } });
    expect((await getAs(edu2)).unread).toBe(0);
    expect((await get('edu')).json().unread).toBe(before.unread - 1);
  });

  it('refuses without a session (401), for a user without a unit (403), and bad ids (400), and ignores another unit’s ids', async () => {
    expect((await get(null)).statusCode).toBe(401);
    expect((await t.as(null, { method: 'POST', url: '/api/acc/notifications/read', payload: { ids: 'all' } })).statusCode).toBe(401);
    expect((await get('office')).statusCode).toBe(403);
    const bad = await t.as('edu', { method: 'POST', url: '/api/acc/notifications/read', payload: { ids: [-1] } });
    expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'body.ids.0']);
    const eduIds = (await get('edu')).json().items.map((n: { id: number }) => n.id);
    const kexie = await t.as('kexie', { method: 'POST', url: '/api/acc/notifications/read', payload: { ids: eduIds } });
    expect(kexie.json()).toEqual({ updated: 0 });
  });

  it('shows the outbox only to the office, with mail off by default', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/acc/outbox' })).statusCode).toBe(401);
    expect((await t.as('edu', { method: 'GET', url: '/api/acc/outbox' })).statusCode).toBe(403);
    expect((await t.as('viewer', { method: 'GET', url: '/api/acc/outbox' })).statusCode).toBe(403);
    const r = await t.as('office', { method: 'GET', url: '/api/acc/outbox' });
    expect(r.json()).toEqual({ settings: { enabled: false }, count: { pending: 0, sent: 0, failed: 0 }, items: [] });
    const bad = await t.as('office', { method: 'GET', url: '/api/acc/outbox?state=lost' });
    expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'querystring.state']);
  });

  it('lists failed mail with the error, never shows the password, and retries now with an audit entry', async () => {
    const retry = (who: string | null, id: number | string) =>
      t.as(who, { method: 'POST', url: `/api/acc/outbox/${id}/retry` });
    // mail off: nothing to retry
    expect((await retry('office', 1)).statusCode).toBe(404);
    const eduUnit = (await get('edu')).json().items[0].unitId;
    // an address the unit has had all along, so its existing notifications are due a copy
    await t.handle.db
      .insertInto('acc_unit_emails')
      .values({ unit_id: eduUnit, email: 'edu@example.org', since: new Date(0) })
      .execute();
    const cert = selfSignedCert();
    // nothing listens on port 1: refused every time (a port just closed may be taken by another test file's server)
    const closed = { port: 1 };
    Object.assign(process.env, {
      KEPU_SMTP_HOST: '127.0.0.1',
      KEPU_SMTP_PORT: String(closed.port),
      KEPU_SMTP_SECURITY: 'starttls',
      KEPU_SMTP_USER: 'kepu',
      KEPU_SMTP_PASSWORD: 'never-shown-pw',
    });
    expect(await queueMail(t.handle.db)).toBeGreaterThan(0);
    await sendQueuedMail(t.handle.db);
    const page = await t.as('office', { method: 'GET', url: '/api/acc/outbox?state=failed' });
    expect(page.body).not.toContain('never-shown-pw');
    const body = page.json();
    expect(body.settings).toMatchObject({ enabled: true, host: '127.0.0.1', port: closed.port, security: 'starttls', user: 'kepu' });
    expect(body.count.failed).toBe(body.items.length);
    const row = body.items[0];
    // at least this run's attempt: the server's own mail job may have tried too, now that mail is configured
    expect(row).toMatchObject({ to: 'edu@example.org', state: 'failed' });
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    expect(row.lastError).toMatch(/ECONNREFUSED/);

    expect((await retry(null, row.id)).statusCode).toBe(401);
    expect((await retry('edu', row.id)).statusCode).toBe(403);
    const badId = await retry('office', 'x');
    expect([badId.statusCode, badId.json().error.details.issues[0].path]).toEqual([400, 'params.id']);
    expect((await retry('office', 999_999)).statusCode).toBe(404);
    delete process.env.KEPU_SMTP_HOST;
    const off = await retry('office', row.id);
    expect([off.statusCode, off.json().error.message]).toEqual([409, 'email is off (KEPU_SMTP_HOST is not set)']);
    process.env.KEPU_SMTP_HOST = '127.0.0.1';

    // each retry counts one more attempt; the server's start-up mail job may add one of its own at any point
    const again = await retry('office', row.id);
    expect(again.json()).toMatchObject({ id: row.id, state: 'failed' });
    expect(again.json().attempts).toBeGreaterThan(row.attempts);
    const smtp = await fakeSmtp({ cert, auth: { user: 'kepu', password: 'never-shown-pw', mechanisms: ['PLAIN'] } });
    Object.assign(process.env, { KEPU_SMTP_PORT: String(smtp.port), KEPU_SMTP_SECURITY: 'none' });
    process.env.KEPU_SMTP_ALLOW_INSECURE_AUTH = '1';
    const sent = await retry('office', row.id);
    await smtp.close();
    delete process.env.KEPU_SMTP_ALLOW_INSECURE_AUTH;
    expect(sent.json()).toMatchObject({ id: row.id, state: 'sent', lastError: null });
    expect(sent.json().attempts).toBeGreaterThan(again.json().attempts);
    const conflict = await retry('office', row.id);
    expect([conflict.statusCode, conflict.json().error.code]).toEqual([409, 'acc.state_conflict']);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_username', 'entity_id'])
      .where('action', '=', 'acc.mail.retry')
      .execute();
    expect(audit).toEqual([
      { actor_username: 'office', entity_id: String(row.id) },
      { actor_username: 'office', entity_id: String(row.id) },
    ]);
  });
});
