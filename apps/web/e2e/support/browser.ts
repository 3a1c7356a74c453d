// Launches Debian's Chromium (its headless shell) through playwright-core, and helpers the journeys share (sign in, axe, overflow).
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

// Debian's chromium-headless-shell: Chromium's own engine in its old headless mode, the build Playwright runs headless
// tests on. It renders as the full browser does with about half the CPU (a sign-in and two pages: 37 s of CPU against
// 66 s for /usr/bin/chromium on the 2-core test machine), which is what keeps the end-to-end run inside CI's 20
// minutes. Without it, the full browser.
const SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(SHELL) ? SHELL : '/usr/bin/chromium');

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

/**
 * Opens `address` (a path, with its query) in the app `page` has loaded, as its router does on the browser's back
 * button: the address changes and the route renders without loading the page again (a full load costs the test
 * machine a second of CPU). Returns when the network has been quiet for half a second, as `networkidle` does for a
 * load: the route's code and data have arrived. A page not on the app yet, or on another of the server's documents, and
 * the address it shows already, are loaded.
 */
export async function visit(page: Page, baseUrl: string, address: string): Promise<void> {
  // the public pages (/e), the respondent's page (/s) and the API are other documents; the same address again is a reload
  const other = (path: string) => /^\/(?:e|s|api)(?:[/?#]|$)/.test(path);
  const here = page.url();
  if (
    !here.startsWith(baseUrl) ||
    other(here.slice(baseUrl.length)) ||
    other(address) ||
    here === `${baseUrl}${address}`
  ) {
    await page.goto(`${baseUrl}${address}`);
    await page.waitForLoadState('networkidle');
    return;
  }
  let inFlight = 0;
  let since = Date.now();
  const start = () => {
    inFlight++;
    since = Date.now();
  };
  const end = () => {
    inFlight--;
    since = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, address);
    await expect
      .poll(() => inFlight <= 0 && Date.now() - since >= 500, { timeout: 30_000, interval: 100 })
      .toBe(true);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** Width by which the document is wider than the viewport (0 when nothing overflows sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Where screenshots go for a person to look at; outside the repository. */
export const SHOTS = process.env.KEPU_SHOTS ?? '/tmp/kepu-shots';
/** Screenshots are for people looking at pages, not assertions; large full-page ones are taken only when KEPU_SHOTS is set. */
export const takeLargeShots = process.env.KEPU_SHOTS !== undefined;
