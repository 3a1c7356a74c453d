// Demo data of the experts: a few experts in each pool (their organisations say 示例; marked `demo` afterwards by
// markDemoRecords), a consultation served last month, and an invitation on the demo lecture waiting for an answer.
import type { KepuContext } from '@kepu/db';
import { createExpert, inviteExpert, recordService } from '@kepu/domain/experts';

type Seed = Omit<Parameters<typeof createExpert>[1], 'poolIds' | 'consent'> & { pools: string[] };

const base = { gender: null, fields: [], languages: ['普通话'], availability: '工作日', publicDisplay: true };
const experts: Seed[] = [
  {
    ...base,
    name: '刘建华',
    gender: 'male',
    title: '主任医师',
    organisation: '盘锦市疾病预防控制中心（示例）',
    fields: ['传染病防控', '健康教育'],
    topics: ['public_health', 'health', 'food_safety'],
    areaCodes: ['211100'],
    available: true,
    phone: '13700000101',
    pools: ['emergency', 'rumour'],
  },
  {
    ...base,
    name: '赵志强',
    title: '高级工程师',
    organisation: '盘锦市地震监测中心（示例）',
    fields: ['地震监测'],
    topics: ['earthquake'],
    areaCodes: ['211100'],
    available: true,
    phone: '13700000102',
    pools: ['emergency'],
  },
  {
    ...base,
    name: '孙丽娟',
    gender: 'female',
    title: '正高级工程师',
    organisation: '盘锦市气象台（示例）',
    fields: ['天气预报', '气候变化'],
    topics: ['flood', 'typhoon', 'cold_wave', 'environment'],
    areaCodes: ['211100'],
    languages: ['普通话', '英语'],
    available: true,
    phone: '13700000103',
    pools: ['emergency', 'teachers'],
  },
  {
    ...base,
    name: '周国庆',
    title: '高级工程师',
    organisation: '兴隆台区应急管理服务中心（示例）',
    fields: ['危险化学品安全', '燃气安全'],
    topics: ['chemical', 'fire'],
    areaCodes: ['211103'],
    available: true,
    phone: '13700000104',
    pools: ['emergency'],
  },
  {
    ...base,
    name: '吴晓燕',
    gender: 'female',
    title: '中学高级教师',
    organisation: '盘锦市某中学（示例）',
    fields: ['物理教学', '天文观测'],
    topics: ['astronomy', 'ai_digital'],
    areaCodes: ['211102'],
    available: true,
    phone: '13700000105',
    pools: ['teachers'],
  },
  {
    ...base,
    name: '郑海波',
    title: '研究员',
    organisation: '盘锦市农业科学研究所（示例）',
    fields: ['水稻栽培', '设施农业'],
    topics: ['agriculture', 'food_safety'],
    areaCodes: ['211104', '211122'],
    available: true,
    phone: '13700000106',
    pools: ['teachers', 'rumour'],
  },
  {
    ...base,
    name: '陈静',
    gender: 'female',
    title: '副教授',
    organisation: '盘锦某高校信息学院（示例）',
    fields: ['人工智能'],
    topics: ['ai_digital', 'environment'],
    areaCodes: ['211103'],
    available: false,
    availability: '寒假期间不便',
    publicDisplay: false,
    phone: '13700000107',
    pools: ['rumour'],
  },
];

export async function seedExpertsDemo(ctx: KepuContext): Promise<void> {
  const pools = new Map((await ctx.stores.exp.listPools()).map((p) => [p.code, p.id]));
  const ids = new Map<string, number>();
  for (const { pools: codes, ...e } of experts) {
    const { id } = await createExpert(ctx, {
      ...e,
      poolIds: codes.map((c) => pools.get(c) as number),
      consent: true,
    });
    ids.set(e.name, id);
  }
  const lastMonth = new Date(ctx.clock.now().getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  await recordService(ctx, {
    expertId: ids.get('刘建华') as number,
    kind: 'consultation',
    date: lastMonth,
    hours: 2,
    activityId: null,
    note: '流感季社区健康咨询（示例）',
  });
  const lecture = (await ctx.stores.svc.listActivities({})).find((a) => a.title.includes('用电用气'));
  if (lecture)
    await inviteExpert(ctx, lecture.id, {
      expertId: ids.get('周国庆') as number,
      topic: 'fire',
      note: '请讲解燃气泄漏的识别与应急处置，约 40 分钟（示例）。',
    });
}
