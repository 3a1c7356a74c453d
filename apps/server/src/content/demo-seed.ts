// Demo data of science content, marked `demo` afterwards (markDemoRecords) and said so on every page (示例): an
// article and a rumour card reviewed by demo experts and published, a cold-wave emergency pack reviewed and kept
// ready for emergency mode, and a work waiting for a reviewer. Each goes through the real review (a key per review).
import type { KepuContext } from '@kepu/db';
import {
  assignReviewer,
  createWork,
  giveVerdict,
  publishWork,
  submitWork,
  type WorkBody,
} from '@kepu/domain/content';

const works: (WorkBody & { reach: 'publish' | 'approve' | 'submit' })[] = [
  {
    reach: 'publish',
    kind: 'article',
    title: '冬季取暖防范一氧化碳中毒（示例）',
    topics: ['health', 'public_health'],
    targetGroups: ['elderly', 'farmers', 'public'],
    unitId: null,
    author: '盘锦市科协',
    source: '盘锦市科协科普部',
    licence: 'CC BY 4.0',
    hazard: null,
    summary: '燃煤取暖要通风，安装一氧化碳报警器；头痛头晕要立即开窗、离开房间并拨打 120。',
    body: '一氧化碳无色无味，中毒初期常被误认为感冒。\n燃煤炉具要安装烟囱并定期清理，睡前检查炉火，保持室内通风。\n出现头痛、头晕、恶心时，立即开窗通风，离开房间，严重者拨打 120。',
    mediaUrl: null,
    rumour: null,
  },
  {
    reach: 'publish',
    kind: 'rumour',
    title: '“喝醋能预防流感”？（示例）',
    topics: ['public_health', 'health'],
    targetGroups: ['elderly', 'public'],
    unitId: null,
    author: '盘锦市疾控中心',
    source: '国家卫生健康委员会科普资料',
    licence: '',
    hazard: null,
    summary: '喝醋、熏醋都不能预防流感，接种疫苗和勤洗手才有效。',
    body: '食醋中的醋酸浓度很低，喝下去或熏蒸都达不到杀灭病毒的效果，熏醋反而可能刺激呼吸道。\n预防流感最有效的办法是每年接种流感疫苗，勤洗手，咳嗽打喷嚏时遮挡口鼻。',
    mediaUrl: null,
    rumour: {
      claim: '喝醋、熏醋可以预防流感。',
      verdict: 'false',
      sources: ['国家卫生健康委员会：流行性感冒预防指南'],
    },
  },
  {
    reach: 'approve',
    kind: 'emergency_pack',
    title: '寒潮来了：防寒防冻十条（示例）',
    topics: ['cold_wave'],
    targetGroups: ['elderly', 'farmers', 'workers', 'public'],
    unitId: null,
    author: '盘锦市气象局',
    source: '盘锦市气象局',
    licence: '',
    hazard: 'cold_wave',
    summary: '寒潮预警发布后，请减少外出，注意保暖，防范道路结冰和一氧化碳中毒。',
    body: '一、关注寒潮预警，减少不必要的外出。\n二、老人、儿童和慢性病患者注意保暖，备好常用药。\n三、检查取暖设施，防范一氧化碳中毒。\n四、户外作业缩短时间，防止冻伤。\n五、大棚加固保温，畜禽圈舍防风。',
    mediaUrl: null,
    rumour: null,
  },
  {
    reach: 'submit',
    kind: 'article',
    title: '人工智能助手怎么用才安全（示例）',
    topics: ['ai_digital'],
    targetGroups: ['elderly', 'officials'],
    unitId: null,
    author: '盘锦市科技馆',
    source: '',
    licence: '',
    hazard: null,
    summary: '',
    body: '不要把身份证号、银行卡密码告诉任何聊天软件。\n人工智能的回答可能出错，看病吃药请听医生的。',
    mediaUrl: null,
    rumour: null,
  },
];

export async function seedContentDemo(ctx: KepuContext): Promise<void> {
  for (const { reach, ...body } of works) {
    const w = await createWork(ctx, body);
    await submitWork(ctx, w.id);
    if (reach === 'submit') continue;
    const [expert] = await ctx.stores.exp.listExperts({ topic: body.topics[0], available: true });
    if (!expert) throw new Error(`content demo: no demo expert on ${body.topics[0]}`);
    const { token } = await assignReviewer(ctx, w.id, expert.id);
    await giveVerdict(ctx, token, { verdict: 'approve', comments: '内容准确，同意发布。' });
    if (reach === 'publish') await publishWork(ctx, w.id);
  }
}
