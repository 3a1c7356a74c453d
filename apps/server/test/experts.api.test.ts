// Experts on each engine: who may add and edit an expert (the office; a district admin for its own area), fields
// named in validation errors, an activity's invitation from request to delivery (a wrong move is 409), the service
// record's ledger entry and its void, the emergency roster by hazard, the audited read of a phone, names masked in
// every public answer, and the expert's own page, export, deletion request and the purge.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const FULL = '黄文博';
const MASKED = '黄*博';
const PHONE = '13912345678';

describe.each(engines)('experts on $name', ({ open }) => {
  let t: TestApp;
  let pools: { id: number; code: string }[];
  let expertId: number;
  let key: string;
  let lecture: number;
  let invitation: number;
  const post = (who: string | null, url: string, payload?: object) =>
    t.as(who, { method: 'POST', url, ...(payload && { payload }) });
  const get = (who: string | null, url: string) => t.as(who, { method: 'GET', url });
  const pool = (code: string) => pools.find((p) => p.code === code)?.id as number;
  const body = (over: object = {}) => ({
    name: FULL,
    title: '副主任医师',
    organisation: '大洼区人民医院（测试）',
    topics: ['public_health', 'fire'],
    areaCodes: ['211104'],
    phone: PHONE,
    poolIds: [pool('emergency')],
    consent: true,
    ...over,
  });
  const issue = (r: { json(): { error: { details: { issues: { path: string; code: string }[] } } } }) =>
    r.json().error.details.issues[0];
  const ledger = async (id: number) =>
    (
      await sql<{ voided: boolean }>`select voided_at is not null as voided from svc_ledger
        where kind = 'expert_service' and evidence = ${`exp_service:${id}`}`.execute(t.handle.db)
    ).rows;

  beforeAll(async () => {
    t = await startTestApp(open);
    pools = (await get('office', '/api/exp/pools')).json().pools;
    const { rows } = await sql<{ id: number }>`select id from svc_activities
      where title like '%用电用气%'`.execute(t.handle.db);
    lecture = rows[0]?.id as number;
  });
  afterAll(() => t?.close());

  it('ships three pools and the topic vocabulary in Chinese and English', async () => {
    const r = (await get('viewer', '/api/exp/pools')).json();
    expect(r.pools.map((p: { name: string }) => p.name)).toEqual([
      '科普名师库',
      '应急科普专家队伍',
      '辟谣专家',
    ]);
    expect(r.topics.find((x: { code: string }) => x.code === 'chemical')).toMatchObject({
      zh: '危险化学品',
      en: 'Hazardous chemicals',
    });
  });

  it('lets a district admin add experts serving its own area only, and names the field of bad input', async () => {
    expect((await post('viewer', '/api/exp/experts', body())).statusCode).toBe(403);
    expect((await post('edu', '/api/exp/experts', body())).statusCode).toBe(403);
    expect((await post('dawa', '/api/exp/experts', body({ areaCodes: ['211103'] }))).statusCode).toBe(403);
    expect(issue(await post('dawa', '/api/exp/experts', body({ consent: false }))).path).toBe('body.consent');
    expect(issue(await post('dawa', '/api/exp/experts', body({ topics: ['weather'] }))).path).toBe(
      'body.topics.0',
    );
    expect(issue(await post('dawa', '/api/exp/experts', body({ phone: '123' }))).path).toBe('body.phone');
    const unknownArea = issue(
      await post('office', '/api/exp/experts', body({ areaCodes: ['211104', '999999'] })),
    );
    expect(unknownArea).toMatchObject({ path: 'body.areaCodes.1', code: 'exp.area_unknown' });
    const r = await post('dawa', '/api/exp/experts', body());
    expect(r.statusCode, r.body).toBe(201);
    ({ id: expertId, token: key } = r.json());
    expect(key).toMatch(/^[A-Z2-7]{16}$/);
    const empty = await t.as('dawa', { method: 'PATCH', url: `/api/exp/experts/${expertId}`, payload: {} });
    expect(issue(empty).code).toBe('validation.empty_patch');
    // the admin cannot hand the expert to another district
    const away = await t.as('dawa', {
      method: 'PATCH',
      url: `/api/exp/experts/${expertId}`,
      payload: { areaCodes: ['211103'] },
    });
    expect(away.statusCode).toBe(403);
    const edit = await t.as('dawa', {
      method: 'PATCH',
      url: `/api/exp/experts/${expertId}`,
      payload: { title: '主任医师' },
    });
    expect(edit.json()).toMatchObject({ title: '主任医师', phone: '139****5678', manage: true });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', String(expertId))
      .where('entity', '=', 'exp_expert')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['exp.expert.create', 'exp.expert.update']);
  });

  it('filters the directory by pool, topic and area, phones masked for a reader', async () => {
    const byTopic = (await get('edu', '/api/exp/experts?topic=public_health')).json();
    expect(byTopic.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining([FULL, '刘建华']));
    expect(byTopic.every((e: { phone: string }) => /^\d{3}\*{4}\d{4}$/.test(e.phone))).toBe(true);
    expect(byTopic.every((e: { manage: boolean }) => !e.manage)).toBe(true);
    const teachers = (await get('viewer', `/api/exp/experts?pool=${pool('teachers')}`)).json();
    expect(teachers.map((e: { name: string }) => e.name)).not.toContain(FULL);
    // an expert of the whole city serves 大洼区 too; one of 兴隆台区 does not
    const dawa = (await get('viewer', '/api/exp/experts?area=211104'))
      .json()
      .map((e: { name: string }) => e.name);
    expect(dawa).toEqual(expect.arrayContaining([FULL, '刘建华']));
    expect(dawa).not.toContain('周国庆');
    expect(issue(await get('viewer', '/api/exp/experts?topic=x')).path).toBe('querystring.topic');
  });

  it('lists the emergency roster per hazard, and reveals a phone only as an audited read', async () => {
    const roster = (await get('viewer', '/api/exp/roster')).json() as {
      topic: string;
      experts: { id: number; name: string; phone: string }[];
    }[];
    expect(roster.map((r) => r.topic)).toContain('earthquake');
    expect(roster.map((r) => r.topic)).not.toContain('astronomy');
    const fire = roster.find((r) => r.topic === 'fire')?.experts.map((e) => e.name);
    expect(fire).toEqual(expect.arrayContaining([FULL, '周国庆']));
    expect(fire).not.toContain('吴晓燕');
    const inDawa = (await get('viewer', '/api/exp/roster?topic=fire&area=211104')).json();
    expect(inDawa).toHaveLength(1);
    expect(inDawa[0].experts.map((e: { name: string }) => e.name)).toEqual([FULL]);
    expect((await post('viewer', `/api/exp/experts/${expertId}/personal`)).statusCode).toBe(403);
    const zhou = roster.find((r) => r.topic === 'fire')?.experts.find((e) => e.name === '周国庆');
    expect((await post('dawa', `/api/exp/experts/${zhou?.id}/personal`)).statusCode).toBe(403);
    const personal = await post('dawa', `/api/exp/experts/${expertId}/personal`);
    expect(personal.json()).toMatchObject({ name: FULL, phone: PHONE });
    const reads = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_username'])
      .where('action', '=', 'exp.expert.read_personal')
      .where('entity_id', '=', String(expertId))
      .execute();
    expect(reads.map((r) => r.actor_username)).toEqual(['dawa']);
  });

  it('takes an invitation from request to delivery, refusing a wrong move with 409', async () => {
    // the demo lecture is 兴隆台区's: 大洼区's admin does not file it, the office does
    expect((await post('dawa', `/api/svc/activities/${lecture}/experts`, { expertId })).statusCode).toBe(403);
    const off = await post('office', `/api/svc/activities/${lecture}/experts`, {
      expertId,
      topic: 'astronomy',
    });
    expect(issue(off)).toMatchObject({ path: 'body.topic', code: 'exp.topic_not_expert' });
    const r = await post('office', `/api/svc/activities/${lecture}/experts`, {
      expertId,
      topic: 'fire',
      note: '讲解燃气安全',
    });
    expect(r.statusCode, r.body).toBe(201);
    invitation = r.json().id;
    expect(r.json().state).toBe('requested');
    expect((await post('office', `/api/svc/activities/${lecture}/experts`, { expertId })).statusCode).toBe(
      409,
    );
    const page = (await get(null, `/api/pub/exp/me/${key}`)).json();
    expect(page.requests[0]).toMatchObject({
      kind: 'invitation',
      id: invitation,
      open: true,
      state: 'requested',
    });
    const noReason = await post(null, `/api/pub/exp/me/${key}/requests/invitation/${invitation}`, {
      answer: 'decline',
    });
    expect(issue(noReason)).toMatchObject({ path: 'body.reason', code: 'exp.reason_required' });
    const accepted = await post(null, `/api/pub/exp/me/${key}/requests/invitation/${invitation}`, {
      answer: 'accept',
    });
    expect(accepted.json().requests[0]).toMatchObject({ state: 'accepted', open: false });
    const again = await post(null, `/api/pub/exp/me/${key}/requests/invitation/${invitation}`, {
      answer: 'decline',
      reason: '临时有事',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'exp.invitation.state_conflict',
      details: { state: 'accepted', move: 'decline' },
    });
    // the lecture is a month ahead: it cannot be delivered yet
    const early = await post('office', `/api/exp/invitations/${invitation}/moves`, {
      move: 'deliver',
      hours: 1.5,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('exp.invitation.not_held_conflict');
    expect(await ledger(0)).toEqual([]);
  });

  it('confirms delivery after the lecture with one expert_service ledger entry, voided with the record', async () => {
    const real = t.app.kepu.clock.now;
    t.app.kepu.clock.now = () => new Date(Date.now() + 40 * 86_400_000);
    try {
      const done = await post('office', `/api/exp/invitations/${invitation}/moves`, {
        move: 'deliver',
        hours: 1.5,
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().state).toBe('delivered');
    } finally {
      t.app.kepu.clock.now = real;
    }
    const detail = (await get('viewer', `/api/exp/experts/${expertId}`)).json();
    const service = detail.services[0];
    expect(service).toMatchObject({
      kind: 'lecture',
      hours: 1.5,
      activityId: lecture,
      invitationId: invitation,
    });
    expect(detail.invitations[0].state).toBe('delivered');
    expect(await ledger(service.id)).toEqual([{ voided: false }]);
    const cancel = await post('office', `/api/exp/invitations/${invitation}/moves`, {
      move: 'cancel',
      reason: 'x',
    });
    expect(cancel.statusCode).toBe(409);
    expect(
      (await post('viewer', `/api/exp/services/${service.id}/void`, { reason: '误录' })).statusCode,
    ).toBe(403);
    expect(issue(await post('dawa', `/api/exp/services/${service.id}/void`, {})).path).toBe('body.reason');
    const v = await post('dawa', `/api/exp/services/${service.id}/void`, { reason: '误录' });
    expect(v.statusCode, v.body).toBe(200);
    expect(await ledger(service.id)).toEqual([{ voided: true }]);
    expect((await post('dawa', `/api/exp/services/${service.id}/void`, { reason: '误录' })).statusCode).toBe(
      409,
    );
  });

  it('records an answer on the expert’s behalf as staff, and a cancellation needs a reason', async () => {
    const second = (
      await post('office', `/api/svc/activities/${lecture}/experts`, { expertId, topic: 'public_health' })
    ).json().id;
    const onBehalf = await post('office', `/api/exp/invitations/${second}/moves`, {
      move: 'decline',
      reason: '电话告知出差',
    });
    expect(onBehalf.json()).toMatchObject({
      state: 'declined',
      answeredBy: 'office',
      reason: '电话告知出差',
    });
    const third = (await post('office', `/api/svc/activities/${lecture}/experts`, { expertId })).json().id;
    expect(issue(await post('office', `/api/exp/invitations/${third}/moves`, { move: 'cancel' })).path).toBe(
      'body.reason',
    );
    const c = await post('office', `/api/exp/invitations/${third}/moves`, {
      move: 'cancel',
      reason: '活动调整',
    });
    expect(c.json().state).toBe('cancelled');
    const moves = await t.handle.db
      .selectFrom('audit_log')
      .select(['actor_username'])
      .where('action', '=', 'exp.invitation.move')
      .where('entity_id', '=', String(second))
      .execute();
    expect(moves.map((m) => m.actor_username)).toEqual(['office']);
  });

  it('masks names in every public answer and shows only experts who consented to display', async () => {
    const list = await get(null, '/api/pub/experts');
    const names = list.json().experts.map((e: { name: string }) => e.name);
    expect(names).toContain('刘*华');
    expect(names).not.toContain(MASKED); // 黄文博 did not consent to public display
    expect(names.some((n: string) => n.startsWith('陈'))).toBe(false);
    expect(list.body).not.toMatch(/1[3-9]\d{9}/);
    expect(list.body).not.toContain('刘建华');
    const own = await get(null, `/api/pub/exp/me/${key}`);
    expect(own.json().expert.name).toBe(MASKED);
    expect(own.body).not.toContain(FULL);
    expect(own.body).not.toContain(PHONE);
    expect((await get(null, '/api/pub/exp/me/AAAAAAAAAAAAAAAA')).statusCode).toBe(404);
  });

  it('exports the expert’s own data in full, then erases it after the deletion request', async () => {
    const ex = await get(null, `/api/pub/exp/me/${key}/export`);
    expect(ex.headers['content-disposition']).toContain('attachment');
    expect(ex.json().expert).toMatchObject({ name: FULL, phone: PHONE });
    expect(ex.json().services).toHaveLength(1);
    expect((await post(null, `/api/pub/exp/me/${key}/deletion`)).json().status).toBe('deletion_requested');
    expect((await post('dawa', '/api/exp/purge', {})).statusCode).toBe(403);
    const purged = await post('office', '/api/exp/purge', {});
    expect(purged.json().erased).toBeGreaterThanOrEqual(1);
    expect((await get(null, `/api/pub/exp/me/${key}`)).statusCode).toBe(404);
    expect((await get('viewer', `/api/exp/experts/${expertId}`)).statusCode).toBe(404);
    const row = await t.handle.db
      .selectFrom('exp_experts' as never)
      .select(['name', 'phone'] as never[])
      .where('id' as never, '=', expertId as never)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '已删除', phone: '' });
    // the service record and invitations stay
    const kept = await sql<{ n: number }>`select count(*)::int as n from exp_invitations
      where expert_id = ${expertId}`.execute(t.handle.db);
    expect(kept.rows[0]?.n).toBe(3);
  });
});
