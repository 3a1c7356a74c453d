// The survey in Chromium (issue 11): the office defines a survey from the shipped instrument with a design over the
// four districts, assigns an interviewer and opens fieldwork; a respondent answers on a 375 px phone through the
// invitation link, reloads and resumes, switches to large text and submits; the interviewer enters a door-to-door
// response; the analyst sees the response rate against the office's quota and excludes the speeding response with a
// reason; after the rest is imported and fieldwork closes, the analyst publishes and the plan's targets chart shows
// the survey's point with its interval. axe on every page.

import { loadDefaultInstrument, responsesCsv, surveyRecords, syntheticSurvey } from '@kepu/domain/survey';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'survey' });
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
const DISTRICTS = ['211102', '211103', '211104', '211122'];
const design = {
  strata: DISTRICTS,
  // two PSUs a district, so each stratum has a variance (C1–C4 and C5–C8)
  psus: [...DISTRICTS, ...DISTRICTS].map((d, i) => ({
    code: `C${i + 1}`,
    name: `示例社区${i + 1}`,
    district: d,
    probability: 0.05,
  })),
};

/** antd's InputNumber puts the data-test id on its input or on its wrapper, by version. */
const numberInput = (id: string) => `input${dt(id)}, ${dt(id)} input`;

let surveyId = 0;
let link = '';
/** The analyst's 1440 px page from the import on (signed in once for the closing steps). */
let analyst: Page;

/** Clicks the first choice of every item on the page (door-to-door entry shows them all at once). */
async function answerAll(page: Page) {
  for (const q of await page.locator('fieldset.question').all())
    await q.locator('label.choice').first().click();
}
async function tellAboutYou(page: Page) {
  for (const [field, value] of Object.entries({
    sex: 'female',
    education: 'senior_secondary',
    occupation: 'production',
    urbanRural: 'urban',
    district: '211104',
    targetGroup: 'industrial_workers',
  }))
    await page.selectOption(dt(`about-${field}`), value);
  await page.fill(dt('about-age'), '63');
  await page.locator(dt('about-age')).blur();
}

