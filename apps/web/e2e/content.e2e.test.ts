// Science content in Chromium (issue 17): the liaison of 市教育局 writes an article on /content (a blank form first,
// refused naming its fields in Chinese) and submits it; the office sends it to an expert and copies the review link
// (shown once); the expert, on a 375 px phone, returns it with a comment; the liaison reads the comment, edits and
// submits again; the office sends the new version; the expert approves; the office publishes; a reader finds it on
// the portal's 科普阅读 by topic at 375 px in large text and opens it. Then the office publishes the demo cold-wave
// pack in emergency mode under a sign-off, the portal's home leads with it, and the office ends it. axe on every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
const TITLE = '仰望星空：认识冬季星座（测试）';
const COMMENT = '请补充观星时的防寒提示。';
const PACK = '寒潮来了：防寒防冻十条（示例）';
const e2e = setUpE2e({ shots: 'content' });
let workUrl = '';

const office = () => e2e.session(accounts.office.username, accounts.office.password, wide);
const liaison = () => e2e.session(accounts.liaison.username, accounts.liaison.password, wide);
const state = (page: Page) => page.locator(dt('cnt-state')).innerText();

/** The office sends the work to 吴晓燕 (astronomy) and returns the review link's path, checking the copy button. */
async function sendToExpert(page: Page): Promise<string> {
  await visit(page, e2e.url(), workUrl);
  const option = page.locator(`${dt('cnt-reviewer')} option`, { hasText: '吴晓燕' });
  await expect(option.innerText()).resolves.toContain('天文');
  await page.selectOption(dt('cnt-reviewer'), (await option.getAttribute('value')) as string);
  await page.click(dt('cnt-send'));
  const href = (await (await page.waitForSelector(dt('cnt-review-href'))).textContent()) ?? '';
  expect(href).toMatch(/\/e\/r\/\S+$/);
  await expect(page.locator(dt('cnt-review-link')).innerText()).resolves.toContain('只在此时显示一次');
  await expect.poll(() => state(page)).toContain('专家审核中');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.url() });
  await page.click(dt('cnt-review-copy'));
  await expect.poll(() => page.locator(dt('cnt-review-copied')).textContent()).toBe('已复制。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
  return new URL(href).pathname;
}

async function expertPage(path: string): Promise<Page> {
  const page = await (await e2e.context(phone)).newPage();
  await visit(page, e2e.url(), path);
  await page.waitForSelector(dt('review-title'));
  return page;
}

