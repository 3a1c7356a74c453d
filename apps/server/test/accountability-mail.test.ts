// Optional email: notifications are stored first and copied to an outbox; the SMTP client records success or the
// server's refusal on each row, so a mail outage loses nothing. A small SMTP server with a self-signed certificate runs
// in process and checks the dialogue: STARTTLS before AUTH, implicit TLS, no password over a plain connection.
import { accStore, enqueueEmails, listOutbox } from '@kepu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailSettings, mailSettings, mailStatus, renderMail, sendQueuedMail } from '../src/accountability/mail.ts';
import { sendSmtp } from '../src/accountability/smtp.ts';
import { type Cert, fakeSmtp, selfSignedCert } from './fake-smtp.ts';
import { engines } from './harness.ts';

let cert: Cert;
beforeAll(() => {
  cert = selfSignedCert();
});

const base = (port: number, more: Partial<MailSettings> = {}): MailSettings => ({
  host: '127.0.0.1',
  port,
  from: 'kepu@example.org',
  security: 'starttls',
  user: null,
  password: null,
  allowInsecureAuth: false,
  ca: cert.cert,
  ...more,
});
const message = { from: 'kepu@example.org', to: 'edu@example.org', subject: '测试', body: '正文' };
const auth = { user: 'kepu', password: 's3cret-pass', mechanisms: ['PLAIN', 'LOGIN'] as ('PLAIN' | 'LOGIN')[] };

describe('SMTP settings', () => {
  it('is off by default and reads security, port and the password from the environment', () => {
    expect(mailSettings({})).toBeNull();
    expect(mailSettings({ KEPU_SMTP_HOST: 'mail.example.org', KEPU_SMTP_PORT: '465' })).toMatchObject({
      port: 465,
      security: 'tls',
      user: null,
    });
    expect(mailSettings({ KEPU_SMTP_HOST: 'm', KEPU_SMTP_SECURITY: 'tls' })).toMatchObject({ port: 465 });
    expect(mailSettings({ KEPU_SMTP_HOST: 'm' })).toMatchObject({ port: 25, security: 'starttls' });
    expect(() => mailSettings({ KEPU_SMTP_HOST: 'm', KEPU_SMTP_SECURITY: 'ssl' })).toThrow(/KEPU_SMTP_SECURITY/);
    expect(() => mailSettings({ KEPU_SMTP_HOST: 'm', KEPU_SMTP_PORT: 'x' })).toThrow(/KEPU_SMTP_PORT/);
    expect(() => mailSettings({ KEPU_SMTP_HOST: 'm', KEPU_SMTP_USER: 'u' })).toThrow(/KEPU_SMTP_PASSWORD/);
    const s = mailSettings({ KEPU_SMTP_HOST: 'm', KEPU_SMTP_USER: 'u', KEPU_SMTP_PASSWORD: 'pw-1234567' });
    expect(s).toMatchObject({ user: 'u', password: 'pw-1234567' });
    expect(JSON.stringify(mailStatus(s))).not.toContain('pw-1234567');
  });
});

describe('SMTP dialogue', () => {
  it('upgrades with STARTTLS after EHLO, says EHLO again, and only then authenticates', async () => {
    const smtp = await fakeSmtp({ cert, starttls: true, auth });
    await sendSmtp(base(smtp.port, { user: 'kepu', password: 's3cret-pass' }), message);
    await smtp.close();
    const commands = smtp.transcript.map((l) => l.replace(/^(tls:AUTH PLAIN) .*/, '$1'));
    expect(commands.slice(0, 5)).toEqual([
      'plain:EHLO kepu',
      'plain:STARTTLS',
      'tls:EHLO kepu',
      'tls:AUTH PLAIN',
      'tls:MAIL FROM:<kepu@example.org>',
    ]);
    expect(smtp.received).toHaveLength(1);
  });

  it('speaks TLS from the first byte on an implicit-TLS port, with AUTH LOGIN when that is all the server offers', async () => {
    const smtp = await fakeSmtp({ cert, implicitTls: true, auth: { ...auth, mechanisms: ['LOGIN'] } });
    await sendSmtp(base(smtp.port, { security: 'tls', user: 'kepu', password: 's3cret-pass' }), message);
    await smtp.close();
    expect(smtp.transcript.every((l) => l.startsWith('tls:'))).toBe(true);
    expect(smtp.transcript.slice(0, 2)).toEqual(['tls:EHLO kepu', 'tls:AUTH LOGIN']);
    expect(smtp.received).toHaveLength(1);
  });

  it('refuses to send the password when the server offers no STARTTLS, unless explicitly allowed', async () => {
    const smtp = await fakeSmtp({ cert, auth });
    const settings = base(smtp.port, { user: 'kepu', password: 's3cret-pass' });
    await expect(sendSmtp(settings, message)).rejects.toThrow(/refusing to send the password.*no STARTTLS/);
    expect(smtp.transcript.some((l) => l.includes('AUTH'))).toBe(false);
    await sendSmtp({ ...settings, allowInsecureAuth: true }, message);
    expect(smtp.transcript.filter((l) => l.startsWith('plain:AUTH'))).toHaveLength(1);
    await smtp.close();
  });

  it('does not trust a certificate it was not told about', async () => {
    const smtp = await fakeSmtp({ cert, implicitTls: true });
    await expect(sendSmtp(base(smtp.port, { security: 'tls', ca: undefined }), message)).rejects.toThrow(
      /self-signed|certificate/i,
    );
    expect(smtp.received).toHaveLength(0);
    await smtp.close();
  });
});

