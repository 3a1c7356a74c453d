// Launches Debian's Chromium through playwright-core, and helpers the journeys share (sign in, axe, overflow).
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// reduced motion switches antd's animations off: screenshots and axe see the settled page; the desktop is 1440 px wide
// and the phone 375 px, the two widths every page is checked at
export const desktop: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  reducedMotion: 'reduce',
};
export const phone: BrowserContextOptions = {
  reducedMotion: 'reduce',
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

/** `[data-test="…"]` */
export const dt = (id: string) => `[data-test="${id}"]`;

/** Types a day (YYYY-MM-DD) into a date field (components/date-field.tsx: antd's DatePicker) and leaves it, which
 *  keeps the day (Enter would also submit the form around it, as in any text box). */
export async function fillDate(page: Page, selector: string, day: string): Promise<void> {
  await page.fill(selector, day);
  await page.locator(selector).blur();
}

/**
 * Signs in through /login and waits for the header's user name; with `leave` it waits for leaving the sign-in page
 * instead (a phone's header folds the user name into a menu).
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
  wait: 'header' | 'leave' = 'header',
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.fill(`${dt('login-username')}`, username);
  await page.fill(`${dt('login-password')}`, password);
  await page.click(dt('login-submit'));
  if (wait === 'leave') await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  else await page.waitForSelector(dt('header-user'));
}

/** Runs axe (WCAG 2.1 A/AA) on the page and fails on serious or critical violations, listing them. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join('\n  ')}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

/** Width by which the document is wider than the viewport (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Where screenshots go for a person to look at; outside the repository. */
export const SHOTS = process.env.KEPU_SHOTS ?? '/tmp/kepu-shots';
/** Screenshots are for people looking at pages, not assertions; large full-page ones are taken only when KEPU_SHOTS is set. */
export const takeLargeShots = process.env.KEPU_SHOTS !== undefined;
