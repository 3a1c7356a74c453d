// Accountability notifications and email in real Chromium, with axe:
// 1. the office sets where 市教育局's reminder mail goes on its unit page (a bad address is named) and sees it after a
//    reload.
// 2. two liaisons of one unit: one marks the notifications read, the other still sees them unread.
// 3. that other liaison, on a phone, marks one notification read, then opens another: the unread count drops by one
//    each time.
// 4. mail is on but the SMTP server is down (a closed port): the office's outbox page shows the failed copies with the
//    error, the settings without a password, and "retry now" fails again visibly; the notifications are all still there.
import { createServer } from 'node:net';
import { runNotificationJob, type startServer } from '@kepu/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts, startTestServer } from './support/server.ts';

const SMTP_VARS = ['KEPU_SMTP_HOST', 'KEPU_SMTP_PORT', 'KEPU_SMTP_PASSWORD', 'KEPU_SMTP_USER'] as const;
let server: Awaited<ReturnType<typeof startServer>>;
let url: string;
let eduId: number;

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

// the demo server with mail on, to an SMTP port where nothing listens
const e2e = setUpE2e({
  desktopWait: 'leave',
  start: async () => {
    Object.assign(process.env, {
      KEPU_SMTP_HOST: '127.0.0.1',
      KEPU_SMTP_PORT: String(await closedPort()),
      KEPU_SMTP_USER: 'kepu',
      KEPU_SMTP_PASSWORD: 'e2e-secret-pw',
    });
    return startTestServer({
      prefix: 'kepu-e2e-mail-',
      adjust: (started) => {
        server = started;
      },
    });
  },
});
const page = e2e.session;

async function apiLogin(username: string, password: string): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (r.headers.get('set-cookie') ?? '').split(';')[0];
}

beforeAll(async () => {
  url = e2e.url();
  const db = server.app.kepu.db;
  const edu = await db
    .selectFrom('org_units')
    .select('id')
    .where('name', '=', '市教育局')
    .executeTakeFirstOrThrow();
  eduId = edu.id;
  const office = await apiLogin(accounts.office.username, accounts.office.password);
  const made = await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: office },
    body: JSON.stringify({
      username: 'edu2',
      displayName: '市教育局 联络员二',
      password: 'second-liaison-pw',
      role: 'liaison',
      unitId: edu.id,
    }),
  });
  expect(made.status).toBe(201);
});
afterAll(() => {
  for (const v of SMTP_VARS) delete process.env[v];
});

