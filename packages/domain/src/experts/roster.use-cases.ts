// The emergency roster: per hazard topic, the available experts of the emergency pool with their organisation and
// areas, for rapid response. Phones are masked here; revealing one is the audited personal read.
import { authorize, can } from '../auth/policy.ts';
import { EMERGENCY_POOL, type ExpertTopic, hazardTopics } from './exp.codes.ts';
import type { ExpContext } from './exp.ports.ts';
import { expertScope } from './experts.use-cases.ts';

export async function emergencyRoster(ctx: ExpContext, q: { topic?: ExpertTopic; area?: string }) {
  authorize(ctx.actor, 'exp.read');
  const experts = await ctx.stores.exp.listExperts({
    poolCode: EMERGENCY_POOL,
    available: true,
    ...(q.area && { areaCode: q.area }),
  });
  const active = experts.filter((e) => e.status === 'active');
  const topics = q.topic ? [q.topic] : hazardTopics;
  return topics.map((topic) => ({
    topic,
    experts: active
      .filter((e) => e.topics.includes(topic))
      .map((e) => ({ expert: e, manage: can(ctx.actor, 'exp.manage', expertScope(e)) })),
  }));
}
