// Demo data of the public services: a campaign, a published lecture a month ahead and an accredited science centre,
// each named 示例 and marked `demo` afterwards (markDemoRecords), so a first start shows every services page.
import type { KepuContext } from '@kepu/db';
import {
  createActivity,
  createCampaign,
  createVenue,
  moveActivity,
  setVenueStatus,
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
  const start = day(30);
  start.setUTCHours(1, 0, 0, 0);
  const a = await createActivity(ctx, {
    title: '冬季用电用气安全讲座（示例）',
    campaignId: campaign.id,
    organiser: '兴隆台区科协（示例）',
    areaCode: '211103',
    venueId: null,
    address: '兴隆台区社区活动中心',
    coordinates: { lng: 122.07, lat: 41.12, system: 'gcj02' },
    type: 'lecture',
    targetGroups: ['elderly', 'public'],
    mode: 'offline',
    description: '示例活动：用电用气安全常识与应急处置。',
    sessions: [
      {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        capacity: 80,
      },
    ],
    form: [],
    retentionDays: 180,
  });
  for (const move of ['submit', 'approve', 'publish'] as const) await moveActivity(ctx, a.id, { move });
  const v = await createVenue(ctx, {
    name: '盘锦市科技馆（示例）',
    level: 'municipal',
    category: 'science_centre',
    hostUnitId: null,
    areaCode: '211103',
    address: '兴隆台区',
    coordinates: null,
    openingHours: '周二至周日 9:00—16:30',
    accessibility: ['step_free', 'toilet'],
    audiences: ['children', 'elderly', 'families'],
    bookable: true,
    batch: null,
    validUntil: null,
  });
  await setVenueStatus(ctx, v.id, {
    status: 'accredited',
    reason: '示例认定',
    documentNo: '示例〔2026〕1号',
    batch: '2026—2030',
    validUntil: '2030-12-31',
  });
}
