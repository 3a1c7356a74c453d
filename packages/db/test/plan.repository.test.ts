// Plan versions on a real database: store the Panjin outline, read it back, derive the views, re-import.
import {
  type Actor,
  dutyRole,
  importPlan,
  listUnits,
  loadPanjinOutline,
  parseOutlineFile,
  responsibilityMatrix,
  serializeOutline,
  toOutline,
  unitDuties,
  zonedClock,
} from '@kepu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  inUseCase,
  listAudit,
  loadPlanBundle,
  openTestDatabases,
} from '../src/index.ts';

const office: Actor = { userId: 0, username: 'office', role: 'office', unitId: null, areaCode: null };
const outline = loadPanjinOutline();

describe.each(openTestDatabases())('plan repository on $name', ({ open }) => {
  let h: DatabaseHandle;
  let planId: number;
  beforeAll(async () => {
    h = await open();
    planId = await inUseCase(h.db, office, zonedClock(), (ctx) => importPlan(ctx, outline));
  });
  afterAll(() => h?.close());

  it('stores the outline and reads it back unchanged', async () => {
    const b = await loadPlanBundle(h.db, planId);
    expect(b && toOutline(b)).toEqual(outline);
  });

  it('resolves `current` to the jurisdiction’s newest version', async () => {
    expect((await loadPlanBundle(h.db, 'current', '211100'))?.plan.id).toBe(planId);
  });

  it('finds 36 units, and marks 市教育局 lead of the youth tasks and responsible elsewhere', async () => {
    const b = await loadPlanBundle(h.db, planId);
    if (!b) throw new Error('no plan');
    expect(listUnits(b)).toHaveLength(36);
    const edu = [...b.units.values()].find((u) => u.name === '市教育局');
    if (!edu) throw new Error('no 市教育局');
    const duties = unitDuties(b, edu.id);
    expect(duties.leads.map((g) => g.title)).toEqual(['青少年科学素质提升行动']);
    expect(duties.tasks.filter((t) => t.role === 'lead').map((t) => t.task.number)).toEqual([1, 2, 3, 4, 5]);
    const task8 = b.tasks.find((t) => t.number === 8);
    expect(task8 && dutyRole(b, task8, edu.id)).toBe('responsible');
  });

  it('fills the matrix with one cell per task and unit that has a duty', async () => {
    const b = await loadPlanBundle(h.db, planId);
    if (!b) throw new Error('no plan');
    const m = responsibilityMatrix(b);
    const named = outline.tasks.reduce((n, t) => n + t.responsibleUnits.length, 0);
    expect(m.cells.length).toBeGreaterThanOrEqual(named);
    expect(new Set(m.cells.map((c) => `${c.taskNumber}/${c.unitId}`)).size).toBe(m.cells.length);
  });

  it('re-imports as version 2, keeps unit ids, and audits both imports', async () => {
    const before = await loadPlanBundle(h.db, planId);
    const id2 = await inUseCase(h.db, office, zonedClock(), (ctx) => importPlan(ctx, outline));
    const after = await loadPlanBundle(h.db, id2);
    expect(after?.plan.version).toBe(2);
    expect([...(after?.units.keys() ?? [])]).toEqual([...(before?.units.keys() ?? [])]);
    expect((await loadPlanBundle(h.db, 'current', '211100'))?.plan.id).toBe(id2);
    // the first version's content was read (and kept) before the import; whether it is current is read afresh
    expect((await loadPlanBundle(h.db, planId))?.plan.current).toBe(false);
    const audit = await listAudit(h.db, { limit: 10, offset: 0, entity: 'plan' });
    expect(audit.total).toBe(2);
  });

  it('exports the order sections, tasks and taskNumbers were written in, so a file round-trips byte for byte', async () => {
    const shuffled = structuredClone(outline);
    shuffled.jurisdiction = { code: '999902', name: '倒序县' };
    shuffled.sections.reverse();
    shuffled.tasks.reverse();
    shuffled.groups[0].taskNumbers.reverse();
    shuffled.groups[1].taskNumbers.push(shuffled.groups[1].taskNumbers.shift() as number);
    for (const format of ['json', 'yaml'] as const) {
      const file = serializeOutline(shuffled, format);
      const id = await inUseCase(h.db, office, zonedClock(), (ctx) =>
        importPlan(ctx, parseOutlineFile(file, `x.${format}`)),
      );
      const b = await loadPlanBundle(h.db, id);
      if (!b) throw new Error('no plan');
      expect(serializeOutline(toOutline(b), format)).toBe(file);
      expect(b.groups[0].taskNumbers).toEqual([5, 4, 3, 2, 1]);
    }
    // `current` still means the default jurisdiction's plan, although another one was imported later.
    expect((await loadPlanBundle(h.db, 'current', '211100'))?.plan.jurisdictionCode).toBe('211100');
  });

  it('rolls back everything when an import fails half-way', async () => {
    const plansBefore = await h.db.selectFrom('plans').select('id').execute();
    await expect(
      inUseCase(h.db, office, zonedClock(), async (ctx) => {
        await importPlan(ctx, { ...outline, jurisdiction: { code: '999999', name: '测试' } });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await h.db.selectFrom('plans').select('id').execute()).toEqual(plansBefore);
    expect(
      await h.db.selectFrom('org_units').select('id').where('jurisdiction_code', '=', '999999').execute(),
    ).toEqual([]);
  });
});
