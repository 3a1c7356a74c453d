// Experts' use-cases over the real ExpStore on each engine: the list of available experts by topic and pool that the
// content review picks reviewers from, and a content review's service record written to the ledger and voided with it.
import { type Actor, flattenAreaTree, loadAreaTree, zonedClock } from '@kepu/domain';
import { availableExperts, createExpert, recordContentReview, voidService } from '@kepu/domain/experts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  insertAreas,
  inUseCase,
  type KepuContext,
  openTestDatabases,
} from '../src/index.ts';

const office: Actor = { userId: 0, username: 'office', role: 'office', unitId: null, areaCode: null };

describe.each(openTestDatabases())('expert use-cases on $name', ({ open }) => {
  let h: DatabaseHandle;
  const clock = zonedClock('Asia/Shanghai');
  const run = <T>(fn: (ctx: KepuContext) => Promise<T>) => inUseCase(h.db, office, clock, fn);
  const base = {
    gender: null,
    title: '主任医师',
    fields: [],
    languages: ['普通话'],
    availability: '',
    phone: '13900000001',
    publicDisplay: false,
    consent: true as const,
  };

  beforeAll(async () => {
    h = await open();
    await insertAreas(h.db, flattenAreaTree(loadAreaTree('211100')));
  });
  afterAll(() => h?.close());

  it('lists the available experts of a topic, optionally of one pool and area', async () => {
    const pools = await run((ctx) => ctx.stores.exp.listPools());
    expect(pools.map((p) => p.name)).toEqual(['科普名师库', '应急科普专家队伍', '辟谣专家']);
    const [, emergency, rumour] = pools.map((p) => p.id);
    const a = await run((ctx) =>
      createExpert(ctx, {
        ...base,
        name: '刘建华',
        organisation: '市疾控中心',
        topics: ['public_health', 'food_safety'],
        areaCodes: ['211100'],
        available: true,
        poolIds: [emergency as number, rumour as number],
      }),
    );
    await run((ctx) =>
      createExpert(ctx, {
        ...base,
        name: '赵志强',
        organisation: '市地震局',
        topics: ['public_health'],
        areaCodes: ['211104'],
        available: false,
        poolIds: [emergency as number],
      }),
    );
    const byTopic = await run((ctx) => availableExperts(ctx, { topic: 'public_health' }));
    expect(byTopic.map((e) => e.name)).toEqual(['刘建华']);
    expect(
      (await run((ctx) => availableExperts(ctx, { topic: 'food_safety', pool: 'teachers' }))).length,
    ).toBe(0);
    // an expert of the whole city serves each district
    const inDistrict = await run((ctx) => availableExperts(ctx, { topic: 'food_safety', area: '211104' }));
    expect(inDistrict.map((e) => e.id)).toEqual([a.id]);
  });

  it('writes a content review to the ledger as expert_service and voids it with the record', async () => {
    const [expert] = await run((ctx) => availableExperts(ctx, { topic: 'food_safety' }));
    const rec = await run((ctx) =>
      recordContentReview(ctx, {
        expertId: expert?.id as number,
        date: '2026-01-05',
        hours: 1.5,
        ref: 'content:7',
      }),
    );
    const live = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from svc_ledger where kind = 'expert_service'
          and evidence = ${`exp_service:${rec.id}`} and voided_at is null`.execute(h.db)
      ).rows[0]?.n;
    expect(await live()).toBe(1);
    await run((ctx) => voidService(ctx, rec.id, '重复登记'));
    expect(await live()).toBe(0);
  });
});
