// Demo data of the public services: a campaign, three published activities in the weeks after the next four and five
// venues (four accredited, two of them taking group bookings in slots over the next three weeks), a science caravan
// with a stop held last week and one planned,
// each named 示例 and marked `demo` afterwards (markDemoRecords), so a first start shows every services page.
import type { KepuContext } from '@kepu/db';
import {
  addSlots,
  createActivity,
  createCampaign,
  createMobileUnit,
  createVenue,
  moveActivity,
  planTourStop,
  reportTourStop,
  setVenueStatus,
  type VenueInput,
  weekTime,
} from '@kepu/domain/services';

export async function seedServicesDemo(ctx: KepuContext): Promise<void> {
  const now = ctx.clock.now();
  const day = (d: number) => new Date(now.getTime() + d * 86_400_000);
  const y = now.getUTCFullYear();
  const campaign = await createCampaign(ctx, {
    name: `${y}年科普之冬（示例）`,
    kind: 'science_winter',
    startsOn: day(0).toISOString().slice(0, 10),
    endsOn: day(60).toISOString().slice(0, 10),
    themes: '冬季安全、健康生活',
  });
  // three published activities in three districts over the coming weeks, so that the portal's calendar and map have
  // something to show: a lecture a month ahead, an open day over two days, and a rural lecture in the campaign
  const at = (d: number, hour: number, hours: number, capacity: number) => {
    const s = day(d);
    s.setUTCHours(hour, 0, 0, 0);
    return {
      startsAt: s.toISOString(),
      endsAt: new Date(s.getTime() + hours * 3_600_000).toISOString(),
      capacity,
    };
  };
  const activities = [
    {
      title: '冬季用电用气安全讲座（示例）',
      organiser: '兴隆台区科协（示例）',
      areaCode: '211103',
      address: '兴隆台区社区活动中心',
      coordinates: { lng: 122.07, lat: 41.12, system: 'gcj02' as const },
      type: 'lecture' as const,
      targetGroups: ['elderly' as const, 'public' as const],
      description: '示例活动：用电用气安全常识与应急处置。',
      sessions: [at(30, 1, 2, 80)],
    },
    {
      title: '青少年科学实验开放日（示例）',
      organiser: '大洼区科协（示例）',
      areaCode: '211104',
      address: '大洼区青少年活动中心',
      coordinates: { lng: 122.08, lat: 40.99, system: 'gcj02' as const },
      type: 'open_day' as const,
      targetGroups: ['youth' as const],
      description: '示例活动：中小学生动手做科学实验，家长可陪同。',
      sessions: [at(33, 1, 3, 60), at(34, 1, 3, 60)],
    },
    {
      title: '设施农业冬季管理技术讲座（示例）',
      organiser: '盘山县科协（示例）',
      areaCode: '211122',
      address: '盘山县农业技术推广中心',
      coordinates: { lng: 121.99, lat: 41.24, system: 'gcj02' as const },
      type: 'lecture' as const,
      targetGroups: ['farmers' as const],
      description: '示例活动：大棚保温、病虫害防治和冬季管理。',
      sessions: [at(40, 1, 2, 120)],
    },
  ];
  for (const input of activities) {
    const a = await createActivity(ctx, {
      ...input,
      campaignId: campaign.id,
      venueId: null,
      mode: 'offline',
      form: [],
      retentionDays: 180,
    });
    for (const move of ['submit', 'approve', 'publish'] as const) await moveActivity(ctx, a.id, { move });
  }
  await seedDemoVenues(ctx, now);
  await seedDemoCaravan(ctx, day);
}

/** A 科普大篷车 with a stop held last week (reported: its visitors are on the ledger) and one planned next week. */
async function seedDemoCaravan(ctx: KepuContext, day: (d: number) => Date) {
  const date = (d: number) => day(d).toISOString().slice(0, 10);
  const unit = await createMobileUnit(ctx, {
    name: '盘锦市科普大篷车（示例）',
    kind: 'caravan',
    hostUnitId: null,
    areaCode: '211100',
  });
  const stop = (site: string, areaCode: string, d: number) =>
    planTourStop(ctx, unit.id, {
      site,
      areaCode,
      address: '',
      coordinates: null,
      startsOn: date(d),
      endsOn: date(d + 1),
      campaignId: null,
    });
  const held = await stop('盘山县太平镇中心小学（示例）', '211122', -8);
  await reportTourStop(ctx, held.id, { headcount: { youth: 360, farmers: 85 }, activities: 4, km: 46 });
  await stop('大洼区西安镇文化广场（示例）', '211104', 6);
}

