// No English reaches a zh-CN user: every route of the app's router is opened in Chinese, as the office, a unit liaison
// (their own work, the report form), a district admin and a viewer, and any Latin word in the page's text,
// aria-labels (antd's icons too), placeholders, titles and alt texts that is not a code, a number, an address or on
// latin-allow.txt fails the test with its page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { type LatinWord, latinWords, readAllowList } from './support/latin-text.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e();
const allow = readAllowList(new URL('./latin-allow.txt', import.meta.url));

/** Every path of the router in src/app.tsx (`index` is `/`, `*` any unknown address). */
function routerPaths(source: string): string[] {
  return [...source.matchAll(/<Route\s+(?:index\b|path="([^"]+)")/g)].map(([, path]) =>
    path === undefined ? '/' : path.startsWith('/') || path === '*' ? path : `/${path}`,
  );
}
const routes = routerPaths(readFileSync(new URL('../src/app.tsx', import.meta.url), 'utf8'));

/** Routes opened by their own address; the others (with `:params`, or a query the page needs) are reached by
 * following a link to them from a page already opened. */
const byLink = (route: string) => route.includes(':') || route === '/acc/file';
const opened = (route: string) => (route === '*' ? '/no-such-page' : route);
const matcher = (route: string) =>
  route === '*' ? null : new RegExp(`^${route.replace(/:[^/]+/g, '[^/]+')}$`);
const routeOf = (pathname: string) =>
  routes.find((r) => matcher(r)?.test(pathname)) ?? (pathname.startsWith('/api/') ? undefined : '*');

interface Leak extends LatinWord {
  page: string;
  who: string;
}

/** Waits until the page has its data: no request under way and no loading spinner. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !document.querySelector('[data-test="loading"], .ant-spin-spinning, .ant-skeleton'),
  );
}

/**
 * The page's text as a person or a screen reader meets it: the visible text, and the aria-labels, placeholders, titles
 * and alt texts outside `aria-hidden` parts. What is marked as another language (`lang="en"`: the language switch,
 * labelled in the language it switches to) is left out.
 */
function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const foreign = [...document.body.querySelectorAll<HTMLElement>('[lang]:not([lang^="zh"])')];
    let text = document.body.innerText;
    for (const el of foreign) text = text.replace(el.innerText, ' ');
    const parts = [document.title, text];
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      // antd's icons included: each is named in Chinese or hidden (components/labelled-icon.tsx)
      if (el.closest('[aria-hidden="true"]') || foreign.some((f) => f.contains(el))) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

/** Opens every route `page` can reach; returns the routes it opened and the leaks it found. */
async function walk(page: Page, who: string, reached: Set<string>, leaks: Leak[]) {
  const queue = routes.filter((r) => !byLink(r) && r !== '/login').map(opened);
  const queued = new Set(queue.map((u) => routeOf(u.split('?')[0])));
  while (queue.length > 0) {
    const address = queue.shift() as string;
    await visit(page, e2e.url(), address);
    await settle(page);
    const route = routeOf(address.split('?')[0]) as string;
    reached.add(route);
    for (const w of latinWords(await pageText(page), allow)) leaks.push({ ...w, page: address, who });
    const links = await page.$$eval('a[href]', (as) =>
      as
        .map((a) => new URL((a as HTMLAnchorElement).href))
        .filter((u) => u.origin === location.origin)
        .map((u) => u.pathname + u.search),
    );
    for (const link of links) {
      const target = routeOf(link.split('?')[0]);
      if (target === undefined || target === '*' || queued.has(target)) continue;
      queued.add(target);
      queue.push(link);
    }
  }
}

describe('a zh-CN user', () => {
  it('meets no English on any page of the router', { timeout: 600_000 }, async () => {
    const reached = new Set<string>();
    const leaks: Leak[] = [];
    const visitor = await (await e2e.context(desktop)).newPage();
    await visit(visitor, e2e.url(), `/login`);
    await settle(visitor);
    reached.add('/login');
    for (const w of latinWords(await pageText(visitor), allow))
      leaks.push({ ...w, page: '/login', who: 'visitor' });
    // the four walks at once, each in its own browser context: most of a visit is waiting for the network to settle
    await Promise.all(
      [accounts.office, accounts.liaison, accounts.district, accounts.viewer].map(async (a) =>
        walk(await e2e.session(a.username, a.password), a.username, reached, leaks),
      ),
    );

    // the walk covers the router: a new route that no page links to needs an address above
    expect(routes.length, 'routes read from src/app.tsx').toBeGreaterThan(30);
    expect(
      routes.filter((r) => !reached.has(r)),
      'routes no walk reached',
    ).toEqual([]);

    const lines = [...new Map(leaks.map((l) => [`${l.page} ${l.who} ${l.word}`, l])).values()].map(
      (l) => `${l.page} (${l.who}): "${l.word}" in "${l.context}"`,
    );
    expect(
      lines,
      'Latin words on zh-CN pages: translate them, or add a name, code or unit to apps/web/e2e/latin-allow.txt',
    ).toEqual([]);
  });

  it('hears antd’s own icon buttons named in Chinese (the pager’s arrows, a password’s eye), other icons hidden', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password);
    const spokenIcons = () =>
      page.$$eval('.anticon[role="img"]:not([aria-hidden="true"])', (els) =>
        els.map((e) => e.getAttribute('aria-label') ?? ''),
      );
    await visit(page, e2e.url(), `/audit`);
    await settle(page);
    // the log's table (and its pager) renders once its rows arrive, which on a loaded machine may follow the route's quiet spell
    await expect.poll(() => page.getByRole('button', { name: '下一页' }).count(), { timeout: 30_000 }).toBe(1);
    await expect(page.getByRole('button', { name: '上一页' }).count()).resolves.toBe(1);
    expect(await spokenIcons()).toEqual(['上一页', '下一页']);
    await visit(page, e2e.url(), `/password`);
    await settle(page);
    await expect.poll(() => page.getByRole('img', { name: '显示密码' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const label of await spokenIcons()) expect(label).toBe('显示密码');
  });
});
