// Figures that never mislead (issue 10, point 1): in the open year only 大洼区科协 has filed. The map hatches the
// areas without a value and names them under 无数据 in its legend (no "0.28–0.28" range for one value), and the map,
// the figures by area and the pivot each say how many units filed and how many the figures count. At 1440 and 375 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, horizontalOverflow, phone, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const YEAR = new Date().getUTCFullYear() - 1;
const unitUser = { username: 'dawa-kexie', password: 'kepu-liaison-2025' };

const e2e = setUpE2e({ shots: 'ind-no-data' });
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };
const mapReady = (page: Page) =>
  page.waitForSelector(`${dt('ind-map')}[data-ready="yes"] svg path`, { state: 'attached' });
const texts = (page: Page, id: string) => page.locator(dt(id)).allInnerTexts();
/** The district names drawn on the map that overlap another one (盘山县 wraps around 双台子区 and 兴隆台区). */
async function overlappingLabels(page: Page) {
  const boxes: { name: string; x: number; y: number; width: number; height: number }[] = [];
  for (const name of ['盘山县', '双台子区', '兴隆台区', '大洼区']) {
    const box = await page
      .locator(`${dt('ind-map')} svg text`, { hasText: name })
      .first()
      .boundingBox();
    expect(box, name).not.toBeNull();
    if (box) boxes.push({ name, ...box });
  }
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter(
        (b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
      )
      .map((b) => `${a.name}/${b.name}`),
  );
}

describe('a year where only one district has filed', () => {
  let expected = 0;

  it('大洼区科协 files its report through the API', async () => {
    const unit = await e2e.session(unitUser.username, unitUser.password);
    const api = `${e2e.url()}/api/indicators`;
    const [u] = (await (await unit.request.get(`${api}/units`)).json()) as { id: number }[];
    const saved = await unit.request.put(`${api}/reports/${YEAR}/${u.id}/values`, {
      data: { values: [{ item: 'P01', value: 7 }] },
    });
    expect(saved.status()).toBe(200);
    expect((await unit.request.post(`${api}/reports/${YEAR}/${u.id}/submit`, { data: {} })).status()).toBe(
      200,
    );
    const completeness = await (await unit.request.get(`${api}/completeness?year=${YEAR}`)).json();
    expected = completeness.total.expected;
    expect(expected).toBeGreaterThan(20);
  });

  it('the map hatches the other districts, names them under 无数据 and shows one value, not a range', async () => {
    const office = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(office, e2e.url(), `/indicators?year=${YEAR}&figure=P01&stage=submitted`);
    await mapReady(office);
    const legend = office.locator(dt('ind-map-legend'));
    await expect(office.locator(dt('ind-map-no-data')).innerText()).resolves.toBe(
      '无数据：双台子区、兴隆台区、盘山县',
    );
    await expect(office.locator(dt('ind-map-range')).innerText()).resolves.toBe('7');
    await expect(legend.innerText()).resolves.not.toContain('–');
    // the map and the figures by area each say how complete they are, in the chosen stage's terms
    const line = `${expected} 个单位中 1 个已报送，0 个已审定；图表计入已审定和审核中的 1 个。`;
    await office.waitForSelector(dt('ind-filed'));
    expect(await texts(office, 'ind-filed')).toEqual([line, line]);
    expect(await overlappingLabels(office)).toEqual([]);
    await expectAccessible(office, 'map with areas without data');
    await e2e.shot(office, 'map-1440');
    await office.locator(dt('ind-map')).scrollIntoViewIfNeeded();
    await e2e.shot(office, 'map-1440-view', false);

    // by default only accepted reports count: no area has a value, and the line says none is counted
    await visit(office, e2e.url(), `/indicators?year=${YEAR}&figure=P01`);
    await mapReady(office);
    await expect(office.locator(dt('ind-map-no-data')).innerText()).resolves.toBe(
      '无数据：双台子区、兴隆台区、大洼区、盘山县',
    );
    await expect(office.locator(dt('ind-map-range')).count()).resolves.toBe(0);
    await office.waitForSelector(`${dt('ind-filed')}:has-text("图表只计入已审定的 0 个")`);
    expect(await texts(office, 'ind-filed')).toEqual(
      Array(2).fill(`${expected} 个单位中 1 个已报送，0 个已审定；图表只计入已审定的 0 个。`),
    );

    await office.goto(
      `${e2e.url()}/indicators/pivot?year=${YEAR}&rows=area&cols=item&group=P&stage=submitted`,
    );
    await office.waitForSelector(dt('ind-pivot-table'));
    await office.waitForSelector(dt('ind-filed'));
    expect(await texts(office, 'ind-filed')).toEqual([line]);
    // the districts without figures keep their rows, with no number in them
    await expect(office.locator(dt('ind-pivot-cell-211104-P01')).innerText()).resolves.toBe('7');
    for (const area of ['211102', '211103', '211122'])
      await expect(office.locator(dt(`ind-pivot-cell-${area}-P01`)).innerText(), area).resolves.toBe('—');
    await e2e.shot(office, 'pivot-1440');

    // last year every district filed: a range from the lowest to the highest value and no 无数据 entry
    await visit(office, e2e.url(), `/indicators?year=${YEAR - 1}&figure=C_SPECIAL_PER_CAPITA`);
    await mapReady(office);
    await expect(office.locator(dt('ind-map-range')).innerText()).resolves.toMatch(/^[\d.,]+\s+[\d.,]+$/);
    await expect(office.locator(dt('ind-map-no-data')).count()).resolves.toBe(0);
    await office.waitForSelector(`${dt('ind-filed')}:has-text("${expected} 个单位中 ${expected} 个已报送")`);
    expect(await overlappingLabels(office)).toEqual([]);
    await office.locator(dt('ind-map')).scrollIntoViewIfNeeded();
    await e2e.shot(office, 'map-range-1440-view', false);
  });

  it('fits a 375 px phone, the legend and completeness line too', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, phone);
    await visit(page, e2e.url(), `/indicators?year=${YEAR}&figure=P01&stage=submitted`);
    await mapReady(page);
    await page.waitForSelector(dt('ind-filed'));
    await expect(page.locator(dt('ind-map-no-data')).innerText()).resolves.toContain('无数据');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await overlappingLabels(page)).toEqual([]);
    await e2e.shot(page, 'map-375');
    await page.locator(dt('ind-map')).scrollIntoViewIfNeeded();
    await e2e.shot(page, 'map-375-view', false);
    await visit(
      page,
      e2e.url(),
      `/indicators/pivot?year=${YEAR}&rows=area&cols=item&group=P&stage=submitted`,
    );
    await page.waitForSelector(dt('ind-pivot-table'));
    await page.waitForSelector(dt('ind-filed'));
    expect(await horizontalOverflow(page)).toBe(0);
    await page.locator(dt('ind-filed')).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await e2e.shot(page, 'pivot-375', false);
  });
});
