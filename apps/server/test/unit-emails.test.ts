// Where a unit's reminder mail goes: the office (or the unit's own liaison) sets the unit's addresses with the contact
// details; they are audited, shown only to those who see contacts, and used by the outbox when mail is on.
import { accStore, listOutbox } from '@kepu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueMail, sendQueuedMail } from '../src/accountability/mail.ts';
import { fakeSmtp, selfSignedCert } from './fake-smtp.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const SMTP_VARS = ['KEPU_SMTP_HOST', 'KEPU_SMTP_PORT', 'KEPU_SMTP_SECURITY'];

describe.each(engines)('unit reminder email addresses on $name', ({ open }) => {
  let t: TestApp;
  let eduId: number;
  let kexieId: number;
  const url = (id: number) => `/api/plans/current/units/${id}`;
  const patch = (who: string | null, id: number, emails: unknown) =>
    t.as(who, { method: 'PATCH', url: url(id), payload: { emails } });
  const shown = async (who: string | null, id: number) =>
    (await t.as(who, { method: 'GET', url: url(id) })).json().unit;

  beforeAll(async () => {
    t = await startTestApp(open);
    const units = (await t.as(null, { method: 'GET', url: '/api/plans/current/units' })).json() as {
      id: number;
      name: string;
    }[];
    eduId = units.find((u) => u.name === '市教育局')?.id as number;
    kexieId = units.find((u) => u.name === '市科协')?.id as number;
  });
  afterAll(async () => {
    for (const v of SMTP_VARS) delete process.env[v];
    await t?.close();
  });

  it('needs a session, and refuses a viewer, a district admin and the liaison of another unit, changing nothing', async () => {
    expect((await patch(null, eduId, ['a@example.org'])).statusCode).toBe(401);
    expect((await patch('viewer', eduId, ['a@example.org'])).statusCode).toBe(403);
    expect((await patch('dawa', eduId, ['a@example.org'])).statusCode).toBe(403);
    const other = await patch('kexie', eduId, ['intruder@example.org']);
    expect([other.statusCode, other.json().error.code]).toEqual([403, 'auth.forbidden']);
    expect((await shown('office', eduId)).emails).toEqual([]);
  });

  it('names the bad address with a 400 and stores nothing', async () => {
    const bad = await patch('office', eduId, ['edu@example.org', 'not-an-address']);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].path).toBe('body.emails.1');
    const many = await patch(
      'office',
      eduId,
      ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `${x}@example.org`),
    );
    expect([many.statusCode, many.json().error.details.issues[0].path]).toEqual([400, 'body.emails']);
    expect((await patch('office', eduId, 'edu@example.org')).statusCode).toBe(400);
    expect((await shown('office', eduId)).emails).toEqual([]);
  });

  it('lets the office set several addresses, audited, shown only to those who see contacts', async () => {
    const res = await patch('office', eduId, [' edu@example.org ', 'jiaoyu@example.org', 'edu@example.org']);
    expect(res.statusCode).toBe(200);
    expect(res.json().emails).toEqual(['edu@example.org', 'jiaoyu@example.org']);
    expect((await shown('office', eduId)).emails).toEqual(['edu@example.org', 'jiaoyu@example.org']);
    expect((await shown('edu', eduId)).emails).toEqual(['edu@example.org', 'jiaoyu@example.org']);
    expect(await shown(null, eduId)).not.toHaveProperty('emails');
    expect(await shown('kexie', eduId)).not.toHaveProperty('emails');
    const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=unit' })).json();
    expect(audit.items[0]).toMatchObject({
      actor: { username: 'office' },
      action: 'unit.update',
      entityId: String(eduId),
      before: { emails: [] },
      after: { emails: ['edu@example.org', 'jiaoyu@example.org'] },
    });
  });

  it("lets a liaison set their own unit's address, and an empty list removes it", async () => {
    const own = await patch('kexie', kexieId, ['kexie@example.org']);
    expect([own.statusCode, own.json().emails]).toEqual([200, ['kexie@example.org']]);
    expect((await patch('kexie', kexieId, [])).json().emails).toEqual([]);
    expect((await shown('kexie', kexieId)).emails).toEqual([]);
    expect((await patch('kexie', kexieId, ['kexie@example.org'])).statusCode).toBe(200);
    expect((await patch('kexie', kexieId, null)).json().emails).toEqual([]);
    const rows = await t.handle.db.selectFrom('acc_unit_emails').select('unit_id').execute();
    expect(rows.map((r) => r.unit_id)).toEqual([eduId]);
  });

  it('queues and sends a notification of the unit to each of its addresses when mail is on, and none once removed', async () => {
    const notify = (unitId: number, dedupeKey: string) =>
      accStore(t.handle.db).notify({
        unitId,
        kind: 'reminder',
        dedupeKey,
        params: { roundTitle: '2031年第一季度进展报告', count: 1, dueOn: '2031-03-10' },
        link: '/acc',
      });
    expect(await queueMail(t.handle.db)).toBe(0); // mail is off by default
    const smtp = await fakeSmtp({ cert: selfSignedCert() });
    Object.assign(process.env, {
      KEPU_SMTP_HOST: '127.0.0.1',
      KEPU_SMTP_PORT: String(smtp.port),
      KEPU_SMTP_SECURITY: 'none',
    });
    // the unit's notifications from before it had an address (the demo's) are not mailed as a backlog
    expect(await queueMail(t.handle.db)).toBe(0);
    const mine = async () => (await listOutbox(t.handle.db, 'pending')).map((r) => r.to_address);
    await notify(eduId, 'unit-emails-1');
    await notify(kexieId, 'unit-emails-kexie'); // kexie has no address: no mail
    expect(await queueMail(t.handle.db)).toBe(1);
    expect(await mine()).toEqual(['edu@example.org', 'jiaoyu@example.org']);
    expect(await sendQueuedMail(t.handle.db)).toEqual({ sent: 2, failed: 0 });
    expect(smtp.transcript.filter((l) => l.includes('RCPT TO'))).toEqual([
      'plain:RCPT TO:<edu@example.org>',
      'plain:RCPT TO:<jiaoyu@example.org>',
    ]);
    await smtp.close();

    expect((await patch('office', eduId, [])).statusCode).toBe(200);
    await notify(eduId, 'unit-emails-2');
    expect(await queueMail(t.handle.db)).toBe(0);
    expect(await mine()).toEqual([]);
  });
});
