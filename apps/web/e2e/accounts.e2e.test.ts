// Accounts in real Chromium: the office sees each account's state, resets a liaison's password (the policy's answer
// shown first), disables and enables an account after confirming; the liaison signs in with the new password, is sent
// to change it before anything else, and then reaches their page. A user locked out after 5 failed sign-ins is told to
// ask the office, which unlocks the account. Axe on every page; 1440 px and a 375 px phone.
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

const e2e = setUpE2e({ shots: 'accounts' });
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
const given = 'from-the-office-77';
const chosen = 'only-i-know-this-31';

/** The state tags of an account's row (active, disabled, locked, must-change). */
const stateOf = (page: Page, username: string) =>
  page
    .locator(`${dt(`user-state-${username}`)} [data-state]`)
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-state')));

describe('accounts', () => {
  it('the office resets a password; its owner must change it at sign-in and then reaches their page', async () => {
    const office = await (await e2e.context(wide)).newPage();
    await signIn(office, e2e.url(), accounts.office.username, accounts.office.password);
    await office.click(dt('nav-users'));
    await office.waitForSelector(dt(`user-row-${accounts.liaison.username}`));
    expect(await stateOf(office, accounts.liaison.username)).toEqual(['active']);
    await expect(office.locator(dt('user-reset-office')).count()).resolves.toBe(0); // not one's own
    await e2e.shot(office, 'users-1440', false);
    await expectAccessible(office, 'users with account actions');

    // reset: the rule is shown, a repeated character is refused by the server with the policy's text
    await office.click(dt(`user-reset-${accounts.liaison.username}`));
    await office.waitForSelector(dt('user-reset-password'));
    await expect(office.locator(dt('user-reset-dialog')).innerText()).resolves.toContain('不能包含用户名');
    await office.fill(dt('user-reset-password'), 'aaaaaaaaaaaa');
    await office.click(dt('user-reset-submit'));
    await expect(office.locator(dt('user-reset-error')).innerText()).resolves.toContain('重复');
    await e2e.shot(office, 'reset-dialog-1440', false);
    await expectAccessible(office, 'reset password dialog');
    await office.fill(dt('user-reset-password'), given);
    await office.click(dt('user-reset-submit'));
    await office.waitForSelector(dt('user-reset-dialog'), { state: 'hidden' });
    await expect.poll(() => stateOf(office, accounts.liaison.username)).toEqual(['must-change']);

    // disable asks first; a disabled account shows it and can be enabled again
    await office.click(dt(`user-disable-${accounts.viewer.username}`));
    await office.click(dt(`user-disable-${accounts.viewer.username}-ok`));
    await expect.poll(() => stateOf(office, accounts.viewer.username)).toEqual(['disabled']);
    await office.click(dt(`user-enable-${accounts.viewer.username}`));
    await expect.poll(() => stateOf(office, accounts.viewer.username)).toEqual(['active']);

    // edit a display name in the drawer
    await office.click(dt('user-edit-kexie'));
    await office.waitForSelector(dt('user-edit-display-name'));
    await expectAccessible(office, 'edit account drawer');
    await office.fill(dt('user-edit-display-name'), '市科协 联络员（新）');
    await office.click(dt('user-edit-save'));
    await expect
      .poll(() => office.locator(dt('user-row-kexie')).innerText())
      .toContain('市科协 联络员（新）');

    // the liaison opens their page, signs in with the office's password and is sent to change it first
    const liaison = await (await e2e.context(wide)).newPage();
    await visit(liaison, e2e.url(), `/acc`);
    await liaison.waitForURL((u) => u.pathname === '/login');
    await liaison.fill(dt('login-username'), accounts.liaison.username);
    await liaison.fill(dt('login-password'), accounts.liaison.password);
    await liaison.click(dt('login-submit'));
    await expect(liaison.locator(dt('login-error')).innerText()).resolves.toContain('用户名或密码不正确');
    await liaison.fill(dt('login-password'), given);
    await liaison.click(dt('login-submit'));
    await liaison.waitForSelector(dt('password-must-change'));
    expect(new URL(liaison.url()).pathname).toBe('/password');
    // every page leads back here until the password is changed (a fresh load too)
    await visit(liaison, e2e.url(), `/acc`);
    await liaison.waitForSelector(dt('password-must-change'));
    expect(new URL(liaison.url()).pathname).toBe('/password');
    await e2e.shot(liaison, 'must-change-1440', false);
    await expectAccessible(liaison, 'forced password change');

    await liaison.fill(dt('password-current'), given);
    await liaison.fill(dt('password-next'), 'edu-and-more-2031');
    await liaison.fill(dt('password-confirm'), 'edu-and-more-2031');
    await liaison.click(dt('password-submit'));
    await expect(liaison.locator(dt('password-error')).innerText()).resolves.toContain('不能包含用户名');
    await liaison.fill(dt('password-next'), chosen);
    await liaison.fill(dt('password-confirm'), chosen);
    await liaison.click(dt('password-submit'));
    await liaison.waitForSelector(dt('acc-home-unit'));
    expect(new URL(liaison.url()).pathname).toBe('/acc');
    await expectAccessible(liaison, 'the liaison’s page after the change');

    await office.reload();
    await office.waitForSelector(dt(`user-state-${accounts.liaison.username}`));
    await expect.poll(() => stateOf(office, accounts.liaison.username)).toEqual(['active']);
  });

  it('tells a user locked out after 5 failed sign-ins to ask the office, which unlocks the account', async () => {
    const page = await (await e2e.context(desktop)).newPage();
    await visit(page, e2e.url(), `/login`);
    await page.fill(dt('login-username'), 'kexie');
    for (let i = 1; i <= 5; i++) {
      await page.fill(dt('login-password'), `wrong-guess-${i}`);
      await page.click(dt('login-submit'));
      const expected = i < 5 ? '用户名或密码不正确' : '账号已被锁定';
      await expect.poll(() => page.locator(dt('login-error')).innerText()).toContain(expected);
    }
    await expectAccessible(page, 'sign-in refused: locked');

    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/users`);
    await office.waitForSelector(dt('user-unlock-kexie'));
    expect(await stateOf(office, 'kexie')).toEqual(['locked']);
    await office.click(dt('user-unlock-kexie'));
    await expect.poll(() => stateOf(office, 'kexie')).toEqual(['active']);
    await expect(office.locator(dt('user-unlock-kexie')).count()).resolves.toBe(0);
  });

  it('every signed-in user reaches the change-password page from the user menu, also on a 375 px phone', async () => {
    const page = await e2e.session(accounts.district.username, accounts.district.password, phone);
    await page.click(dt('nav-toggle'));
    await page.click(dt('header-password'));
    await page.waitForSelector(dt('password-form'));
    await expect(page.locator(dt('password-must-change')).count()).resolves.toBe(0);
    await page.fill(dt('password-current'), accounts.district.password);
    await page.fill(dt('password-next'), chosen);
    await page.fill(dt('password-confirm'), `${chosen}x`);
    await page.click(dt('password-submit'));
    await page.waitForSelector('.ant-form-item-explain-error');
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'password-375', false);
    await expectAccessible(page, 'change password on a phone');

    const office = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(office, e2e.url(), `/users`);
    await office.waitForSelector(dt(`user-row-${accounts.district.username}`));
    expect(await horizontalOverflow(office)).toBe(0);
    await e2e.shot(office, 'users-375', false);
    await expectAccessible(office, 'users on a phone');
  });
});
