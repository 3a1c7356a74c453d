// The set-up every e2e file shares: a test server and Chromium started before the file's tests and closed after,
// the browser contexts they open, signed-in pages, and screenshots for people to look at.
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { desktop, launchBrowser, SHOTS, signIn, takeLargeShots } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface E2eOptions {
  /** Prefix of this file's screenshot names (`<prefix>-<name>.png`); none by default. */
  shots?: string;
  /** Starts the server instead of the demo test server (e.g. with its own environment). */
  start?: () => Promise<TestServer>;
  /**
   * How a desktop session waits after signing in: for the header's user name (default) or for leaving /login.
   * Phone sessions always wait for leaving /login, as a phone's header folds the user name into a menu.
   */
  desktopWait?: 'header' | 'leave';
}

export interface E2e {
  /** The server's address, e.g. `http://localhost:41234`. */
  url(): string;
  browser(): Browser;
  /** A new browser context, closed after the file's tests. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context, signed in through /login as `username`. */
  session(username: string, password: string, options?: BrowserContextOptions): Promise<Page>;
  /** A full-page screenshot (only when KEPU_SHOTS is set), or with `fullPage: false` one of the viewport. */
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
}

/** Registers beforeAll/afterAll for the calling file and returns its helpers. */
export function setUpE2e(options: E2eOptions = {}): E2e {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`the e2e ${what} is not started yet (use it inside a test or hook)`);
    return value;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([(options.start ?? startTestServer)(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  const e2e: E2e = {
    url: () => started(server, 'server').url,
    browser: () => started(browser, 'browser'),
    async context(contextOptions = desktop) {
      const context = await e2e.browser().newContext(contextOptions);
      contexts.push(context);
      return context;
    },
    async session(username, password, contextOptions = desktop) {
      const page = await (await e2e.context(contextOptions)).newPage();
      const wait = contextOptions.isMobile ? 'leave' : (options.desktopWait ?? 'header');
      await signIn(page, e2e.url(), username, password, wait);
      return page;
    },
    async shot(page, name, fullPage = true) {
      if (fullPage && !takeLargeShots) return;
      const file = options.shots ? `${options.shots}-${name}.png` : `${name}.png`;
      await page.screenshot({ path: path.join(SHOTS, file), fullPage });
    },
  };
  return e2e;
}
