// Venues and bases on each engine: registry, accreditation with reason and document number, the public list's
// filters, a school booking a slot without overbooking, and visits on the ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const Y = new Date().getUTCFullYear() - 1;

describe.each(engines)('venues on $name', ({ open }) => {
  let t: TestApp;
  let venueId: number;
  beforeAll(async () => {
    t = await startTestApp(open);
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
  });

  it('books a slot for a school class without overbooking, and records visits on the ledger', async () => {
    await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/slots`,
      payload: {
        slots: [{ startsAt: `${Y + 5}-05-10T01:00:00Z`, endsAt: `${Y + 5}-05-10T03:00:00Z`, capacity: 60 }],
      },
    });
    const slotId = (await t.app.inject({ method: 'GET', url: `/api/pub/venues/${venueId}` })).json().slots[0]
      .id;
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
    const visit = await t.as('office', {
      method: 'POST',
      url: `/api/svc/venues/${venueId}/visits`,
      payload: { targetGroup: 'youth', count: 50 },
    });
    expect(visit.json()).toEqual({ recorded: 50 });
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
});
