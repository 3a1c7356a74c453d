// Optional email: notifications are stored first and copied to an outbox; the minimal SMTP sender records success or the
// server's refusal on each row, so a mail outage loses nothing. A fake SMTP server runs in process.
import { createServer, type Server } from 'node:net';
import { accStore, enqueueEmails, listOutbox } from '@kepu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailSettings, renderMail, sendQueuedMail } from '../src/accountability/mail.ts';
import { engines } from './harness.ts';

function fakeSmtp(refuseRcpt: boolean) {
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    let data = false;
    let message = '';
    socket.write('220 fake\r\n');
    socket.on('data', (chunk) => {
      for (const line of chunk
        .toString('utf8')
        .split('\r\n')
        .filter((l, i, all) => l !== '' || i < all.length - 1)) {
        if (data) {
          if (line === '.') {
            data = false;
            received.push(message);
            socket.write('250 queued\r\n');
          } else message += `${line}\n`;
        } else if (line.startsWith('EHLO')) socket.write('250-fake\r\n250 OK\r\n');
        else if (line.startsWith('MAIL')) socket.write('250 OK\r\n');
        else if (line.startsWith('RCPT')) socket.write(refuseRcpt ? '550 no such mailbox\r\n' : '250 OK\r\n');
        else if (line === 'DATA') {
          data = true;
          socket.write('354 go\r\n');
        } else if (line === 'QUIT') socket.end('221 bye\r\n');
      }
    });
  });
  return new Promise<{ server: Server; port: number; received: string[] }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as { port: number }).port, received }),
    ),
  );
}

describe('accountability email outbox (PGlite)', () => {
  const engine = engines[0];
  let h: Awaited<ReturnType<typeof engine.open>>;
  let unitId: number;
  beforeAll(async () => {
    h = await engine.open();
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

  it('is off by default: no SMTP host, nothing to send', async () => {
    expect(mailSettings({})).toBeNull();
    expect(await sendQueuedMail(h.db, null)).toEqual({ sent: 0, failed: 0 });
  });

  it('sends a queued notification and marks it sent, with the Chinese subject intact', async () => {
    await accStore(h.db).notify({
      unitId,
      kind: 'reminder',
      dedupeKey: 'mail-1',
      params: { roundTitle: '2031年第一季度进展报告', count: 3, dueOn: '2031-03-10' },
      link: '/acc',
    });
    expect(await enqueueEmails(h.db, renderMail)).toBe(1);
    expect(await enqueueEmails(h.db, renderMail)).toBe(0);
    const smtp = await fakeSmtp(false);
    const r = await sendQueuedMail(h.db, { host: '127.0.0.1', port: smtp.port, from: 'kepu@example.org' });
    smtp.server.close();
    expect(r).toEqual({ sent: 1, failed: 0 });
    const [row] = await listOutbox(h.db, 'sent');
    expect(row).toMatchObject({ to_address: 'edu@example.org', attempts: 1, last_error: null });
    const subject = /Subject: =\?UTF-8\?B\?([^?]+)\?=/.exec(smtp.received[0])?.[1] ?? '';
    expect(Buffer.from(subject, 'base64').toString('utf8')).toContain('请尽快提交进展报告');
  });

  it('records the server’s refusal and a dead server as failures, keeping the notification', async () => {
    await accStore(h.db).notify({
      unitId,
      kind: 'round_opened',
      dedupeKey: 'mail-2',
      params: { roundTitle: 'x', count: 1, dueOn: '2031-03-10' },
      link: '/acc',
    });
    await enqueueEmails(h.db, renderMail);
    const smtp = await fakeSmtp(true);
    expect(
      await sendQueuedMail(h.db, { host: '127.0.0.1', port: smtp.port, from: 'kepu@example.org' }),
    ).toEqual({ sent: 0, failed: 1 });
    smtp.server.close();
    const [failed] = await listOutbox(h.db, 'failed');
    expect(failed.last_error).toContain('550 no such mailbox');
    const closed = await fakeSmtp(false);
    const port = closed.port;
    closed.server.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(await sendQueuedMail(h.db, { host: '127.0.0.1', port, from: 'kepu@example.org' })).toEqual({
      sent: 0,
      failed: 1,
    });
    expect((await listOutbox(h.db, 'failed'))[0]).toMatchObject({ attempts: 2 });
    const notes = await h.db.selectFrom('acc_notifications').select('dedupe_key').execute();
    expect(notes.map((n) => n.dedupe_key)).toEqual(['mail-1', 'mail-2']);
  });
});
