// Registrants' text messages and calendar reminders, on each engine, through a real HTTP gateway on loopback: a seat
// freed for the waitlist is told at once, a reminder goes the day before (not earlier), a message the gateway refused is
// sent again by the next run and none is sent twice; staff see the counts and whether the server can send at all; the
// ticket's calendar file carries the session with two alarms, and says CANCELLED once the ticket is cancelled.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { zonedClock } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runServiceMessagesJob } from '../src/services/messages-job.ts';
import { smsSettings } from '../src/services/sms.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const HOUR = 3_600_000;
const TITLE = '家庭应急避险讲座（短信测试）';

/** The gateway: records what it accepted; answers 503 while `refuse` is set. */
function gateway() {
  const got: { phone: string; text: string; auth?: string }[] = [];
  const g = { got, refuse: false, url: '', server: null as Server | null };
  g.server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (g.refuse) {
        res.writeHead(503).end('gateway busy');
        return;
      }
      got.push({ ...JSON.parse(body), auth: req.headers.authorization });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  return g;
}

describe.each(engines)('registrants’ messages on $name', ({ open }) => {
  let t: TestApp;
  let at: Date | null = null;
  let id: number;
  let sessionId: number;
  const tickets: Record<'first' | 'second', string> = { first: '', second: '' };
  const start = new Date(Date.now() + 30 * HOUR);
  const gw = gateway();
  const run = () =>
    runServiceMessagesJob(t.app, { url: gw.url, token: 'gw-secret', signature: '盘锦市科协' });
  const ours = () => gw.got.filter((m) => m.phone.startsWith('1390000'));
  const counts = async () =>
    (await t.as('office', { method: 'GET', url: `/api/svc/activities/${id}/messages` })).json();

  beforeAll(async () => {
    await new Promise<void>((resolve) => gw.server?.listen(0, '127.0.0.1', resolve));
    gw.url = `http://127.0.0.1:${(gw.server?.address() as AddressInfo).port}/sms`;
    t = await startTestApp(open, { clock: zonedClock('Asia/Shanghai', () => at ?? new Date()) });
    const made = await t.as('office', {
      method: 'POST',
      url: '/api/svc/activities',
      payload: {
        title: TITLE,
        organiser: '市科协',
        areaCode: '211103',
        address: '兴隆台区社区活动中心',
        type: 'lecture',
        targetGroups: ['elderly'],
        mode: 'offline',
        sessions: [
          {
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
            capacity: 1,
          },
        ],
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    id = made.json().id;
    sessionId = made.json().sessions[0].id;
    for (const move of ['submit', 'approve', 'publish'])
      await t.as('office', { method: 'POST', url: `/api/svc/activities/${id}/moves`, payload: { move } });
    for (const [who, phone] of [
      ['first', '13900002221'],
      ['second', '13900002222'],
    ] as const) {
      const r = await t.as(null, {
        method: 'POST',
        url: '/api/pub/registrations',
        payload: { sessionId, name: `短信测试${who}`, phone, targetGroup: 'elderly' },
      });
      expect(r.statusCode, r.body).toBe(201);
      tickets[who] = r.json().token;
    }
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => gw.server?.close(resolve));
  });

  it('sends no reminder more than a day ahead, and tells the waitlisted person once a seat is freed', async () => {
    await run();
    expect(ours()).toEqual([]);
    const cancel = await t.as(null, { method: 'POST', url: `/api/pub/tickets/${tickets.first}/cancel` });
    expect(cancel.json().registration.status).toBe('cancelled');
    const result = await run();
    expect(result).toMatchObject({ failed: 0 });
    expect(ours()).toEqual([
      {
        phone: '13900002222',
        auth: 'Bearer gw-secret',
        text: expect.stringMatching(
          /^【盘锦市科协】有人退票，您已由候补转为正式报名：「家庭应急避险讲座（短信测试）」/,
        ),
      },
    ]);
    const local = new Date(start.getTime() + 8 * HOUR);
    expect(ours()[0]?.text).toContain(`${local.getUTCMonth() + 1}月${local.getUTCDate()}日 `);
    expect(ours()[0]?.text).toContain('地点：兴隆台区社区活动中心');
    await run();
    expect(ours()).toHaveLength(1);
  });

  it('reminds the day before; a refused message is sent by the next run, and none twice', async () => {
    at = new Date(start.getTime() - 20 * HOUR);
    gw.refuse = true;
    expect(await run()).toMatchObject({ sent: 0 });
    expect(ours()).toHaveLength(1);
    expect(await counts()).toMatchObject({
      reminder: { queued: 0, sent: 0, failed: 1 },
      promoted: { sent: 1 },
    });
    gw.refuse = false;
    await run();
    await run();
    const reminders = ours().filter((m) => m.text.includes('提醒'));
    expect(reminders.map((m) => m.phone)).toEqual(['13900002222']);
    expect(reminders[0]?.text).toMatch(/^【盘锦市科协】提醒：您报名的「家庭应急避险讲座（短信测试）」将于/);
    expect(await counts()).toEqual({
      enabled: false,
      reminder: { queued: 0, sent: 1, failed: 0 },
      promoted: { queued: 0, sent: 1, failed: 0 },
    });
    const log = await t.as('office', { method: 'GET', url: `/api/audit?entity=svc_activity&entityId=${id}` });
    expect(log.statusCode, log.body).toBe(200);
    expect(JSON.stringify(log.json())).toContain('svc.message.send');
  });

  it('shows the counts to staff only', async () => {
    expect((await t.as(null, { method: 'GET', url: `/api/svc/activities/${id}/messages` })).statusCode).toBe(
      401,
    );
    expect(
      (await t.as('office', { method: 'GET', url: '/api/svc/activities/999999/messages' })).statusCode,
    ).toBe(404);
  });

  it('gives a calendar file with the session and two alarms, CANCELLED for a cancelled ticket', async () => {
    const r = await t.as(null, { method: 'GET', url: `/api/pub/tickets/${tickets.second}/calendar.ics` });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(r.headers['content-disposition']).toContain('.ics');
    const ics = r.body;
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`DTSTART:${start.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`);
    expect(unfolded).toContain(`SUMMARY:${TITLE}`);
    expect(unfolded).toContain('LOCATION:兴隆台区兴隆台区社区活动中心');
    expect(unfolded.match(/TRIGGER:[^\r]+/g)).toEqual(['TRIGGER:-P1D', 'TRIGGER:-PT1H']);
    expect(unfolded).toContain('STATUS:CONFIRMED');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const gone = await t.as(null, { method: 'GET', url: `/api/pub/tickets/${tickets.first}/calendar.ics` });
    expect(gone.body).toContain('STATUS:CANCELLED');
    expect(gone.body).not.toContain('VALARM');
    expect(
      (await t.as(null, { method: 'GET', url: '/api/pub/tickets/AAAAAAAAAAAAAAAA/calendar.ics' })).statusCode,
    ).toBe(404);
  });
});

it('names a bad gateway setting, and sends nothing without one', () => {
  expect(smsSettings({})).toBeNull();
  expect(() => smsSettings({ KEPU_SMS_URL: 'ftp://sms.example' })).toThrow(/KEPU_SMS_URL/);
  expect(() => smsSettings({ KEPU_SMS_URL: 'https://sms.example', KEPU_SMS_SIGNATURE: '【科协】' })).toThrow(
    /KEPU_SMS_SIGNATURE/,
  );
  expect(smsSettings({ KEPU_SMS_URL: 'https://sms.example/send' })).toEqual({
    url: 'https://sms.example/send',
    token: undefined,
    signature: '科普活动报名',
  });
});
