// Demo data of the contests: a bank of approved items, an elder-friendly untimed contest open for a month, and a few
// submitted papers so the leaderboards and the participation by district show something; every one named or marked
// 示例 (markDemoRecords sets `demo`).
import { randomBytes } from 'node:crypto';
import type { KepuContext } from '@kepu/db';
import {
  closeAttempt,
  createContest,
  createItem,
  openAttempt,
  type QuizItem,
  recordResults,
  recordStarts,
  reviewItem,
} from '@kepu/domain/contest';

const items = [
  [
    'single',
    '（示例）地震发生时，在室内应首先怎样做？',
    ['立刻乘电梯下楼', '就近躲在坚固的桌下护住头部', '跳窗逃生'],
    [1],
    '防灾减灾',
    'easy',
    '就近躲避、保护头颈是第一步；电梯可能停运。',
  ],
  [
    'truefalse',
    '（示例）燃气泄漏时，应立即打开排风扇通风。',
    ['对', '错'],
    [1],
    '防灾减灾',
    'easy',
    '开关电器会产生电火花，应先关阀门、开窗通风。',
  ],
  [
    'multiple',
    '（示例）下列哪些做法有助于预防电信诈骗？',
    ['不向陌生人透露验证码', '安装国家反诈中心App', '按对方要求转账到“安全账户”'],
    [0, 1],
    '科学常识',
    'medium',
    '公检法不会要求转账到“安全账户”。',
  ],
  [
    'single',
    '（示例）水稻田晒田一般在什么时候进行？',
    ['播种前', '分蘖末期', '收割后'],
    [1],
    '科学常识',
    'medium',
    '分蘖末期晒田可控制无效分蘖、壮根。',
  ],
  [
    'truefalse',
    '（示例）高血压患者感觉良好时可以自行停药。',
    ['对', '错'],
    [1],
    '健康生活',
    'easy',
    '擅自停药可能导致血压反弹，应遵医嘱。',
  ],
  [
    'single',
    '（示例）成年人每天食盐摄入量建议不超过多少克？',
    ['5 克', '10 克', '15 克'],
    [0],
    '健康生活',
    'hard',
    '《中国居民膳食指南》建议不超过 5 克。',
  ],
] as const;

export async function seedContestDemo(ctx: KepuContext): Promise<void> {
  const now = ctx.clock.now();
  const bank: QuizItem[] = [];
  for (const [kind, stem, options, answer, topic, difficulty, explanation] of items) {
    const i = await createItem(ctx, {
      kind,
      stem,
      options: [...options],
      answer: [...answer],
      topic,
      difficulty,
      targetGroups: ['farmers', 'elderly', 'public'],
      explanation,
      image: null,
    });
    bank.push(await reviewItem(ctx, i.id, 'approved'));
  }
  const contest = await createContest(ctx, {
    title: '（示例）防灾减灾与健康生活知识竞赛（适老版）',
    mode: 'untimed',
    opensAt: new Date(now.getTime() - 86_400_000).toISOString(),
    closesAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    timeLimit: null,
    attemptCap: 3,
    areaCode: '211100',
    targetGroups: ['farmers', 'elderly', 'public'],
    rules: [
      { topic: '防灾减灾', count: 2 },
      { topic: '科学常识', count: 2 },
      { topic: '健康生活', count: 2 },
    ],
    scoring: { points: { easy: 5, medium: 10, hard: 15 }, partial: 0.5, speedBonus: null },
    teamMode: false,
  });
  const players = [
    ['王建国', '211104', '田家街道办事处', 'farmers', 6],
    ['李秀兰', '211122', '盘山县科协', 'elderly', 5],
    ['张志明', '211103', '兴隆台区科协', 'public', 4],
    ['刘玉芬', '211102', '双台子区科协', 'elderly', 3],
  ] as const;
  const areas = await ctx.stores.areas.list();
  const path = (code: string) => {
    const out: string[] = [];
    for (
      let a = areas.find((x) => x.code === code);
      a?.parentCode;
      a = areas.find((x) => x.code === a?.parentCode)
    )
      out.unshift(a.parentCode);
    return out;
  };
  const byId = new Map(bank.map((i) => [i.id, i]));
  for (const [k, [name, areaCode, unit, targetGroup, right]] of players.entries()) {
    const started = new Date(now.getTime() - (k + 2) * 3_600_000);
    const body = { name, phone: `1390000000${k}`, unit, areaCode, targetGroup, device: `demo-device-${k}` };
    const start = openAttempt(
      { token: randomBytes(12).toString('base64url'), playerKey: `demo-player-${k}` },
      contest,
      bank,
      { code: areaCode, path: path(areaCode) },
      body,
      started,
      0,
    );
    await recordStarts(ctx, [start]);
    const answers = start.paper.map((id, n) => (n < right ? [...(byId.get(id)?.answer ?? [])] : [2]));
    const result = closeAttempt(
      contest,
      start,
      bank,
      { answers },
      new Date(started.getTime() + 240_000),
      false,
    );
    await recordResults(ctx, [{ ...result, attempt: start }]);
  }
}
