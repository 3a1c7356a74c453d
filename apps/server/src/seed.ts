// Demo data for a first start: the Panjin outline, its area tree (within Liaoning's), one account per role, the survey's illustrative
// instrument and a survey in fieldwork (named 示例); what the demo made up (reports, inspections, schools, literacy
// estimates) is marked as demo.

import {
  type Database,
  hashPassword,
  insertAreas,
  insertUser,
  listPlans,
  loadPlanBundle,
  markDemoRecords,
  useCaseContext,
} from '@kepu/db';
import {
  type Actor,
  demoAuditActor,
  importPlan,
  loadPanjinOutline,
  type Role,
  zonedClock,
} from '@kepu/domain';
import type { Kysely } from 'kysely';
import { seedAccountabilityDemo } from './accountability/demo-seed.ts';
import { seedContentDemo } from './content/demo-seed.ts';
import { seedContestDemo } from './contest/demo-seed.ts';
import { seedExpertsDemo } from './experts/demo-seed.ts';
import { demoYears, indicatorDemoAccounts, seedIndicatorsDemo } from './indicators/demo-seed.ts';
import { demoAreaNodes, seedCascadeDemo } from './jurisdictions/demo-seed.ts';
import { seedServicesDemo } from './services/demo-seed.ts';
import { seedSurveyDemo } from './survey/demo-seed.ts';
import { seedTrainingDemo } from './training/demo-seed.ts';
import { seedVolunteersDemo } from './volunteers/demo-seed.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  unitName?: string;
  areaCode?: string;
  /** The jurisdiction the account is scoped to (and everything below it); absent: the server's default. */
  jurisdictionCode?: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'office', password: 'kepu-office-2025', role: 'office', displayName: '市科协 领导小组办公室' },
  {
    username: 'edu',
    password: 'kepu-liaison-2025',
    role: 'liaison',
    displayName: '市教育局 联络员',
    unitName: '市教育局',
  },
  {
    username: 'kexie',
    password: 'kepu-liaison-2025',
    role: 'liaison',
    displayName: '市科协 联络员',
    unitName: '市科协',
  },
  {
    username: 'dawa',
    password: 'kepu-district-2025',
    role: 'district',
    displayName: '大洼区 管理员',
    areaCode: '211104',
  },
  { username: 'viewer', password: 'kepu-viewer-2025', role: 'viewer', displayName: '只读用户' },
  { username: 'analyst', password: 'kepu-analyst-2025', role: 'analyst', displayName: '调查分析员' },
  {
    username: 'liaoning',
    password: 'kepu-province-2025',
    role: 'office',
    displayName: '辽宁省科协 领导小组办公室（示例）',
    jurisdictionCode: '210000',
  },
  {
    username: 'interviewer',
    password: 'kepu-interviewer-2025',
    role: 'interviewer',
    displayName: '调查员 张',
  },
];

/** Every account the demo data creates (the indicators demo adds a 大洼区 liaison), as `kepu serve` prints them. */
export const everyDemoAccount: DemoAccount[] = [...demoAccounts, ...indicatorDemoAccounts];

/** The demo data acts as itself: its audit entries read "demo data", not a person or the system. */
const demo: Actor = { userId: 0, username: demoAuditActor, role: 'office', unitId: null, areaCode: null };

/** Loads the demo data unless a plan is already stored; returns whether it did. */
export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  if ((await listPlans(db)).length > 0) return false;
  await db.transaction().execute(async (trx) => {
    // Liaoning's cities and counties with Panjin's full tree among them (the cascade demo, issue 13)
    await insertAreas(trx, demoAreaNodes());
    // the plan comes first in the demo's history: its import is dated early in the year before the first demo
    // statistics are filed (they are accepted that June), not at the moment of seeding, so the log reads in order
    const planContext = useCaseContext(trx, demo, zonedClock());
    const planDay = `${(demoYears(new Date())[0] as number) + 1}-01-05T02:00:00.000Z`;
    await importPlan(
      { ...planContext, audit: { write: (e) => planContext.audit.write({ ...e, at: planDay }) } },
      loadPanjinOutline(),
    );
    const units = await trx.selectFrom('org_units').select(['id', 'name']).execute();
    for (const a of demoAccounts) {
      const unitId = a.unitName ? (units.find((u) => u.name === a.unitName)?.id ?? null) : null;
      await insertUser(trx, {
        username: a.username,
        displayName: a.displayName,
        passwordHash: await hashPassword(a.password),
        role: a.role,
        unitId,
        areaCode: a.areaCode ?? null,
        jurisdictionCode: a.jurisdictionCode ?? null,
      });
    }
    await seedIndicatorsDemo(useCaseContext(trx, demo, zonedClock()));
    await seedSurveyDemo(useCaseContext(trx, demo, zonedClock()));
    await seedServicesDemo(useCaseContext(trx, demo, zonedClock()));
    await seedVolunteersDemo(useCaseContext(trx, demo, zonedClock()));
    await seedContestDemo(useCaseContext(trx, demo, zonedClock()));
    await seedExpertsDemo(useCaseContext(trx, demo, zonedClock()));
    await seedContentDemo(useCaseContext(trx, demo, zonedClock()));
    await seedTrainingDemo(useCaseContext(trx, demo, zonedClock()));
    const accPlan = (await listPlans(trx))[0];
    const accBundle = accPlan && (await loadPlanBundle(trx, accPlan.id));
    if (accBundle) await seedAccountabilityDemo(trx, accBundle);
    await seedCascadeDemo(trx, demo);
    await markDemoRecords(trx);
  });
  return true;
}
