// Science volunteers in Chromium (issue 16): a volunteer registers on a 375 px page and signs up for the demo
// opportunity; the office checks them in and, three hours later, out by their code, lowers the first star to 3 h and
// approves the hours in bulk; the volunteer's page shows the star; a certificate is issued and checked on the public
// page by its number, the name masked. The server's clock is moved forward between check-in and check-out. axe on
// every page.
import { rm } from 'node:fs/promises';
import { startServer } from '@kepu/server';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts, demoDataDir, webRoot } from './support/server.ts';

const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
let shift = 0;

async function startWithClock() {
  const dataDir = await demoDataDir('kepu-e2e-vol-');
  const server = await startServer({ port: 0, dataDir, seedDemo: true, webRoot });
  const now = server.app.kepu.clock.now.bind(server.app.kepu.clock);
  server.app.kepu.clock.now = () => new Date(now().getTime() + shift);
  return {
    url: server.url.replace('[::1]', 'localhost'),
    close: async () => {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/correctness/useHookAtTopLevel: setUpE2e registers vitest hooks; it is not a React hook
const e2e = setUpE2e({ shots: 'volunteers', start: startWithClock });
let code = '';

describe('a volunteer from registration to a verified certificate', () => {
  it('registers on a phone with consent and signs up for an opportunity', async () => {
    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `/e/v`);
    await page.fill(dt('vol-name'), '陈小华');
    await page.fill(dt('vol-phone'), '13900005678');
    await page.selectOption(dt('vol-birth-y'), '1995');
    await page.selectOption(dt('vol-team'), { label: '兴隆台区科技馆志愿服务分队（示例）' });
    await page.click(dt('vol-submit'));
    await page.waitForSelector('[role="alert"]');
    await page.check(dt('vol-consent'));
    await expectAccessible(page, 'volunteer registration');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.click(dt('vol-submit'));
    await page.waitForURL(/\/e\/v\/[A-Z2-7]{16}$/);
    code = page.url().split('/').at(-1) as string;
    await page.waitForSelector(dt('vol-me-qr'));
    await page.locator('[data-test^="vol-me-signup-"]').first().click();
    await page.waitForSelector('output:has-text("已录用")');
    await expectAccessible(page, 'volunteer page');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await page.textContent('body')).not.toContain('陈小华');
  });

  it('is checked in and out by code, the hours approved in bulk, and the star rises', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/volunteers`);
    await office
      .locator(`${dt('vol-opportunities')} a`)
      .first()
      .click();
    await office.waitForSelector(dt('vol-scan-code'));
    await office.fill(dt('vol-scan-code'), code);
    await office.click(dt('vol-scan-submit'));
    await office.waitForSelector(`${dt('vol-scan-result')}:has-text("已签到")`);
    shift = 3 * 3_600_000;
    await office.fill(dt('vol-scan-code'), code);
    await office.click(dt('vol-scan-submit'));
    await office.waitForSelector(`${dt('vol-scan-result')}:has-text("已签退")`);
    await expectAccessible(office, 'opportunity check-in');
    await visit(office, e2e.url(), `/volunteers`);
    await office.locator('#vol-stars ~ form input').first().fill('3');
    await office.locator('#vol-stars ~ form button').click();
    await office.waitForSelector('output:has-text("已保存")');
    await office.check(dt('vol-hours-all'));
    await office.click(dt('vol-hours-approve'));
    await office.waitForSelector('output:has-text("已处理")');
    const row = office.locator('tr', { hasText: '陈小华' });
    await expect.poll(() => row.locator(dt('vol-star')).textContent()).toContain('1 星');
    await expectAccessible(office, 'volunteers home');
    const phonePage = await (await e2e.context(phone)).newPage();
    await visit(phonePage, e2e.url(), `/e/v/${code}`);
    await phonePage.waitForSelector(`${dt('vol-me-star')}:has-text("★")`);
  });

  it('gets a certificate that anyone verifies by its number, the name masked', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/volunteers`);
    const row = office.locator('tr', { hasText: '陈小华' });
    await row.locator('button').click();
    const status = await office.locator('output:has-text("已开具证明")').textContent();
    const number = /ZYFW-\d{4}-\d{6}/.exec(status ?? '')?.[0] as string;
    expect(number).toBeTruthy();
    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `/e/c/${number}`);
    await page.waitForSelector(`${dt('cert-status')}:has-text("有效")`);
    expect(await page.textContent(dt('cert-result'))).toContain('陈*华');
    await expectAccessible(page, 'certificate check');
    await e2e.shot(page, 'certificate-375', false);
  });
});
