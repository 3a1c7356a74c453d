// Quizzes and contests (issue 17) as one plugin: the rounds' live layer (Redis at REDIS_URL, else in-process; each
// server may name its own key prefix) is opened here and closed with the server.
import type { FastifyInstance } from 'fastify';
import { liveFor } from '../../contest/live.ts';
import { contestRounds } from '../../contest/round.ts';
import { contestRoutes } from './contests.routes.ts';
import { imageRoutes } from './images.routes.ts';
import { itemRoutes } from './items.routes.ts';
import { playRoutes } from './play.routes.ts';
import { teamRoutes } from './teams.routes.ts';

export async function contestCapabilityRoutes(app: FastifyInstance) {
  const { db, clock, redis } = app.kepu;
  const live = liveFor(redis?.url ?? process.env.REDIS_URL, redis?.prefix ?? 'kepu:');
  app.addHook('onClose', () => live.close());
  const rounds = contestRounds(db, clock, live);
  for (const routes of [itemRoutes, imageRoutes, teamRoutes, contestRoutes(rounds), playRoutes(rounds)])
    await app.register(routes);
}