describe('accountability notifications and email', () => {
  it('lets the office set where a unit’s reminder mail goes on its unit page, naming a bad address', async () => {
    const office = await page(accounts.office.username, accounts.office.password);
    await visit(office, url, `/units/${eduId}`);
    const field = office.locator(dt('unit-emails'));
    await field.waitFor();
    expect(await field.inputValue()).toBe('');
    await field.fill('edu@example.org, jiaoyu@');
    await office.click(dt('unit-contact-save'));
    await office.getByText('「jiaoyu@」不是有效的邮箱地址').waitFor();
    await field.fill('edu@example.org，jiaoyu@example.org');
    await office.click(dt('unit-contact-save'));
    await office.waitForSelector('.ant-message-success');
    await office.reload();
    await field.waitFor();
    await expect.poll(() => field.inputValue()).toBe('edu@example.org, jiaoyu@example.org');
    await expectAccessible(office, 'unit page with reminder email addresses');
    // earlier notifications are not mailed as a backlog; a reminder sent now is, to both addresses (the SMTP server
    // is down: the copies fail, see below)
    await visit(office, url, `/acc/board`);
    await office.click(dt('acc-board-remind'));
    // many units are told at once: asked first
    await office.getByText('向本轮所有尚未提交报告的单位发送提醒？').waitFor();
    await office.click(dt('acc-board-remind-confirm'));
    await office.waitForSelector('.ant-message-success');
    await runNotificationJob(server.app);
  });

  it('keeps read state per liaison: one marks all read, a colleague of the same unit still sees them unread', async () => {
    const edu = await page(accounts.liaison.username, accounts.liaison.password);
    await visit(edu, url, `/acc`);
    await edu.waitForSelector(`${dt('acc-notifications')} .acc-notice-unread`);
    await edu.click(dt('acc-mark-read'));
    await edu.waitForSelector(dt('acc-mark-read'), { state: 'detached' });
    expect(await edu.locator(`${dt('acc-notifications')} .acc-notice-unread`).count()).toBe(0);

    const edu2 = await page('edu2', 'second-liaison-pw', phone);
    await visit(edu2, url, `/acc`);
    await edu2.waitForSelector(dt('acc-notifications'));
    const total = await edu2.locator(`${dt('acc-notifications')} li`).count();
    expect(total).toBeGreaterThan(0);
    expect(await edu2.locator(`${dt('acc-notifications')} .acc-notice-unread`).count()).toBe(total);
    await expect(edu2.locator(dt('acc-mark-read')).isVisible()).resolves.toBe(true);
    expect(await horizontalOverflow(edu2)).toBe(0);
    await expectAccessible(edu2, 'second liaison home on a phone');

    await edu.reload();
    await edu.waitForSelector(dt('acc-notifications'));
    expect(await edu.locator(`${dt('acc-notifications')} .acc-notice-unread`).count()).toBe(0);
  });

  it('lets a liaison on a phone mark one notification read, and opening another marks it read too', async () => {
    const edu = await page('edu2', 'second-liaison-pw', phone); // still has every notification unread
    await visit(edu, url, `/acc`);
    const unread = edu.locator(`${dt('acc-notifications')} .acc-notice-unread`);
    await unread.first().waitFor();
    const count = edu.locator(dt('acc-unread-count'));
    const badge = async () => ((await count.count()) ? Number(/\d+/.exec(await count.innerText())?.[0]) : 0);
    const before = await badge();
    expect(before).toBeGreaterThan(1);
    const first = unread.first();
    const firstId = await first.getAttribute('data-notice');
    const button = first.locator(dt('acc-notice-read'));
    await expect(button.getAttribute('aria-label')).resolves.toMatch(/^标为已读：.+/);
    await button.click();
    await expect.poll(badge).toBe(before - 1);
    await expect(edu.locator(`[data-notice="${firstId}"]`).getAttribute('class')).resolves.not.toContain(
      'unread',
    );
    expect(await horizontalOverflow(edu)).toBe(0);
    await expectAccessible(edu, 'liaison home after marking one notification read, on a phone');

    const second = unread.first();
    const secondId = await second.getAttribute('data-notice');
    expect(secondId).not.toBe(firstId);
    const marked = edu.waitForResponse((r) => r.url().endsWith('/api/acc/notifications/read'));
    await second.locator(dt('acc-notice-open')).click();
    expect((await marked).status()).toBe(200);
    await visit(edu, url, `/acc`);
    await edu.locator(`[data-notice="${secondId}"]`).waitFor();
    await expect.poll(badge).toBe(before - 2);
    await expect(edu.locator(`[data-notice="${secondId}"]`).getAttribute('class')).resolves.not.toContain(
      'unread',
    );
  });

  it('shows the office the failed mail with the server error, the settings without the password, and retries', async () => {
    const office = await page(accounts.office.username, accounts.office.password);
    await visit(office, url, `/acc`);
    await office.click(dt('acc-tab-outbox'));
    await office.waitForSelector('[data-state="failed"]');
    const settings = await office.locator(dt('acc-mail-settings')).innerText();
    expect(settings).toContain('127.0.0.1');
    // an office screen names no environment variable (issue 10, point 17)
    expect(settings).not.toMatch(/KEPU_[A-Z_]+/);
    expect(await office.content()).not.toContain('e2e-secret-pw');
    await expect(office.locator(dt('acc-mail-kept')).innerText()).resolves.toContain('站内通知');
    const failed = office.locator('[data-state="failed"]');
    const rows = await failed.count();
    expect(rows).toBeGreaterThan(0);
    await expect(failed.first().innerText()).resolves.toMatch(/ECONNREFUSED/);
    await office.screenshot({ path: '/tmp/kepu-acc-outbox.png', fullPage: true });
    await expectAccessible(office, 'email outbox');

    await office.selectOption(dt('acc-outbox-filter'), 'sent');
    await office.waitForSelector(dt('acc-outbox-empty'));
    await office.selectOption(dt('acc-outbox-filter'), 'failed');
    await office.waitForSelector('[data-state="failed"]');
    const first = office.locator('[data-state="failed"]').first();
    const attempts = async () => Number(await first.locator(dt('acc-mail-attempts')).innerText());
    const before = await attempts();
    await first.locator(dt('acc-mail-retry')).click();
    await office.waitForSelector('.ant-message-warning');
    await expect(office.locator('.ant-message').innerText()).resolves.toContain('仍未发送成功');
    expect(await attempts()).toBeGreaterThan(before);

    const onPhone = await page(accounts.office.username, accounts.office.password, phone);
    await visit(onPhone, url, `/acc/outbox`);
    await onPhone.waitForSelector('[data-state="failed"]');
    expect(await horizontalOverflow(onPhone)).toBe(0);
    await onPhone.screenshot({ path: '/tmp/kepu-acc-outbox-phone.png', fullPage: true });
    await expectAccessible(onPhone, 'email outbox on a phone');
  });
});
