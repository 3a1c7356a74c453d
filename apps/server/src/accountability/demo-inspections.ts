// Demo inspections (督查) with rectification items in every state, one overdue for 市教育局, and their notifications.
import type { PlanBundle } from '@kepu/domain';
import { type AccStore, addDays } from '@kepu/domain/accountability';

const at = (date: string, hour = 10) => `${date}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;

export async function seedDemoInspections(
  store: AccStore,
  plan: PlanBundle,
  today: string,
  unit: (name: string) => number | undefined,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  const findings = [
    {
      heldOn: addDays(today, -60),
      title: `${year}年上半年全民科学素质工作督查`,
      method: '听取汇报、查阅台账、实地抽查',
      list: [
        {
          finding: '部分学校未配备科技辅导员，配备台账不完整。',
          owner: '市教育局',
          deadline: addDays(today, -10),
          state: 'open' as const,
        },
        {
          finding: '科普志愿者注册信息更新不及时。',
          owner: '市科协',
          deadline: addDays(today, -20),
          state: 'closed' as const,
        },
      ],
    },
    {
      heldOn: addDays(today, -15),
      title: '科普基础设施专项检查',
      method: '实地检查',
      list: [
        {
          finding: '社区科普活动室开放时间未公示。',
          owner: '市民政局',
          deadline: addDays(today, 20),
          state: 'responded' as const,
        },
        {
          finding: '流动科技馆巡展覆盖乡镇偏少。',
          owner: '市科协',
          deadline: addDays(today, 30),
          state: 'open' as const,
        },
      ],
    },
  ];
  for (const f of findings) {
    const owners = f.list.map((x) => unit(x.owner)).filter((x): x is number => x !== undefined);
    const insp = await store.insertInspection({
      planId: plan.plan.id,
      heldOn: f.heldOn,
      title: f.title,
      method: f.method,
      unitIds: [...new Set(owners)],
      taskNumbers: [],
      summary: '总体推进有序，发现问题如下。',
    });
    for (const x of f.list) {
      const ownerUnitId = unit(x.owner);
      if (!ownerUnitId) continue;
      const r = await store.insertRectification({
        inspectionId: insp.id,
        finding: x.finding,
        ownerUnitId,
        deadline: x.deadline,
        state: 'open',
        response: '',
        respondedAt: null,
        closedAt: null,
        note: '',
        reopenCount: 0,
      });
      if (x.state !== 'open')
        await store.updateRectification(r.id, {
          state: x.state,
          response: '已制定整改方案并落实，相关台账已补齐。',
          respondedAt: at(addDays(x.deadline, -5)),
          closedAt: x.state === 'closed' ? at(addDays(x.deadline, -2)) : null,
        });
      await store.notify({
        unitId: ownerUnitId,
        kind: 'rectification_assigned',
        dedupeKey: `rectification-assigned:${r.id}`,
        params: { title: f.title, deadline: x.deadline },
        link: `/acc/inspections#rect-${r.id}`,
      });
    }
  }
}
