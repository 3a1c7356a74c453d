// Science experts in Chromium (issue 16): the office adds an expert to the emergency pool and invites them to the demo
// lecture from its page; the expert accepts on their own 375 px page; after the lecture (the server's clock moved on)
// the office confirms delivery and the service record shows on the expert's page and the staff page. axe on every page.
import { rm } from 'node:fs/promises';
import { startServer } from '@kepu/server';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts, demoDataDir, webRoot } from './support/server.ts';

const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
const NAME = '林海涛';
let shift = 0;

async function startWithClock() {
  const dataDir = await demoDataDir('kepu-e2e-exp-');
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
const e2e = setUpE2e({ shots: 'experts', start: startWithClock });
let code = '';
let activity = '';

describe('an expert from the pool to a delivered lecture', () => {
  it('is added by the office, who gets the link to their page', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), '/experts');
    await office.waitForSelector(`${dt('exp-list')} >> text=周国庆`);
    await office.fill(dt('exp-name'), NAME);
    await office.fill(dt('exp-title'), '高级工程师');
    await office.fill(dt('exp-organisation'), '兴隆台区消防救援大队');
    await office.check(dt('exp-topic-fire'));
    await office.selectOption(dt('exp-area-0'), '211103');
    await office.fill(dt('exp-phone'), '13611112222');
    await office.check(dt('exp-pool-emergency'));
    await office.check(dt('exp-consent'));
    await office.click(dt('exp-save'));
    const href = await (await office.waitForSelector(dt('exp-link-href'))).textContent();
    code = /\/e\/x\/([A-Z2-7]{16})$/.exec(href ?? '')?.[1] as string;
    expect(code).toBeTruthy();
    await office.waitForSelector(`${dt('exp-list')} >> text=${NAME}`);
    await expectAccessible(office, 'experts');
    await e2e.shot(office, 'list-1440');
  });

  it('is invited to the demo lecture from its page, and accepts on a phone', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    const list = (await (await office.request.get(`${e2e.url()}/api/svc/activities`)).json()) as {
      id: number;
      title: string;
    }[];
    activity = String(list.find((a) => a.title.includes('用电用气'))?.id);
    await visit(office, e2e.url(), `/services/activities/${activity}`);
    await office.waitForSelector(dt('exp-activity'));
    await office.selectOption(dt('exp-invite-topic'), 'fire');
    const option = office.locator(`${dt('exp-invite-expert')} option`, { hasText: NAME });
    await office.selectOption(dt('exp-invite-expert'), (await option.getAttribute('value')) as string);
    await office.fill(dt('exp-invite-note'), '请讲解家庭消防常识');
    await office.click(dt('exp-invite-send'));
    await office.waitForSelector('output:has-text("已发出邀请")');
    await expectAccessible(office, 'activity with experts');

    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `/e/x/${code}`);
    const request = page.locator('[data-test^="exp-me-request-"]', { hasText: '用电用气' });
    await request.locator('[data-test^="exp-me-decline-"]').click();
    await page.waitForSelector('[role="alert"]');
    await request.locator('[data-test^="exp-me-accept-"]').click();
    await expect.poll(() => request.locator('output').textContent()).toBe('已接受');
    expect(await page.textContent('body')).not.toContain(NAME);
    expect(await page.textContent(dt('exp-me-name'))).toContain('林*涛');
    await expectAccessible(page, 'expert page');
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'me-375');
  });

  it('is confirmed as delivered after the lecture, and the service record shows', async () => {
    shift = 40 * 24 * 3_600_000;
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/services/activities/${activity}`);
    const mine = office.locator('[data-test^="exp-invitation-"]', { hasText: NAME });
    await mine.locator(dt('exp-deliver-hours')).fill('1.5');
    await mine.locator(dt('exp-move-deliver')).click();
    await expect.poll(() => mine.locator(dt('exp-invitation-state')).textContent()).toBe('已完成');
    await e2e.shot(office, 'activity-1440');
    await visit(office, e2e.url(), '/experts');
    await office.click(`${dt('exp-list')} >> text=${NAME}`);
    const row = office.locator(`${dt('exp-services')} tr`, { hasText: '讲座' });
    await expect.poll(() => row.textContent()).toContain('1.5');
    expect(await row.textContent()).toContain('冬季用电用气安全讲座');
    await expectAccessible(office, 'expert detail');
    await e2e.shot(office, 'detail-1440');

    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `/e/x/${code}`);
    await expect.poll(() => page.textContent(dt('exp-me-services'))).toContain('讲座');
    await visit(office, e2e.url(), '/experts/roster');
    await office.waitForSelector(`${dt('roster-fire')} >> text=${NAME}`);
    await expectAccessible(office, 'emergency roster');
    await e2e.shot(office, 'roster-1440');
  });
});
