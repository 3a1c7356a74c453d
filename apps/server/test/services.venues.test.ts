// Venues and bases on each engine: registry, accreditation with reason and document number, the public list's
// filters (open now by weekly hours in Beijing time), a venue's public page (slots to come, no account names), a school
// booking a slot without overbooking, cancelling it by its link or by staff with a reason, and visits on the ledger.
import { zonedClock } from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const Y = new Date().getUTCFullYear() - 1;

describe.each(engines)('venues on $name', ({ open }) => {
  let t: TestApp;
  let venueId: number;
  // the app's clock: now, unless a test sets a moment (open now is read in Beijing time)
  let at: Date | null = null;
  beforeAll(async () => {
    t = await startTestApp(open, { clock: zonedClock('Asia/Shanghai', () => at ?? new Date()) });
  });
  afterAll(() => t?.close());

  it('registers a venue, accredits it with a document number and keeps every change with its reason', async () => {
    const made = await t.as('office', {
      method: 'POST',
      url: '/api/svc/venues',
      payload: {
        name: '盘锦市科技馆（测试）',
        level: 'municipal',
        category: 'science_centre',
        areaCode: '211103',
        address: '兴隆台区市府大路',
        coordinates: { lng: 122.07, lat: 41.12, system: 'wgs84' },
        openingHours: '周二至周日 9:00—16:30',
        weeklyHours: [{ days: [2, 3, 4, 5, 6, 7], opens: '09:00', closes: '16:30' }],
        accessibility: ['step_free', 'toilet'],
        audiences: ['children', 'elderly'],
        bookable: true,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    venueId = made.json().id;
    expect((await t.as('kexie', { method: 'POST', url: '/api/svc/venues', payload: {} })).statusCode).toBe(
      403,
    );
    const noDoc = await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/status`,
      payload: { status: 'accredited', reason: '评审通过' },
    });
    expect(noDoc.json().error.details.issues[0].path).toBe('body.documentNo');
    const ok = await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/status`,
      payload: {
        status: 'accredited',
        reason: '评审通过',
        documentNo: '盘科协发〔2026〕8号',
        batch: '2026—2030',
        validUntil: '2030-12-31',
      },
    });
    expect(ok.json()).toMatchObject({ status: 'accredited', batch: '2026—2030' });
    const d = (await t.app.inject({ method: 'GET', url: `/api/pub/venues/${venueId}` })).json();
    expect(
      d.events.map((e: { toStatus: string; documentNo: string | null }) => [e.toStatus, e.documentNo]),
    ).toEqual([
      ['applying', null],
      ['accredited', '盘科协发〔2026〕8号'],
    ]);
  });

  it('lists accredited venues publicly by category, audience and bookability', async () => {
    const ids = async (q: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/pub/venues${q}` }))
        .json()
        .map((v: { id: number }) => v.id);
    expect(await ids('?category=science_centre&audience=elderly&bookable=true')).toContain(venueId);
    expect(await ids('?audience=students')).not.toContain(venueId);
    const bad = await t.app.inject({ method: 'GET', url: '/api/pub/venues?audience=aliens' });
    expect([bad.statusCode, bad.json().error.details.issues[0].path]).toEqual([400, 'querystring.audience']);
  });

  it('lists as open now only what its weekly hours open at this moment in Beijing', async () => {
    const openNow = async (moment: string) => {
      at = new Date(moment);
      try {
        const list = (await t.app.inject({ method: 'GET', url: '/api/pub/venues?open=true' })).json();
        const mine = (await t.app.inject({ method: 'GET', url: `/api/pub/venues/${venueId}` })).json();
        return [list.some((v: { id: number }) => v.id === venueId), mine.venue.openNow];
      } finally {
        at = null;
      }
    };
    // Monday 2026-12-07 is closed all day; Tuesday opens at 9:00 Beijing time (01:00 UTC)
    expect(await openNow('2026-12-07T10:00:00+08:00')).toEqual([false, false]);
    expect(await openNow('2026-12-08T08:59:00+08:00')).toEqual([false, false]);
    expect(await openNow('2026-12-08T01:00:00Z')).toEqual([true, true]);
    expect(await openNow('2026-12-08T16:30:00+08:00')).toEqual([false, false]);
  });

  it('refuses weekly hours that close before they open, naming the period', async () => {
    const r = await t.as('office', {
      method: 'POST',
      url: '/api/svc/venues',
      payload: {
        name: '时段有误的场馆',
        level: 'district',
        category: 'community',
        areaCode: '211103',
        address: '兴隆台区',
        weeklyHours: [
          { days: [1], opens: '09:00', closes: '17:00' },
          { days: [2], opens: '17:00', closes: '09:00' },
        ],
      },
    });
    expect([r.statusCode, r.json().error.details.issues[0].path]).toEqual([400, 'body.weeklyHours.1.closes']);
    expect(r.json().error.code).toBe('validation.failed');
  });

  it('books a slot for a school class without overbooking, and records visits on the ledger', async () => {
    await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/slots`,
      payload: {
        slots: [{ startsAt: `${Y + 5}-05-10T01:00:00Z`, endsAt: `${Y + 5}-05-10T03:00:00Z`, capacity: 60 }],
      },
    });
    await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/slots`,
      payload: {
        slots: [{ startsAt: '2020-05-10T01:00:00Z', endsAt: '2020-05-10T03:00:00Z', capacity: 60 }],
      },
    });
    const page = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/pub/venues/${venueId}` })).json();
    // the public sees the slots still to come (not the past one), the places left and who accredited it by
    // document, not by account
    const before = await page();
    expect(before.slots.map((s: { startsAt: string; left: number }) => [s.startsAt, s.left])).toEqual([
      [`${Y + 5}-05-10T01:00:00.000Z`, 60],
    ]);
    expect(JSON.stringify(before)).not.toContain('byName');
    const staff = await t.as('office', { method: 'GET', url: `/api/svc/venues/${venueId}` });
    expect(staff.json().events.at(-1).byName).toBe('office');
    expect((await t.app.inject({ method: 'GET', url: `/api/svc/venues/${venueId}` })).statusCode).toBe(401);
    const slotId = before.slots[0].id;
    const past = (await t.as('office', { method: 'GET', url: `/api/svc/venues/${venueId}` }))
      .json()
      .slots.find((s: { startsAt: string }) => s.startsAt.startsWith('2020'));
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/pub/bookings',
      payload: { slotId: past.id, groupName: '迟到的班级', contact: '赵老师', size: 5, targetGroup: 'youth' },
    });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'svc.booking.closed_conflict']);
    const book = (size: number, k: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/pub/bookings',
        payload: {
          slotId,
          groupName: `实验小学四年${k}班`,
          contact: '王老师 13900000000',
          size,
          targetGroup: 'youth',
        },
      });
    const all = await Promise.all([1, 2, 3].map((k) => book(25, k)));
    expect(all.map((r) => r.statusCode).sort()).toEqual([201, 201, 409]);
    expect(all.find((r) => r.statusCode === 409)?.json().error.details.left).toBe(10);
    expect((await page()).slots[0].left).toBe(10);
    const visit = await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/visits`,
      payload: { targetGroup: 'youth', count: 50 },
    });
    expect(visit.json()).toEqual({ recorded: 50 });
    // the bookings with their contacts: the office (the venue has no host unit), not a liaison or the public
    const bookings = await t.as('office', { method: 'GET', url: `/api/svc/venues/${venueId}/bookings` });
    expect(bookings.json().map((b: { size: number; contact: string }) => [b.size, b.contact])).toEqual([
      [25, '王老师 13900000000'],
      [25, '王老师 13900000000'],
    ]);
    expect(
      (await t.as('edu', { method: 'GET', url: `/api/svc/venues/${venueId}/bookings` })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/svc/venues/${venueId}/bookings` })).statusCode,
    ).toBe(401);
    const f = (
      await t.as('office', {
        method: 'GET',
        url: `/api/svc/ledger/figures?year=${new Date().getUTCFullYear()}`,
      })
    ).json();
    expect(
      f.districts.find((x: { areaCode: string }) => x.areaCode === '211103').byGroup.youth,
    ).toBeGreaterThanOrEqual(50);
  });

  it('lets a group cancel its booking by its link and staff cancel one with a reason; the places go back', async () => {
    const startsAt = `${Y + 5}-06-01T01:00:00Z`;
    const slots = await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/slots`,
      payload: { slots: [{ startsAt, endsAt: `${Y + 5}-06-01T03:00:00Z`, capacity: 40 }] },
    });
    const slotId = slots
      .json()
      .find((s: { startsAt: string }) => s.startsAt === `${Y + 5}-06-01T01:00:00.000Z`).id;
    const left = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/pub/venues/${venueId}` }))
        .json()
        .slots.find((s: { id: number }) => s.id === slotId).left;
    const book = async (groupName: string, size: number) => {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/pub/bookings',
        payload: { slotId, groupName, contact: '李老师 13900000001', size, targetGroup: 'youth' },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as { id: number; token: string };
    };
    const first = await book('二中初一三班', 30);
    const second = await book('二中初一四班', 10);
    expect(first.token).toMatch(/^[A-Z2-7]{16}$/);
    expect(await left()).toBe(0);

    // the group's own link: its booking and the slot; cancelling frees its 30 places; again changes nothing
    const pub = (method: 'GET' | 'POST', url: string) => t.app.inject({ method, url });
    expect((await pub('GET', `/api/pub/bookings/${first.token}`)).json()).toMatchObject({
      booking: { groupName: '二中初一三班', size: 30, status: 'booked' },
      slot: { startsAt: `${Y + 5}-06-01T01:00:00.000Z` },
      cancellable: true,
    });
    const gone = await pub('POST', `/api/pub/bookings/${first.token}/cancel`);
    expect(gone.json()).toMatchObject({
      booking: { status: 'cancelled', cancelReason: null },
      cancellable: false,
    });
    expect((await pub('POST', `/api/pub/bookings/${first.token}/cancel`)).statusCode).toBe(200);
    expect(await left()).toBe(30);
    expect((await pub('GET', '/api/pub/bookings/AAAAAAAAAAAAAAAA')).statusCode).toBe(404);

    // staff: a reason is required; a liaison of another unit may not; the office may
    const staffCancel = (who: string | null, reason: string) =>
      t.as(who, { method: 'POST', url: `/api/svc/bookings/${second.id}/cancel`, payload: { reason } });
    const blank = await staffCancel('office', ' ');
    expect([blank.statusCode, blank.json().error.details.issues[0].path]).toEqual([400, 'body.reason']);
    expect((await staffCancel('edu', '学校来电取消')).statusCode).toBe(403);
    expect((await staffCancel(null, '学校来电取消')).statusCode).toBe(401);
    const done = await staffCancel('office', '学校来电：当天有考试');
    expect(done.json()).toMatchObject({ status: 'cancelled', cancelReason: '学校来电：当天有考试' });
    expect(await left()).toBe(40);
    expect((await pub('GET', `/api/pub/bookings/${second.token}`)).json().booking.cancelReason).toBe(
      '学校来电：当天有考试',
    );

    // once the slot has begun a booking stands
    const third = await book('二中初一五班', 5);
    at = new Date(Date.parse(startsAt) + 60_000);
    try {
      const late = await pub('POST', `/api/pub/bookings/${third.token}/cancel`);
      expect([late.statusCode, late.json().error.code]).toEqual([409, 'svc.booking.cancel_conflict']);
    } finally {
      at = null;
    }
    const log = await t.as('office', { method: 'GET', url: '/api/audit?action=svc.booking.cancel' });
    expect(log.statusCode, log.body).toBe(200);
    expect(JSON.stringify(log.json())).toContain('学校来电：当天有考试');
  });
});