describe('a literacy survey from set-up to quality review', () => {
  it('the office creates the survey, imports the design, assigns the interviewer and opens fieldwork', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/survey`);
    await office.waitForSelector(dt('instrument-illustrative'));
    await office.fill(dt('survey-name'), '2026 年盘锦市公民科学素质调查（示例）');
    await e2e.shot(office, 'list-1440');
    await expectAccessible(office, 'surveys page');
    await office.click(dt('survey-create'));
    await office.waitForURL(/\/survey\/\d+$/);
    surveyId = Number(new URL(office.url()).pathname.split('/').at(-1));
    await office.setInputFiles(dt('design-import'), {
      name: 'design.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(design)),
    });
    await office.waitForSelector(dt('psu-table'));
    await expect(office.locator(`${dt('psu-table')} tr.ant-table-row`).count()).resolves.toBe(8);
    const interviewer = office.locator(dt('assign-C3'));
    await interviewer.locator('option', { hasText: '调查员' }).waitFor({ state: 'attached' });
    await interviewer.selectOption({ label: '调查员 张' });
    await office.waitForSelector('.ant-message-notice');
    await office.click(dt('survey-open'));
    await office.waitForSelector(`${dt('survey-stage')}:has-text("实地调查中")`);
    await office.fill(numberInput('invite-count'), '2');
    await office.selectOption(dt('invite-psu'), 'C3');
    await office.click(dt('invite-submit'));
    await office.waitForSelector(dt('invite-link'));
    link = new URL((await office.locator(dt('invite-link')).first().getAttribute('href')) ?? '', e2e.url())
      .pathname;
    expect(link).toMatch(/^\/s\/[A-Za-z0-9_-]{16}$/);
    // each link is drawn as a QR code of the full address, and the printable sheet has one card per invitation
    await expect(
      office
        .locator(`${dt('invite-made')} ${dt('invite-qr')}`)
        .first()
        .getAttribute('data-qr-text'),
    ).resolves.toBe(`${e2e.url()}${link}`);
    await expect(office.locator(`${dt('invite-sheet')} .survey-sheet-card`).count()).resolves.toBe(2);
    // the office wants four completes from 大洼区
    await office.fill(numberInput('quota-district-211104'), '4');
    await office.click(dt('quotas-save'));
    await office.waitForSelector('.ant-message-notice:has-text("样本配额已保存")');
    // the answers are kept 24 months after closing unless the office says otherwise
    await office.waitForSelector(`${dt('retention-text')}:has-text("保存 24 个月")`);
    await office.fill(numberInput('retention-months'), '12');
    await office.click(dt('retention-save'));
    await office.waitForSelector(`${dt('retention-text')}:has-text("保存 12 个月")`);
    await e2e.shot(office, 'survey-1440');
    await expectAccessible(office, 'survey page in fieldwork');
    const small = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(small, e2e.url(), `/survey/${surveyId}`);
    await small.waitForSelector(`${dt('retention-text')}:has-text("保存 12 个月")`);
    expect(await horizontalOverflow(small)).toBe(0);
    await e2e.shot(small, 'survey-375');
    await expectAccessible(small, 'survey page at 375 px');
  });

  it('a respondent answers on a phone through the link, reloads, resumes at the next item and submits', async () => {
    const page = await (await e2e.context(phone)).newPage();
    await visit(page, e2e.url(), `${link}`);
    await page.waitForSelector(dt('consent-text'));
    await expect(page.locator(dt('respond-illustrative')).innerText()).resolves.toContain('示例问卷');
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'consent-375', false);
    await expectAccessible(page, 'consent page');
    await page.click(dt('consent-agree'));
    for (let i = 0; i < 3; i++) {
      await page.locator('fieldset.question label.choice').first().click();
      await page.waitForSelector(`${dt('respond-saving')}:has-text("已自动保存")`);
      await page.click(dt('respond-next'));
    }
    await expect(page.locator(dt('respond-progress')).innerText()).resolves.toBe('第 4 题，共 50 题');
    await page.reload();
    await page.waitForSelector(dt('respond-progress'));
    await expect(page.locator(dt('respond-progress')).innerText()).resolves.toBe('第 4 题，共 50 题');
    await page.click(dt('large-text'));
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).resolves.toBe(
      '23px',
    );
    expect(await horizontalOverflow(page)).toBe(0);
    await e2e.shot(page, 'question-large-375', false);
    await expectAccessible(page, 'a question in large text');
    for (let i = 3; i < 50; i++) {
      await page.locator('fieldset.question label.choice').first().click();
      await page.click(dt('respond-next'));
    }
    await tellAboutYou(page);
    await page.waitForSelector(`${dt('respond-saving')}:has-text("已自动保存")`);
    await e2e.shot(page, 'about-375');
    await expectAccessible(page, 'about-you block');
    await page.click(dt('respond-submit'));
    await page.waitForSelector(dt('respond-done'));
    await e2e.shot(page, 'done-375', false);
    // the link answers once: opening it again shows the thanks, not the questions
    await page.reload();
    await page.waitForSelector(dt('respond-done'));
  });

  it('the interviewer enters a door-to-door response in its PSU', async () => {
    const page = await e2e.session(accounts.interviewer.username, accounts.interviewer.password, wide);
    await visit(page, e2e.url(), `/survey/${surveyId}/interview`);
    await page.waitForSelector(dt('interview-psu'));
    await expect(page.locator(`${dt('interview-psu')} option`).allInnerTexts()).resolves.toEqual([
      '不限',
      'C3 示例社区3',
    ]);
    await page.selectOption(dt('interview-psu'), 'C3');
    await answerAll(page);
    await tellAboutYou(page);
    await page.fill(numberInput('interview-minutes'), '30');
    await expectAccessible(page, 'door-to-door entry');
    await page.click(dt('interview-submit'));
    await page.waitForSelector('.ant-message-notice:has-text("已录入")');
  });

  it('the analyst sees the response rate and excludes the speeding response with a reason', async () => {
    for (const [size, options] of [
      ['1440', wide],
      ['375', phone],
    ] as const) {
      const page = await e2e.session(accounts.analyst.username, accounts.analyst.password, options);
      await visit(page, e2e.url(), `/survey/${surveyId}`);
      await page.waitForSelector(dt('fieldwork-211104'));
      // two invited in 大洼区, one answered through the link and one at the door
      // … against a quota of four: half reached
      await expect(page.locator(dt('fieldwork-211104')).innerText()).resolves.toMatch(
        /2\s+2\s+2\s+100%\s+4\s+50%/,
      );
      if (size === '1440') {
        await page.waitForSelector(dt('quality-table'));
        const row = page.locator(`${dt('quality-table')} tbody tr`, { hasText: '用时过短' });
        await expect(row.count()).resolves.toBe(1);
        await row.locator(dt('quality-reason')).fill('50 题用时不足 2 分钟');
        await row.locator(dt('quality-exclude')).click();
        await page.waitForSelector(`${dt('quality-decision')}:has-text("剔除")`);
      } else expect(await horizontalOverflow(page)).toBe(0);
      await e2e.shot(page, `analyst-${size}`);
      await expectAccessible(page, `analyst's survey page at ${size}`);
    }
  });

  it('the analyst imports the rest, fieldwork closes, and the page shows the estimates with the gaps and the rule', async () => {
    const instrument = loadDefaultInstrument();
    const people = surveyRecords(syntheticSurvey(instrument, { seed: 7, respondents: 400 })).filter(
      (r) => r.responded,
    );
    const csv = responsesCsv(
      instrument,
      people.map((r, k) => ({
        ...r,
        psu: `C${DISTRICTS.indexOf(String(r.demographics?.district)) + 1 + (k % 2) * 4}`,
        synthetic: true,
      })),
    );
    analyst = await e2e.session(accounts.analyst.username, accounts.analyst.password, wide);
    await visit(analyst, e2e.url(), `/survey/${surveyId}`);
    await analyst.setInputFiles(dt('responses-import'), {
      name: 'responses.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await analyst.waitForSelector('.ant-message-notice');
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/survey/${surveyId}`);
    await office.click(dt('survey-close'));
    await office.click('.ant-popconfirm .ant-btn-primary');
    await office.waitForSelector(`${dt('survey-stage')}:has-text("已结束")`);
    for (const [size, options] of [
      ['1440', wide],
      ['375', phone],
    ] as const) {
      const page =
        size === '1440'
          ? analyst
          : await e2e.session(accounts.analyst.username, accounts.analyst.password, options);
      if (size === '1440') await page.reload();
      else await visit(page, e2e.url(), `/survey/${surveyId}`);
      await page.waitForSelector(dt('analysis-gaps'));
      await expect(page.locator(dt('analysis-gaps')).innerText()).resolves.toContain(
        '城乡差距（城镇 − 农村）',
      );
      await expect(page.locator('body').innerText()).resolves.toContain('变异系数超过 30%');
      if (size === '375') expect(await horizontalOverflow(page)).toBe(0);
      await e2e.shot(page, `analysis-${size}`);
      await expectAccessible(page, `analyst's closed survey at ${size}`);
    }
  });

  it("the analyst publishes and the plan's targets chart shows the survey's point with its interval", async () => {
    const page = analyst;
    await page.click(dt('survey-publish'));
    await page.waitForSelector(`${dt('survey-stage')}:has-text("已发布")`);
    const kpi = await page.evaluate(async () => (await fetch('/api/indicators/kpi')).json());
    const value = (
      kpi as { year: number; areaCode: string; option: string; value: number; source: { ci: number[] } }[]
    ).find((k) => k.year === new Date().getFullYear() && k.areaCode === '211100' && k.option === '');
    expect(value).toBeDefined();
    const [low, high] = value?.source.ci ?? [];
    await page.click(dt('nav-plan'));
    const chart = page.locator(dt('targets-chart'));
    await chart.waitFor();
    await expect(chart.getAttribute('aria-label')).resolves.toContain(
      `${new Date().getFullYear()} 年调查估计 ${value?.value}%，95% 区间 ${low}%–${high}%`,
    );
    // drawn: the square with its interval bar
    await expect(page.locator(`${dt('targets-surveyed')}`).count()).resolves.toBe(1);
    await e2e.shot(page, 'plan-published-1440');
  });
});
