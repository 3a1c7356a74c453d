// Publication on each engine: the office previews and publishes a year (audited, versioned); the public side answers
// without a session, with ETags and Cache-Control; a draft figure, an account name or a personal field never reaches
// it; every CSV reads back through the exchange engine to the figures its JSON twin shows.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { localDateTime } from '@kepu/domain';
import { publicSet, publicSetNames, readPublicCsv } from '@kepu/domain/publication';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyDemoAccount } from '../src/seed.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const DRAFT = 987654;
const schema = JSON.parse(
  readFileSync(
    new URL('../../../packages/domain/src/publication/catalog.schema.json', import.meta.url),
    'utf8',
  ),
);
/** keys that would carry a person or an account */
const PERSONAL =
  /^(enteredBy|username|userId|by|publishedBy|published_by|email|emails|phone|displayName|actor|contact)$/;

function walkKeys(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) for (const x of v) walkKeys(x, out);
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      walkKeys(x, out);
    }
  return out;
}

describe.each(engines)('publication on $name', ({ open }) => {
  let t: TestApp;
  let current: number;
  let past: number;
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.as(null, { method: 'GET', url, headers });

  beforeAll(async () => {
    t = await startTestApp(open);
    const forms = (await t.as('office', { method: 'GET', url: '/api/indicators/forms' })).json() as {
      year: number;
    }[];
    current = Math.max(...forms.map((f) => f.year));
    past = current - 1;
    // a draft figure in the year open for filing: saved, never submitted
    const units = (await t.as('office', { method: 'GET', url: '/api/indicators/units' })).json() as {
      id: number;
      name: string;
    }[];
    const unitId = units.find((u) => u.name === '大洼区科协')?.id;
    const saved = await t.as('office', {
      method: 'PUT',
      url: `/api/indicators/reports/${current}/${unitId}/values`,
      payload: { values: [{ item: 'P01', option: '', value: DRAFT }] },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(() => t?.close());

  it('keeps preview and publish to the office', async () => {
    expect((await get(`/api/publication/${past}/preview`)).statusCode).toBe(401);
    for (const who of ['viewer', 'dawa-kexie', 'analyst'])
      expect(
        (await t.as(who, { method: 'POST', url: `/api/publication/${past}/publish` })).statusCode,
        who,
      ).toBe(403);
    const bad = await t.as('office', { method: 'GET', url: '/api/publication/1999/preview' });
    expect(bad.statusCode).toBe(400);
    const none = await t.as('office', { method: 'GET', url: '/api/publication/2001/preview' });
    expect([none.statusCode, none.json().error.details.issues[0].path]).toEqual([400, 'params.year']);
  });

  it('says nothing is published before the office publishes', async () => {
    const res = await get('/api/public/catalog');
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'publication.release.not_found']);
  });

  it('previews exactly what publishing stores, then publishes versions with an audit entry', async () => {
    const preview = (await t.as('office', { method: 'GET', url: `/api/publication/${past}/preview` })).json();
    expect(
      preview.figures.filter((r: { per10k: number | null }) => r.per10k !== null).length,
    ).toBeGreaterThan(0);
    expect(preview.progress.districts.length).toBeGreaterThan(0);
    expect(preview.literacy.rows.length).toBeGreaterThan(0);
    expect(preview.plan.groups.filter((g: { kind: string }) => g.kind === 'action')).toHaveLength(5);
    const first = await t.as('office', { method: 'POST', url: `/api/publication/${past}/publish` });
    expect([first.statusCode, first.json().version]).toEqual([200, 1]);
    const release = (await get('/api/public/release')).json();
    expect({ ...release, version: undefined, modified: undefined }).toEqual({
      ...preview,
      version: undefined,
      modified: undefined,
    });
    const second = (await t.as('office', { method: 'POST', url: `/api/publication/${past}/publish` })).json();
    expect(second.version).toBe(2);
    const audit = (
      await t.as('office', { method: 'GET', url: '/api/audit?entity=publication_release' })
    ).json();
    const items = (audit.items ?? audit) as { action: string; after: { version: number } }[];
    expect(
      items
        .filter((e) => e.action === 'publication.publish')
        .map((e) => e.after.version)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('never shows a draft figure, an account name or a personal field on any public response', async () => {
    await t.as('office', { method: 'POST', url: `/api/publication/${current}/publish` });
    const urls = ['/api/public/release', '/api/public/catalog', `/api/public/release?year=${past}`];
    for (const name of publicSetNames)
      for (const y of [current, past])
        urls.push(`/api/public/data/${name}.csv?year=${y}`, `/api/public/data/${name}.json?year=${y}`);
    const figures = (await get(`/api/public/data/figures.json?year=${current}`)).json();
    const p01 = figures.rows.find(
      (r: { item: string; areaCode: string }) => r.item === 'P01' && r.areaCode === '211104',
    );
    expect(p01.value).not.toBe(DRAFT);
    const names = everyDemoAccount.map((a) => a.username);
    const people = everyDemoAccount.map((a) => a.displayName);
    for (const url of urls) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toMatch(/public, max-age=\d+/);
      expect(res.headers.etag, url).toMatch(/^"pub-\d+-/);
      const body = res.body;
      expect(body, url).not.toContain(String(DRAFT));
      for (const n of names) expect(body, `${url} names ${n}`).not.toMatch(new RegExp(`"${n}"|,${n}[,\\r]`));
      for (const p of people) expect(body, `${url} names ${p}`).not.toContain(p);
      if (url.includes('.json') || !url.includes('.csv'))
        expect(
          walkKeys(JSON.parse(body)).filter((k) => PERSONAL.test(k)),
          url,
        ).toEqual([]);
    }
  });

  it('answers a revisit with 304 and sends compressed bytes once made', async () => {
    const first = await get('/api/public/data/literacy.json', { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(first.rawPayload).toString()).rows.length).toBeGreaterThan(0);
    const again = await get('/api/public/data/literacy.json', {
      'if-none-match': String(first.headers.etag),
    });
    expect(again.statusCode).toBe(304);
  });

  it('publishes a catalogue that validates against its JSON schema and names every data set', async () => {
    const cat = (await get('/api/public/catalog')).json();
    const ajv = new Ajv({
      allErrors: true,
      formats: { 'date-time': (s: string) => !Number.isNaN(Date.parse(s)) },
    });
    const valid = ajv.validate(schema, cat);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(cat.dataset.map((d: { identifier: string }) => d.identifier)).toEqual([...publicSetNames]);
    expect(cat.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('reads every CSV back through the exchange engine to the figures of its JSON twin', async () => {
    for (const name of publicSetNames) {
      const csv = await get(`/api/public/data/${name}.csv?year=${past}`);
      expect(csv.body.startsWith('\uFEFF'), name).toBe(true);
      const json = (await get(`/api/public/data/${name}.json?year=${past}`)).json();
      const set = publicSet(name);
      if (!set) throw new Error(name);
      const back = readPublicCsv(set, csv.body) as Record<string, unknown>[];
      const blankToNull = (r: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v]));
      expect(back.map(blankToNull), name).toEqual(json.rows.map(blankToNull));
    }
  });

  it('imports the literacy and population CSV files into the statistics unchanged (a dry run finds no change)', async () => {
    for (const [name, set] of [
      ['literacy', 'kpi'],
      ['populations', 'populations'],
    ]) {
      const csv = (await get(`/api/public/data/${name}.csv?year=${past}`)).body;
      const res = await t.as('office', {
        method: 'POST',
        url: `/api/indicators/import/${set}?dryRun=true`,
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(res.statusCode, res.body).toBe(200);
      const { summary, rows } = res.json();
      expect(rows, name).toBeGreaterThan(0);
      expect(summary, name).toEqual({ add: 0, update: 0, unchanged: rows, delete: 0 });
    }
  });

  it("dates the portal's release in Beijing time, the jurisdiction's zone, not UTC", async () => {
    const { modified } = (await get('/api/public/release')).json() as { modified: string };
    const beijing = new Date(Date.parse(modified) + 8 * 3600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    const utc = modified.slice(0, 16).replace('T', ' ');
    const zh = (await get('/portal')).body;
    expect(zh).toContain(`发布于 ${beijing}（北京时间）`);
    expect(zh).not.toContain(utc);
    expect((await get('/portal?lang=en')).body).toContain(`published ${beijing} (Beijing time)`);
  });

  it('lists published activities with a link to register under /e and accredited venues, and no person', async () => {
    const [activity] = (await get('/api/pub/activities')).json() as {
      id: number;
      title: string;
      sessions: { id: number; capacity: number; taken: number }[];
    }[];
    const [session] = activity.sessions;
    const who = { name: '门户测试人', phone: '13912345678' };
    const reg = await t.as(null, {
      method: 'POST',
      url: '/api/pub/registrations',
      payload: { sessionId: session.id, ...who, targetGroup: 'elderly' },
    });
    expect(reg.statusCode).toBe(201);
    const page = await get('/portal/activities');
    expect(page.statusCode).toBe(200);
    expect(page.headers.etag).toMatch(/^"pub-\d+-page-activities-/);
    expect(page.body).toContain(activity.title);
    expect(page.body).toContain(`href="/e/a/${activity.id}"`);
    expect(page.body).toContain(`余 ${session.capacity - session.taken - 1} 个名额`);
    for (const p of [who.name, who.phone, '1391234']) expect(page.body).not.toContain(p);
    const venues = (await get('/api/pub/venues')).json() as { name: string }[];
    const venuePage = (await get('/portal/venues?lang=en')).body;
    for (const v of venues) expect(venuePage).toContain(v.name);
    expect(venuePage).not.toContain('Coming soon');
  });

  it('filters the venues by level, category, audience, open now and bookings, numbered on a map and in the list', async () => {
    type Listed = {
      id: number;
      name: string;
      coordinates: unknown;
      bookable: boolean;
      openNow: boolean | null;
    };
    const all = (await get('/api/pub/venues')).json() as Listed[];
    expect(all.length).toBeGreaterThanOrEqual(4);
    const page = async (q: string) => (await get(`/portal/venues${q}`)).body;
    const cards = (html: string) =>
      [...html.matchAll(/data-test="venue-card"><h3>.*?<\/span> (.*?)(?: <span|<\/h3>)/g)].map((m) => m[1]);
    const markers = (html: string) => (html.match(/data-test="map-marker"/g) ?? []).length;

    const every = await page('');
    expect(cards(every).sort()).toEqual(all.map((v) => v.name).sort());
    expect(markers(every)).toBe(all.filter((v) => v.coordinates).length);
    // each card says whether it is open now in words, as the API computes it
    // (in the venue's card: its name stands in the map's marker titles too)
    const cardsOf = every.split('data-test="venue-card"').slice(1);
    for (const v of all.filter((x) => x.openNow !== null)) {
      const card = cardsOf.find((c) => c.includes(v.name)) ?? '';
      expect(card.slice(0, card.indexOf('</li>'))).toContain(v.openNow ? '现在开放' : '现在未开放');
    }
    const nature = await page('?category=nature&level=');
    expect(cards(nature)).toEqual(['辽河口湿地科普馆（示例）']);
    expect(markers(nature)).toBe(1);
    expect(nature).toContain('共 1 个场馆');
    expect(nature).toContain('<option value="nature" selected>');
    const elderly = await page('?audience=elderly');
    expect(cards(elderly).sort()).toEqual(['双台子区社区科普活动站（示例）', '盘锦市科技馆（示例）']);
    const bookable = await page('?bookable=1&lang=en&size=large');
    expect(cards(bookable).length).toBe(all.filter((v) => v.bookable).length);
    for (const v of all.filter((x) => x.bookable)) expect(bookable).toContain(`href="/e/venues/${v.id}"`);
    // the reader's options stay with the filter form
    expect(bookable).toContain('<input type="hidden" name="lang" value="en">');
    expect(bookable).toContain('<input type="hidden" name="size" value="large">');
    const none = await page('?category=museum');
    expect(none).toContain('没有符合条件的场馆');
    expect(markers(none)).toBe(0);
    const openOnly = cards(await page('?open=1'));
    expect(openOnly.sort()).toEqual(
      all
        .filter((v) => v.openNow)
        .map((v) => v.name)
        .sort(),
    );
    expect((await get('/portal/venues?level=galactic')).statusCode).toBe(400);
  });

  it('finds activities by district, campaign, group, month and day, on a calendar and numbered on a map', async () => {
    type Listed = {
      id: number;
      title: string;
      areaCode: string;
      campaignId: number | null;
      targetGroups: string[];
      coordinates: unknown;
      sessions: { startsAt: string }[];
    };
    const all = (await get('/api/pub/activities')).json() as Listed[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    const page = async (q: string) => (await get(`/portal/activities${q}`)).body;
    const cards = (html: string) =>
      [
        ...html.matchAll(
          /data-test="activity-card"><h3><span class="num" aria-hidden="true">\d+<\/span> (.*?)<\/h3>/g,
        ),
      ].map((m) => m[1]);
    const markers = (html: string) => (html.match(/data-test="map-marker"/g) ?? []).length;
    const titles = (xs: Listed[]) => xs.map((a) => a.title).sort();
    const dayOf = (a: Listed) => localDateTime('Asia/Shanghai', a.sessions[0]?.startsAt ?? '').slice(0, 10);

    const every = await page('');
    expect(cards(every).sort()).toEqual(titles(all));
    expect(markers(every)).toBe(all.filter((a) => a.coordinates).length);
    // the calendar shows the first activity's month, each of its days linked with the number of activities on it
    const first = all[0] as Listed;
    const [y, m] = dayOf(first).split('-').map(Number);
    expect(every).toContain(`<caption>${y} 年 ${m} 月活动日历</caption>`);
    const onFirst = all.filter((a) =>
      a.sessions.some((s) => localDateTime('Asia/Shanghai', s.startsAt).startsWith(dayOf(first))),
    );
    expect(every).toMatch(
      new RegExp(
        `data-test="calendar-day-${dayOf(first)}"><span class="d">\\d+</span><span class="n">${onFirst.length} 场</span>`,
      ),
    );

    const farmers = await page('?group=farmers');
    expect(cards(farmers).sort()).toEqual(titles(all.filter((a) => a.targetGroups.includes('farmers'))));
    expect(farmers).toContain('<option value="farmers" selected>');
    const dawa = await page('?district=211104');
    expect(cards(dawa).sort()).toEqual(titles(all.filter((a) => a.areaCode === '211104')));
    expect(cards(dawa).length).toBeGreaterThan(0);
    const campaign = all.find((a) => a.campaignId)?.campaignId;
    expect(cards(await page(`?campaign=${campaign}`)).sort()).toEqual(
      titles(all.filter((a) => a.campaignId === campaign)),
    );
    // a day from the calendar: that day's activities under a heading that names it
    const day = await page(`?day=${dayOf(first)}`);
    expect(cards(day).sort()).toEqual(titles(onFirst));
    expect(day).toContain(`<h2>${m} 月 ${Number(dayOf(first).slice(8))} 日的活动</h2>`);
    expect(day).toContain('aria-current="date"');
    const month = dayOf(first).slice(0, 7);
    expect(cards(await page(`?month=${month}`)).sort()).toEqual(
      titles(
        all.filter((a) =>
          a.sessions.some((s) => localDateTime('Asia/Shanghai', s.startsAt).startsWith(month)),
        ),
      ),
    );
    // nothing found says so, with no map; the reader's options stay with the form
    const none = await page('?group=officials&lang=en&size=large');
    expect(none).toContain('No activity matches');
    expect(markers(none)).toBe(0);
    expect(none).toContain('<input type="hidden" name="size" value="large">');
    for (const bad of ['?day=2026-02-30', '?group=aliens', '?month=2026-13', '?campaign=x', '?district=<b>'])
      expect((await get(`/portal/activities${bad}`)).statusCode, bad).toBe(400);

    // the demo caravan's stop next week is listed, by district and by its days; the one held last week is not
    const stops = (html: string) =>
      [...html.matchAll(/data-test="tour-stop"><h3>(.*?)<\/h3>/g)].map((x) => x[1]);
    expect(stops(every)).toEqual(['大洼区西安镇文化广场（示例）']);
    expect(every).toContain('科普大篷车</span> 盘锦市科普大篷车（示例）');
    const [from, to] = [6, 7].map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(5, 10));
    const md = (x = '') => `${Number(x.slice(0, 2))} 月 ${Number(x.slice(3))} 日`;
    expect(every).toContain(`<p>${md(from)} 至 ${md(to)}</p>`);
    expect(stops(dawa)).toEqual(['大洼区西安镇文化广场（示例）']);
    expect(stops(await page('?district=211103'))).toEqual([]);
    expect(await page('?district=211103')).toContain('近期没有流动科普站点。');
    const inSix = localDateTime('Asia/Shanghai', new Date(Date.now() + 6 * 86_400_000)).slice(0, 10);
    expect(stops(await page(`?day=${inSix}`))).toEqual(['大洼区西安镇文化广场（示例）']);
    expect(stops(await page(`?month=${inSix.slice(0, 7)}`))).toEqual(['大洼区西安镇文化广场（示例）']);
  });

  it('answers a second reader of a page with the same bytes, and a revisit with 304', async () => {
    const headers = { 'accept-encoding': 'br' };
    const first = await get('/portal/plan', headers);
    const second = await get('/portal/plan', headers);
    expect(second.statusCode).toBe(200);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-encoding']).toBe('br');
    expect(second.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(Buffer.compare(second.rawPayload, first.rawPayload)).toBe(0);
    const again = await get('/portal/plan', { 'if-none-match': String(first.headers.etag) });
    expect([again.statusCode, again.body]).toEqual([304, '']);
  });
});
