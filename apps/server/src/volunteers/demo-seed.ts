// Demo data of the volunteers: a city 支队, a district 大队 and a unit 分队 with a drawn seal, three volunteers (one
// with enough approved hours for a star and a certificate), and an opportunity at the demo lecture; teams, volunteers
// and the opportunity are marked `demo` afterwards (markDemoRecords), and the pages say 示例.
import type { KepuContext } from '@kepu/db';
import {
  createOpportunity,
  createTeam,
  enterHours,
  issueCertificate,
  moveHours,
  registerVolunteer,
  setTeamSeal,
} from '@kepu/domain/volunteers';
import { drawnSeal } from './seal.ts';

const H = 3_600_000;

export async function seedVolunteersDemo(ctx: KepuContext): Promise<void> {
  const now = ctx.clock.now().getTime();
  const city = await createTeam(ctx, {
    name: '盘锦市科技志愿服务支队（示例）',
    level: 'city',
    parentId: null,
    areaCode: '211100',
    host: '盘锦市科协',
  });
  const district = await createTeam(ctx, {
    name: '兴隆台区科技志愿服务大队（示例）',
    level: 'district',
    parentId: city.id,
    areaCode: '211103',
    host: '兴隆台区科协',
  });
  const unit = await createTeam(ctx, {
    name: '兴隆台区科技馆志愿服务分队（示例）',
    level: 'unit',
    parentId: district.id,
    areaCode: '211103',
    host: '兴隆台区科技馆',
  });
  await setTeamSeal(ctx, unit.id, drawnSeal(unit.host));
  const people = [
    {
      name: '张晓明',
      phone: '13800000001',
      birthDate: '1985-03-12',
      skills: ['科普讲解', '急救'],
      publicDisplay: true,
    },
    { name: '李思雨', phone: '13800000002', birthDate: '2001-09-30', skills: ['摄影'], publicDisplay: false },
    {
      name: '王小童',
      phone: '13800000003',
      birthDate: '2015-06-01',
      skills: ['小小讲解员'],
      publicDisplay: false,
    },
  ];
  const ids: number[] = [];
  for (const p of people) {
    const minor = p.birthDate > '2012-01-01';
    const { id } = await registerVolunteer(ctx, {
      ...p,
      teamId: unit.id,
      availability: ['周末'],
      guardian: minor ? { name: '王建国', phone: '13800000004' } : null,
      consent: true,
    });
    ids.push(id);
  }
  const lecture = (await ctx.stores.svc.listActivities({})).find((a) => a.title.includes('示例'));
  await createOpportunity(ctx, {
    teamId: unit.id,
    activityId: lecture?.id ?? null,
    title: '冬季用电用气安全讲座 · 现场引导（示例）',
    role: '引导与签到',
    startsAt: new Date(now + 30 * 24 * H).toISOString(),
    endsAt: new Date(now + 30 * 24 * H + 4 * H).toISOString(),
    slots: 6,
    skills: ['科普讲解'],
  });
  // 21 past weeks of 6 h for the first volunteer: 19 approved (114 h, one star), the last two left for the team
  const hours = [];
  for (let w = 1; w <= 21; w++) {
    const start = new Date(now - w * 7 * 24 * H);
    hours.push(
      await enterHours(ctx, {
        volunteerId: ids[0] as number,
        teamId: unit.id,
        opportunityId: null,
        startedAt: start.toISOString(),
        endedAt: new Date(start.getTime() + 6 * H).toISOString(),
        note: '科技馆展厅讲解（示例）',
      }),
    );
  }
  await moveHours(
    ctx,
    hours.slice(2).map((h) => h.id),
    'approve',
    '',
  );
  const first = hours[hours.length - 1]?.startedAt.slice(0, 10) ?? '';
  await issueCertificate(ctx, {
    volunteerId: ids[0] as number,
    teamId: unit.id,
    periodFrom: first,
    periodTo: ctx.clock.today(),
  });
}
