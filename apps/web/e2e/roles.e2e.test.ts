// Role-dependent pages in real Chromium: a unit liaison edits only their own unit, a district admin only
// their own areas; and the plan page on a 375 px phone (no sideways scrolling, collapsed menu).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  desktop,
  dt,
  expectAccessible,
  horizontalOverflow,
  phone,
  signIn,
  visit,
} from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e();

async function withPage(options: typeof desktop, run: (page: Page) => Promise<void>) {
  const context = await e2e.browser().newContext(options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function unitIdByName(page: Page, name: string): Promise<number> {
  const units = (await (await page.request.get(`${e2e.url()}/api/plans/current/units`)).json()) as {
    id: number;
    name: string;
  }[];
  const unit = units.find((u) => u.name === name);
  if (!unit) throw new Error(`unit ${name} is not in the seeded plan`);
  return unit.id;
}

describe('a unit liaison', () => {
  it('sees and saves the contact form on their own unit only', async () => {
    await withPage(desktop, async (page) => {
      // sign in from a unit page: the app returns there afterwards
      const own = await unitIdByName(page, accounts.liaison.unitName);
      await visit(page, e2e.url(), `/units/${own}`);
      await page.waitForSelector(dt('unit-tasks'));
      await expect(page.locator(dt('unit-contact-form')).count()).resolves.toBe(0);
      await page.click(dt('header-login'));
      await page.fill(dt('login-username'), accounts.liaison.username);
      await page.fill(dt('login-password'), accounts.liaison.password);
      await page.click(dt('login-submit'));
      await page.waitForSelector(dt('unit-contact-form'));
      expect(new URL(page.url()).pathname).toBe(`/units/${own}`);
      await expect(page.locator(dt('header-role')).innerText()).resolves.toBe('单位联络员');

      await page.fill(`${dt('unit-contact-phone')}`, 'not a phone');
      await page.click(dt('unit-contact-save'));
      await page.waitForSelector('.ant-form-item-explain-error');
      await page.fill(dt('unit-contact-name'), '王老师');
      await page.fill(dt('unit-contact-phone'), '0427-2825000');
      await page.click(dt('unit-contact-save'));
      await page.waitForSelector('.ant-message-notice');
      await page.reload();
      await page.waitForSelector(dt('unit-contact-form'));
      await expect(page.locator(dt('unit-contact-phone')).inputValue()).resolves.toBe('0427-2825000');
      await e2e.shot(page, 'unit-liaison-own');
      await expectAccessible(page, 'own unit with contact form');

      const other = await unitIdByName(page, '市科协');
      await visit(page, e2e.url(), `/units/${other}`);
      await page.waitForSelector(dt('unit-tasks'));
      await expect(page.locator(dt('unit-contact-form')).count()).resolves.toBe(0);
      await expect(page.locator(dt('nav-audit')).count()).resolves.toBe(0);
      await expect(page.locator(dt('nav-users')).count()).resolves.toBe(0);
    });
  });
});

describe('a district admin', () => {
  it('may edit the population of areas in their district and not elsewhere, and sees their accounts', async () => {
    await withPage(desktop, async (page) => {
      await signIn(page, e2e.url(), accounts.district.username, accounts.district.password);
      await visit(page, e2e.url(), `/areas`);
      await page.click(dt(`area-${accounts.district.areaCode}`));
      // the same yearly figures as the populations page: a new year's figure becomes the area's latest
      await page.waitForSelector(dt('ind-pop-form'));
      const field = (id: string) => page.locator(`input${dt(id)}, ${dt(id)} input`).first();
      await field('ind-pop-year').fill('2024');
      await field('ind-pop-population').fill('425310');
      await page.fill(dt('ind-pop-source'), '大洼区 2024 年国民经济和社会发展统计公报');
      await page.click(dt('ind-pop-save'));
      await page.waitForSelector(
        `${dt(`area-${accounts.district.areaCode}`)} .area-population:has-text("2024")`,
      );
      await expect(page.locator(dt('area-detail')).innerText()).resolves.toContain(
        '大洼区 2024 年国民经济和社会发展统计公报',
      );
      await page.click(dt('area-211102'));
      await page.waitForSelector(dt('area-readonly'));
      await expect(page.locator(dt('ind-pop-form')).count()).resolves.toBe(0);
      await expectAccessible(page, 'areas as district admin');

      await page.click(dt('nav-users'));
      await page.waitForSelector(dt(`user-row-${accounts.district.username}`));
      await expect(page.locator(dt('user-row-office')).count()).resolves.toBe(0);
      await expect(page.locator(dt('user-form')).count()).resolves.toBe(0);
      await expect(page.locator(dt('nav-audit')).count()).resolves.toBe(0);
    });
  });
});

describe('on a 375 px phone', () => {
  it('shows the plan without sideways scrolling and with a collapsed menu', async () => {
    await withPage(phone, async (page) => {
      await page.goto(e2e.url());
      await page.waitForSelector(`${dt('targets-chart')} svg path`, { state: 'attached' });
      await page.waitForSelector('[data-test^="group-card-project-"]');
      expect(await horizontalOverflow(page)).toBe(0);
      await expect(page.locator(dt('nav-tasks')).count()).resolves.toBe(0);
      const fontSize = await page.evaluate(() => getComputedStyle(document.body).fontSize);
      expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(18);
      await e2e.shot(page, 'plan-phone');
      await expectAccessible(page, 'plan page on a phone');

      await page.click(dt('nav-toggle'));
      await page.waitForSelector(dt('nav-matrix'));
      await page.waitForSelector(dt('header-login'));
      await e2e.shot(page, 'menu-phone', false);
      await expectAccessible(page, 'menu open on a phone');
      await page.click(dt('nav-matrix'));
      await page.waitForSelector(dt('matrix-table'));
      expect(await horizontalOverflow(page)).toBe(0);
      await e2e.shot(page, 'matrix-phone', false);
    });
  });

  it('switches to English and keeps the choice after a reload', async () => {
    await withPage(phone, async (page) => {
      await visit(page, e2e.url(), `/tasks`);
      await page.waitForSelector(dt('task-row-1'));
      await page.click(dt('lang-switch'));
      // English is fetched the first time it is chosen
      await page.waitForSelector('h1:text-is("Tasks")');
      await page.reload();
      await page.waitForSelector(dt('task-row-1'));
      await expect(page.locator('h1').innerText()).resolves.toBe('Tasks');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      expect(await horizontalOverflow(page)).toBe(0);
      await e2e.shot(page, 'tasks-phone-en');
      await expectAccessible(page, 'task list in English on a phone');
    });
  });
});
