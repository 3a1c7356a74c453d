// A page on another site cannot make a signed-in user's browser change anything: writes carrying a foreign Origin
// (or Sec-Fetch-Site: cross-site) are refused before they run, whatever their content type; reads and the app's own
// pages are unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const EVIL = 'http://evil.example';

describe.each(engines)('cross-site writes on $name', ({ open }) => {
  let t: TestApp;
  const users = async () =>
    ((await t.as('office', { method: 'GET', url: '/api/users' })).json() as { username: string }[]).map(
      (u) => u.username,
    );
  const newUser = (username: string) =>
    JSON.stringify({ username, displayName: '跨站', password: 'a-long-password-1', role: 'viewer' });

  beforeAll(async () => {
    t = await startTestApp(open);
  });
  afterAll(() => t?.close());

  it.each([
    ['application/json', newUser('csrf-json')],
    ['text/plain', newUser('csrf-text')],
    ['application/x-www-form-urlencoded', 'username=csrf-form'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="username"\r\n\r\ncsrf-multi\r\n--x--\r\n',
    ],
  ])('refuses a %s write from another site with auth.cross_site, changing nothing', async (type, payload) => {
    const res = await t.as('office', {
      method: 'POST',
      url: '/api/users',
      headers: { origin: EVIL, 'content-type': type },
      payload,
    });
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'auth.cross_site']);
    expect((await users()).filter((u) => u.startsWith('csrf-'))).toEqual([]);
  });

  it('refuses a reminder round and a sign-out sent from another site', async () => {
    const remind = await t.as('office', {
      method: 'POST',
      url: '/api/acc/rounds/1/remind',
      headers: { origin: EVIL },
    });
    expect(remind.statusCode).toBe(403);
    const out = await t.as('office', {
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(out.json().error.code).toBe('auth.cross_site');
    expect((await t.as('office', { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('lets the app’s own pages, non-browser clients and reads from anywhere through', async () => {
    const host = 'localhost:3000';
    const own = await t.as('office', {
      method: 'POST',
      url: '/api/users',
      headers: {
        host,
        origin: `http://${host}`,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      payload: newUser('same-site-ok'),
    });
    expect(own.statusCode).toBe(201);
    const cli = await t.as('office', {
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/json' },
      payload: newUser('no-origin-ok'),
    });
    expect(cli.statusCode).toBe(201);
    const read = await t.as('office', { method: 'GET', url: '/api/users', headers: { origin: EVIL } });
    expect(read.statusCode).toBe(200);
  });

  it('compares with the forwarded host only behind a trusted proxy', async () => {
    const headers = {
      origin: 'https://kepu.example.gov.cn',
      host: '127.0.0.1:3000',
      'x-forwarded-host': 'kepu.example.gov.cn',
      'content-type': 'application/json',
      cookie: await t.login('office'),
    };
    const direct = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers,
      payload: newUser('proxied-ok'),
    });
    expect(direct.statusCode).toBe(403);
    const proxied = await buildApp({
      db: t.handle.db,
      engine: t.handle.engine,
      jurisdiction: '211100',
      version: 'test',
      trustProxy: true,
    });
    try {
      const res = await proxied.inject({
        method: 'POST',
        url: '/api/users',
        headers,
        payload: newUser('proxied-ok'),
      });
      expect(res.statusCode).toBe(201);
    } finally {
      await proxied.close();
    }
  });
});
