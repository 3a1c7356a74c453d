// Every route declares the permission its use-case refuses by (walked as each demo role), and imports no @kepu/db.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type AuthorizationCheck,
  observeAuthorization,
  type Permission,
  permissions,
  type Role,
  roles,
} from '@kepu/domain';
import type { HTTPMethods, RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

interface Route {
  method: HTTPMethods;
  url: string;
  access: string;
}

/** One demo account per role: office, a unit liaison, a district admin, a viewer. */
const walkers = roles.map((role) => demoAccounts.find((a) => a.role === role)?.username as string);

/** Plausible values for path parameters: ids 1, year 2025, plan `current`, an area code, a data set name. */
const sample: Record<string, string> = { planId: 'current', year: '2025', code: '211104', set: 'schools' };
const fill = (url: string) =>
  url.replace(/:(\w+)(\([^)]*\))?/g, (_, name: string) => sample[name] ?? '1').replace(/\*/g, 'x');

const everyRole = (p: Permission) =>
  roles.every((r) => (permissions[p].roles as readonly Role[]).includes(r));

/** Routes walked last: signing out ends the session the walk goes on with. */
const last = (r: Route) => (r.url === '/api/auth/logout' ? 1 : 0);

// Who may call a route is decided in the use-case, not by the engine: the walk (every route as every role, the run's
// longest in-process file on two engines) runs on one, PostgreSQL when it is there.
describe.each(engines.slice(-1))('every route as each role on $name', ({ open }) => {
  let t: TestApp;
  const routes: Route[] = [];
  beforeAll(async () => {
    t = await startTestApp(open, {
      onRoute: (r: RouteOptions) => {
        const methods = (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD');
        const access = String(r.config?.access ?? '');
        if (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs')) return;
        for (const method of methods) routes.push({ method, url: r.url, access });
      },
    });
    for (const who of walkers) await t.login(who); // signed in before the walk, so sign-in's own checks are not counted
    routes.sort((a, b) => last(a) - last(b));
  });
  afterAll(async () => {
    observeAuthorization(null);
    await t?.close();
  });

  it('finds the routes of every capability', () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/api/plans/:planId',
        '/api/users',
        '/api/acc/rounds',
        '/api/indicators/forms/:year',
      ]),
    );
  });

  it("declares in config.access every permission whose roles a use-case refuses by (not only 'signed-in' or 'public')", async () => {
    const undeclared = new Map<string, Set<Permission>>();
    const signedOut: string[] = [];
    const failed: string[] = [];
    for (const route of routes) {
      for (const who of walkers) {
        const checked: [Permission, AuthorizationCheck][] = [];
        observeAuthorization((p, check) => checked.push([p, check]));
        const res = await t.as(who, {
          method: route.method,
          url: fill(route.url),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        observeAuthorization(null);
        if (res.statusCode === 401) signedOut.push(`${route.method} ${route.url} as ${who}`);
        if (res.statusCode >= 500)
          failed.push(`${route.method} ${route.url} as ${who}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        if (route.access !== 'public' && route.access !== 'signed-in') continue;
        // `authorize` refuses by itself; `can` refuses when the request then ends in 403 (otherwise it only shows less)
        const refusing = checked.filter(
          ([p, check]) => (check === 'authorize' || res.statusCode === 403) && !everyRole(p),
        );
        for (const [p] of refusing) {
          const key = `${route.method} ${route.url} declares '${route.access}'`;
          undeclared.set(key, (undeclared.get(key) ?? new Set()).add(p));
        }
      }
    }
    expect(signedOut, 'requests answered 401 although signed in (the walk lost a session)').toEqual([]);
    expect(failed, 'requests with an empty body answered 5xx instead of naming the problem').toEqual([]);
    const list = [...undeclared].map(
      ([route, ps]) =>
        `${route} but its use-case checks ${[...ps].map((p) => `${p} (${permissions[p].roles.join(', ')})`).join(', ')}`,
    );
    expect(list, 'routes that should declare the permission they check').toEqual([]);
  });
});

describe('route files', () => {
  const root = join(import.meta.dirname, '../src/routes');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );

  it('import no @kepu/db: reads and changes go through use-cases and the stores of the context', () => {
    const offenders = files(root)
      .filter((f) =>
        /from\s+['"]@kepu\/db['"]|import\(\s*['"]@kepu\/db['"]\s*\)/.test(readFileSync(f, 'utf8')),
      )
      .map((f) => relative(root, f));
    expect(offenders, 'files under apps/server/src/routes that import @kepu/db').toEqual([]);
  });
});