describe('a science article from the liaison to the portal, and an emergency pack', () => {
  it('a liaison is told what a blank work needs, writes an article and submits it', async () => {
    const page = await liaison();
    await visit(page, e2e.url(), '/content');
    await page.waitForSelector(dt('cnt-save'));
    await page.click(dt('cnt-save'));
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    for (const field of ['标题', '领域话题', '面向人群', '正文'])
      await expect(alert.innerText()).resolves.toContain(field);
    await expect(alert.innerText()).resolves.not.toMatch(/[A-Za-z]{3,}/);
    // the unit is the liaison's own, not to be changed
    await expect(page.locator(dt('cnt-unit')).isDisabled()).resolves.toBe(true);
    await expectAccessible(page, 'content works');
    await e2e.shot(page, 'works-1440');

    await page.fill(dt('cnt-title'), TITLE);
    await page.check(dt('cnt-topic-astronomy'));
    await page.check(dt('cnt-group-youth'));
    await page.fill(dt('cnt-author'), '市教育局科技教育科');
    await page.fill(dt('cnt-summary'), '冬季夜空最容易辨认的星座。');
    await page.fill(dt('cnt-body'), '冬夜，猎户座高挂南天。\n它腰带上的三颗星排成一线，很好辨认。');
    await page.click(dt('cnt-save'));
    await page.waitForURL(/\/content\/\d+$/);
    workUrl = new URL(page.url()).pathname;
    await expect.poll(() => state(page)).toContain('草稿');
    await expect(page.locator(dt('cnt-text')).innerText()).resolves.toContain('猎户座');
    await page.click(dt('cnt-submit'));
    await expect.poll(() => state(page)).toContain('待分配审核');
    await expectAccessible(page, 'content work (liaison)');
    await e2e.shot(page, 'work-liaison-1440');
  });

  it('the office sends it to an expert, who returns it with a comment on a phone', async () => {
    const page = await office();
    const path = await sendToExpert(page);
    await expectAccessible(page, 'content work (office)');
    await e2e.shot(page, 'work-office-1440');

    const expert = await expertPage(path);
    await expect(expert.locator(dt('review-body')).innerText()).resolves.toContain('猎户座');
    await expert.check(dt('review-revise'));
    await expert.click(dt('review-send'));
    await expect
      .poll(() => expert.locator(dt('review-problem')).textContent())
      .toBe('退回修改时，请写明修改意见。');
    await expectAccessible(expert, 'review page');
    expect(await horizontalOverflow(expert)).toBe(0);
    await e2e.shot(expert, 'review-375');
    await expert.fill(dt('review-comments'), COMMENT);
    await expert.click(dt('review-send'));
    await expect.poll(() => expert.locator(dt('review-state')).textContent()).toBe('您已退回修改');
    await expect(expert.locator(dt('review-send')).count()).resolves.toBe(0);
    await e2e.shot(expert, 'review-answered-375');
  });

  it('the liaison reads the comment, edits and submits again; the expert approves; the office publishes', async () => {
    const page = await liaison();
    await visit(page, e2e.url(), workUrl);
    await expect.poll(() => page.locator(dt('cnt-review-comments')).textContent()).toBe(COMMENT);
    await expect.poll(() => state(page)).toContain('退回修改');
    await page.fill(dt('cnt-body'), '冬夜，猎户座高挂南天。\n观星时请穿厚衣、戴帽子，注意防寒。');
    await page.click(dt('cnt-save'));
    await page.waitForSelector('output:has-text("已保存。")');
    await page.click(dt('cnt-submit'));
    await expect.poll(() => state(page)).toContain('待分配审核');
    await expect(page.locator(dt('cnt-versions')).innerText()).resolves.toContain('第 2 版');

    const staff = await office();
    const path = await sendToExpert(staff);
    const expert = await expertPage(path);
    await expect(expert.locator(dt('review-body')).innerText()).resolves.toContain('注意防寒');
    await expert.check(dt('review-approve'));
    await expert.click(dt('review-send'));
    await expect.poll(() => expert.locator(dt('review-state')).textContent()).toBe('您已同意发布');

    await visit(staff, e2e.url(), workUrl);
    await staff.click(dt('cnt-publish'));
    await expect.poll(() => state(staff)).toContain('已发布');
    await expect(staff.locator(dt('cnt-portal')).getAttribute('href')).resolves.toBe(
      workUrl.replace('/content/', '/portal/content/'),
    );
    const log = await staff.locator(dt('cnt-events')).innerText();
    for (const step of ['提交审核', '送专家审核', '专家退回修改', '专家同意发布', '发布'])
      expect(log).toContain(step);
    await expectAccessible(staff, 'content work published');
    await e2e.shot(staff, 'work-published-1440');
    // the staff pages on a phone
    const small = await e2e.session(accounts.office.username, accounts.office.password, phone);
    for (const [path2, name] of [
      ['/content', 'works'],
      [workUrl, 'work'],
      ['/content/emergency', 'emergency'],
    ] as const) {
      await visit(small, e2e.url(), path2);
      await small.waitForSelector(
        dt(name === 'works' ? 'cnt-works' : name === 'work' ? 'cnt-events' : 'cnt-packs'),
      );
      expect(await horizontalOverflow(small), path2).toBe(0);
      await e2e.shot(small, `${name}-375`);
    }
  });

  it('a reader finds it on the portal by topic, on a phone in large text', async () => {
    const page = await (await e2e.context(phone)).newPage();
    await page.goto(`${e2e.url()}/portal/content?size=large`);
    await page.selectOption(dt('content-filter-topic'), 'astronomy');
    await page.click(dt('content-filter-submit'));
    await page.waitForURL(/topic=astronomy/);
    expect(page.url()).toContain('size=large');
    await page.click(`[data-test="content-card"] a:has-text("${TITLE}")`);
    await page.waitForSelector(dt('content-work'));
    const text = await page.locator(dt('content-work')).innerText();
    expect(text).toContain(TITLE);
    expect(text).toContain('注意防寒');
    expect(text).not.toContain(COMMENT);
    await expectAccessible(page, 'portal work');
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'portal-work-375');
  });

  it('the office publishes the cold-wave pack in emergency mode, the portal leads with it, and ends it', async () => {
    const page = await office();
    await visit(page, e2e.url(), '/content/emergency');
    const card = page.locator(dt('cnt-hazard-cold_wave'));
    await expect(card.innerText()).resolves.toContain(PACK);
    await expectAccessible(page, 'emergency packs');
    await e2e.shot(page, 'emergency-1440');
    await card.locator(dt('cnt-signoff')).fill('寒潮蓝色预警，经办公室签发立即发布。');
    await card.locator(dt('cnt-emergency-start')).click();
    await expect(card.innerText()).resolves.toContain(`确认应急发布“${PACK}”`);
    await card.locator(dt('cnt-confirm')).click();
    const active = page.locator(dt('cnt-active'));
    await expect.poll(() => active.textContent()).toContain(PACK);
    expect(await active.textContent()).toContain('寒潮蓝色预警');
    await expectAccessible(page, 'emergency under way');
    await e2e.shot(page, 'emergency-active-1440');

    const reader = await (await e2e.context(phone)).newPage();
    await reader.goto(`${e2e.url()}/portal`);
    await expect(reader.locator(dt('emergency-banner')).innerText()).resolves.toContain(PACK);
    await expectAccessible(reader, 'portal home in an emergency');
    await e2e.shot(reader, 'portal-emergency-375');

    await active.locator('input').fill('寒潮预警解除。');
    await active.locator('button', { hasText: '结束' }).click();
    await expect.poll(() => page.locator(dt('cnt-history')).textContent()).toContain(PACK);
    await expect(page.locator('main').innerText()).resolves.toContain('当前没有应急发布。');
    await reader.goto(`${e2e.url()}/portal`);
    await expect(reader.locator(dt('emergency-banner')).count()).resolves.toBe(0);
  });
});