const tueToSun = [{ days: [2, 3, 4, 5, 6, 7], opens: '09:00', closes: '16:30' }];
const weekdays = [
  { days: [1, 2, 3, 4, 5], opens: '08:30', closes: '11:30' },
  { days: [1, 2, 3, 4, 5], opens: '13:30', closes: '17:00' },
];
/** Four accredited demo venues across the districts (GCJ-02, as Chinese web maps give them), one still applying. */
const demoVenues: (Omit<VenueInput, 'hostUnitId' | 'batch' | 'validUntil'> & { accredit: boolean })[] = [
  {
    name: '盘锦市科技馆（示例）',
    level: 'municipal',
    category: 'science_centre',
    areaCode: '211103',
    address: '兴隆台区',
    coordinates: { lng: 122.0716, lat: 41.1224, system: 'gcj02' },
    openingHours: '周二至周日 9:00—16:30（周一闭馆）',
    weeklyHours: tueToSun,
    accessibility: ['step_free', 'toilet'],
    audiences: ['children', 'elderly', 'families'],
    bookable: true,
    accredit: true,
  },
  {
    name: '辽河油田科普教育基地（示例）',
    level: 'provincial',
    category: 'industry',
    areaCode: '211103',
    address: '兴隆台区油田展览馆',
    coordinates: { lng: 122.0302, lat: 41.1468, system: 'gcj02' },
    openingHours: '周一至周五 8:30—11:30、13:30—17:00',
    weeklyHours: weekdays,
    accessibility: ['step_free'],
    audiences: ['students', 'public'],
    bookable: true,
    accredit: true,
  },
  {
    name: '辽河口湿地科普馆（示例）',
    level: 'national',
    category: 'nature',
    areaCode: '211104',
    address: '大洼区赵圈河镇',
    coordinates: { lng: 121.8647, lat: 40.9587, system: 'gcj02' },
    openingHours: '每天 8:00—17:00',
    weeklyHours: [{ days: [1, 2, 3, 4, 5, 6, 7], opens: '08:00', closes: '17:00' }],
    accessibility: [],
    audiences: ['children', 'families', 'public'],
    bookable: false,
    accredit: true,
  },
  {
    name: '双台子区社区科普活动站（示例）',
    level: 'district',
    category: 'community',
    areaCode: '211102',
    address: '双台子区红旗街道',
    coordinates: { lng: 122.0557, lat: 41.1904, system: 'gcj02' },
    openingHours: '周一至周六 9:00—18:00',
    weeklyHours: [{ days: [1, 2, 3, 4, 5, 6], opens: '09:00', closes: '18:00' }],
    accessibility: ['step_free', 'large_print'],
    audiences: ['elderly', 'public'],
    bookable: false,
    accredit: true,
  },
  {
    name: '盘山县农业科技示范园（示例）',
    level: 'district',
    category: 'research',
    areaCode: '211122',
    address: '盘山县太平镇',
    coordinates: null,
    openingHours: '',
    weeklyHours: [],
    accessibility: [],
    audiences: ['public'],
    bookable: false,
    accredit: false,
  },
];

async function seedDemoVenues(ctx: KepuContext, now: Date) {
  for (const { accredit, ...input } of demoVenues) {
    const v = await createVenue(ctx, { ...input, hostUnitId: null, batch: null, validUntil: null });
    if (!accredit) continue;
    await setVenueStatus(ctx, v.id, {
      status: 'accredited',
      reason: '示例认定',
      documentNo: '示例〔2026〕1号',
      batch: '2026—2030',
      validUntil: '2030-12-31',
    });
    if (!input.bookable) continue;
    // group visits on the open days of the next three weeks: 9:30 and 14:00 Beijing time, 1.5 hours, 60 places
    const slots = [];
    for (let d = 1; d <= 21; d++) {
      const date = new Date(now.getTime() + d * 86_400_000);
      if (!input.weeklyHours.some((p) => p.days.includes(weekTime(ctx.clock.timeZone, date).day))) continue;
      for (const hour of [1.5, 6]) {
        const start = new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);
        start.setTime(start.getTime() + hour * 3_600_000);
        slots.push({
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 5_400_000).toISOString(),
          capacity: 60,
        });
      }
    }
    await addSlots(ctx, v.id, slots);
  }
}