describe.each(engines)('accountability email outbox on $name', ({ open }) => {
  let h: Awaited<ReturnType<typeof open>>;
  let unitId: number;
  const notify = (dedupeKey: string) =>
    accStore(h.db).notify({
      unitId,
      kind: 'reminder',
      dedupeKey,
      params: { roundTitle: '2031年第一季度进展报告', count: 3, dueOn: '2031-03-10' },
      link: '/acc',
    });
  beforeAll(async () => {
    h = await open();
    unitId = (
      await h.db
        .insertInto('org_units')
        .values({ jurisdiction_code: '211100', name: '市教育局' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await h.db.insertInto('acc_unit_emails').values({ unit_id: unitId, email: 'edu@example.org' }).execute();
  });
  afterAll(() => h?.close());

  it('is off by default: no settings, nothing to send', async () => {
    expect(await sendQueuedMail(h.db, null)).toEqual({ sent: 0, failed: 0 });
  });

  it('sends a queued notification and marks it sent, with the Chinese subject intact', async () => {
    await notify('mail-1');
    expect(await enqueueEmails(h.db, renderMail)).toBe(1);
    expect(await enqueueEmails(h.db, renderMail)).toBe(0);
    const smtp = await fakeSmtp({ cert });
    const r = await sendQueuedMail(h.db, base(smtp.port));
    await smtp.close();
    expect(r).toEqual({ sent: 1, failed: 0 });
    const [row] = await listOutbox(h.db, 'sent');
    expect(row).toMatchObject({ to_address: 'edu@example.org', attempts: 1, last_error: null });
    const subject = /Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(smtp.received[0])?.[1] ?? '';
    expect(Buffer.from(subject, 'base64').toString('utf8')).toContain('请尽快提交进展报告');
  });

  it('records the server’s refusal and a dead server as failures, keeping the notification', async () => {
    await notify('mail-2');
    await enqueueEmails(h.db, renderMail);
    const smtp = await fakeSmtp({ cert, refuseRcpt: true });
    expect(await sendQueuedMail(h.db, base(smtp.port))).toEqual({ sent: 0, failed: 1 });
    await smtp.close();
    const [failed] = await listOutbox(h.db, 'failed');
    expect(failed.last_error).toContain('550 no such mailbox');
    expect(await sendQueuedMail(h.db, base(smtp.port))).toEqual({ sent: 0, failed: 1 });
    expect((await listOutbox(h.db, 'failed'))[0]).toMatchObject({ attempts: 2 });
    expect((await listOutbox(h.db, 'failed'))[0].last_error).toMatch(/ECONNREFUSED/);
  });

  it('marks the row failed with the server’s reply on a wrong password; the in-app notification stays', async () => {
    await notify('mail-3');
    await enqueueEmails(h.db, renderMail);
    const smtp = await fakeSmtp({ cert, starttls: true, auth });
    await sendQueuedMail(h.db, base(smtp.port, { user: 'kepu', password: 'wrong-password' }));
    await smtp.close();
    const row = (await listOutbox(h.db, 'failed')).find((r) => r.attempts === 1);
    expect(row?.last_error).toBe(
      'SMTP: expected 235 after AUTH PLAIN, got "535 5.7.8 Authentication credentials invalid"',
    );
    expect(JSON.stringify(await listOutbox(h.db))).not.toContain('wrong-password');
    const notes = await h.db.selectFrom('acc_notifications').select('dedupe_key').orderBy('id').execute();
    expect(notes.map((n) => n.dedupe_key)).toEqual(['mail-1', 'mail-2', 'mail-3']);
  });
});
