// Commendations on each engine: candidates suggested from the volunteers' approved hours by the round's thresholds
// (edited by the office while nominations are open), nominations in the nominator's scope, a nomination below the
// thresholds only with a reason (flagged), the office's review, decision and publication as a logged state machine
// with 409s naming the state, and the public list (JSON and the portal page) with no individual's name unmasked
// without consent and no phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const STAR = '孙立明';
const STAR_PHONE = '13812345678';
const LOW = '周大海';
const FREE = '李建华';
const CONSENTED = '赵红梅';
const GROUP = '大洼区科学技术协会（测试）';
const DEMO_STAR = '张晓明';
const YEAR = new Date().getFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(engines)('commendations on $name', ({ open }) => {
  let t: TestApp;
  let round: number;
  let starId: number;
  let lowId: number;
  const ids: Record<string, number> = {};
  const post = (who: string | null, url: string, payload?: object) =>
    t.as(who, { method: 'POST', url, ...(payload && { payload }) });
  const get = (who: string | null, url: string) => t.as(who, { method: 'GET', url });
  const candidatesOf = async (who: string) =>
    (await get(who, `/api/cmd/rounds/${round}/candidates`)).json() as {
      category: string;
      subjectId: number;
      name: string;
      figures: { approvedHours: number; activities: number };
    }[];

  /** A volunteer of the team with `n` approved records of 3 h in the last weeks. */
  async function volunteerWithHours(team: number, name: string, phone: string, n: number) {
    const r = await post(null, '/api/pub/vol/volunteers', {
      name,
      phone,
      birthDate: '1985-03-02',
      teamId: team,
      consent: true,
    });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as number;
    const hours: number[] = [];
    for (let i = 1; i <= n; i++) {
      const start = new Date(Date.now() - i * 3 * 86_400_000);
      const h = await post('dawa', '/api/vol/hours', {
        volunteerId: id,
        teamId: team,
        startedAt: start.toISOString(),
        endedAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
      });
      expect(h.statusCode, h.body).toBe(201);
      hours.push(h.json().id);
    }
    const moved = await post('dawa', '/api/vol/hours/moves', { ids: hours, move: 'approve' });
    expect(moved.statusCode, moved.body).toBe(200);
    return id;
  }

  beforeAll(async () => {
    t = await startTestApp(open);
    const city = ((await get('office', '/api/vol/teams')).json() as { id: number; level: string }[]).find(
      (x) => x.level === 'city',
    );
    const team = await post('dawa', '/api/vol/teams', {
      name: '大洼区科技志愿服务大队（测试）',
      level: 'district',
      parentId: city?.id,
      areaCode: '211104',
    });
    expect(team.statusCode, team.body).toBe(201);
    starId = await volunteerWithHours(team.json().id, STAR, STAR_PHONE, 10);
    lowId = await volunteerWithHours(team.json().id, LOW, '13812340000', 2);
  });
  afterAll(() => t?.close());

  it('lets only the office open one round a year, with the default thresholds', async () => {
    const body = {
      year: YEAR,
      title: `${YEAR} 年度科普工作表彰（测试）`,
      periodFrom: day(-365),
      periodTo: day(0),
    };
    expect((await post('dawa', '/api/cmd/rounds', body)).statusCode).toBe(403);
    const r = await post('office', '/api/cmd/rounds', body);
    expect(r.statusCode, r.body).toBe(201);
    round = r.json().id;
    expect(r.json()).toMatchObject({
      state: 'nominating',
      thresholds: { star_volunteer: [{ min: 10 }, { min: 20 }] },
    });
    const again = await post('office', '/api/cmd/rounds', body);
    expect(again.statusCode).toBe(400);
    expect(again.json().error.details.issues[0]).toMatchObject({
      path: 'body.year',
      code: 'cmd.round.year_exists',
    });
  });

  it('suggests the volunteers meeting the thresholds with their figures, in the nominator’s area', async () => {
    const dawa = await candidatesOf('dawa');
    const star = dawa.find((c) => c.subjectId === starId);
    expect(star).toMatchObject({
      category: 'star_volunteer',
      name: STAR,
      figures: { approvedHours: 30, activities: 10 },
    });
    expect(dawa.some((c) => c.subjectId === lowId)).toBe(false);
    // the demo's 张晓明 serves in 兴隆台区: the office sees him, 大洼区's admin does not
    expect(dawa.some((c) => c.name === DEMO_STAR)).toBe(false);
    expect((await candidatesOf('office')).some((c) => c.name === DEMO_STAR)).toBe(true);

    // the office raises the activities needed: the volunteer with 10 falls out; and back
    const { thresholds } = (await get('office', `/api/cmd/rounds/${round}`)).json().round;
    const raise = structuredClone(thresholds);
    raise.star_volunteer[0].min = 11;
    const put = (who: string, th: object) =>
      t.as(who, { method: 'PUT', url: `/api/cmd/rounds/${round}/thresholds`, payload: { thresholds: th } });
    expect((await put('dawa', raise)).statusCode).toBe(403);
    expect((await put('office', raise)).statusCode).toBe(200);
    expect((await candidatesOf('dawa')).some((c) => c.subjectId === starId)).toBe(false);
    expect((await put('office', thresholds)).statusCode).toBe(200);
    expect((await candidatesOf('dawa')).some((c) => c.subjectId === starId)).toBe(true);
  });

  it('takes nominations in the nominator’s scope, below the thresholds only with a reason', async () => {
    const nominate = (who: string, body: object) => post(who, `/api/cmd/rounds/${round}/nominations`, body);
    const base = { citation: '常年在科技馆开展科普讲解（测试）', evidence: ['服务时长记录'] };
    const star = await nominate('dawa', {
      ...base,
      category: 'star_volunteer',
      subjectKind: 'volunteer',
      subjectId: starId,
    });
    expect(star.statusCode, star.body).toBe(201);
    expect(star.json()).toMatchObject({
      state: 'submitted',
      belowThreshold: false,
      name: STAR,
      areaCode: '211104',
    });
    ids.star = star.json().id;
    const twice = await nominate('office', {
      ...base,
      category: 'star_volunteer',
      subjectKind: 'volunteer',
      subjectId: starId,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('cmd.nomination.exists');

    const demo = (await candidatesOf('office')).find((c) => c.name === DEMO_STAR);
    const outside = await nominate('dawa', {
      ...base,
      category: 'star_volunteer',
      subjectKind: 'volunteer',
      subjectId: demo?.subjectId,
    });
    expect(outside.statusCode).toBe(403);
    expect(
      (
        await nominate('edu', {
          ...base,
          category: 'star_volunteer',
          subjectKind: 'volunteer',
          subjectId: starId,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await nominate('viewer', { ...base, category: 'advanced_group', subjectKind: 'free', name: GROUP }))
        .statusCode,
    ).toBe(403);

    const low = { ...base, category: 'star_volunteer', subjectKind: 'volunteer', subjectId: lowId };
    const noReason = await nominate('dawa', low);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.issues[0]).toMatchObject({
      path: 'body.belowReason',
      code: 'cmd.below_reason_required',
    });
    const withReason = await nominate('dawa', { ...low, belowReason: '抗洪抢险期间连续服务（测试）' });
    expect(withReason.statusCode, withReason.body).toBe(201);
    expect(withReason.json()).toMatchObject({
      belowThreshold: true,
      figures: { activities: 2, approvedHours: 6 },
    });
    ids.low = withReason.json().id;

    const wrongKind = await nominate('dawa', {
      ...base,
      category: 'excellent_base',
      subjectKind: 'volunteer',
      subjectId: starId,
    });
    expect(wrongKind.json().error.details.issues[0].path).toBe('body.subjectKind');
    const free = await nominate('dawa', {
      ...base,
      category: 'advanced_individual',
      subjectKind: 'free',
      name: FREE,
      affiliation: '大洼区第一中学',
    });
    expect(free.statusCode, free.body).toBe(201);
    expect(free.json()).toMatchObject({ areaCode: '211104', publicConsent: false });
    ids.free = free.json().id;
    const consented = await nominate('kexie', {
      ...base,
      category: 'advanced_individual',
      subjectKind: 'free',
      name: CONSENTED,
      publicConsent: true,
    });
    expect(consented.statusCode, consented.body).toBe(201);
    ids.consented = consented.json().id;
    const group = await nominate('dawa', {
      ...base,
      category: 'advanced_group',
      subjectKind: 'free',
      name: GROUP,
    });
    ids.group = group.json().id;
    const outOfArea = await nominate('dawa', {
      ...base,
      category: 'advanced_group',
      subjectKind: 'free',
      name: '别区',
      areaCode: '211103',
    });
    expect(outOfArea.statusCode).toBe(403);
    // a liaison reads its own unit's nominations, a district admin its area's
    const kexie = (await get('kexie', `/api/cmd/rounds/${round}`))
      .json()
      .nominations.map((n: { id: number }) => n.id);
    expect(kexie).toEqual([ids.consented]);
  });

  it('moves nominations and the round only from the right states, logged and audited', async () => {
    const review = (who: string, id: number | undefined, move: string, comment = '') =>
      post(who, `/api/cmd/nominations/${id}/review`, { move, comment });
    expect((await review('dawa', ids.star, 'pass')).statusCode).toBe(403);
    for (const k of ['star', 'free', 'consented', 'group'])
      expect((await review('office', ids[k], 'pass')).statusCode).toBe(200);
    const noComment = await review('office', ids.low, 'return');
    expect(noComment.json().error.details.issues[0].path).toBe('body.comment');
    expect((await review('office', ids.low, 'return', '请补充服务证明')).json().state).toBe('returned');
    const resubmitted = await post('dawa', `/api/cmd/nominations/${ids.low}/resubmit`, {
      evidence: ['抢险服务证明'],
    });
    expect(resubmitted.json()).toMatchObject({ state: 'submitted', evidence: ['抢险服务证明'] });
    expect((await review('office', ids.low, 'reject', '时长不足')).json().state).toBe('rejected');
    const again = await review('office', ids.low, 'pass');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'cmd.nomination.state_conflict',
      details: { state: 'rejected' },
    });

    const move = (body: object) => post('office', `/api/cmd/rounds/${round}/moves`, body);
    const early = await move({ move: 'publish' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'cmd.round.state_conflict',
      details: { state: 'nominating' },
    });
    expect((await post('dawa', `/api/cmd/rounds/${round}/moves`, { move: 'close' })).statusCode).toBe(403);
    expect((await move({ move: 'close' })).json().state).toBe('reviewing');
    const late = await post('dawa', `/api/cmd/rounds/${round}/nominations`, {
      category: 'advanced_group',
      subjectKind: 'free',
      name: '迟到的推荐',
      citation: '（测试）',
    });
    expect(late.json().error.details.state).toBe('reviewing');
    const noNumber = await move({ move: 'decide', decisionDate: day(0) });
    expect(noNumber.json().error.details.issues[0].path).toBe('body.decisionNumber');
    const decided = await move({
      move: 'decide',
      decisionNumber: '盘科协发〔2026〕1号',
      decisionDate: day(0),
    });
    expect(decided.json()).toMatchObject({ state: 'decided', decisionNumber: '盘科协发〔2026〕1号' });
    const put = await t.as('office', {
      method: 'PUT',
      url: `/api/cmd/rounds/${round}/thresholds`,
      payload: { thresholds: decided.json().thresholds },
    });
    expect(put.json().error.details.state).toBe('decided');

    const detail = (await get('office', `/api/cmd/rounds/${round}`)).json();
    const states = Object.fromEntries(
      detail.nominations.map((n: { id: number; state: string }) => [n.id, n.state]),
    );
    expect(states).toMatchObject({
      [ids.star as number]: 'approved',
      [ids.group as number]: 'approved',
      [ids.low as number]: 'rejected',
    });
    expect(
      detail.events
        .filter((e: { entity: string }) => e.entity === 'round')
        .map((e: { move: string }) => e.move),
    ).toEqual(['close', 'decide']);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'cmd.%')
      .execute();
    const count = (a: string) => audit.filter((x) => x.action === a).length;
    expect(count('cmd.round.move')).toBe(2);
    expect(count('cmd.nomination.create')).toBe(5);
    expect(count('cmd.nomination.move')).toBeGreaterThanOrEqual(8);
  });

  it('publishes a list with individuals masked unless they consented, groups in full, no phones', async () => {
    expect((await get(null, `/api/pub/commendations/${YEAR}`)).statusCode).toBe(404);
    expect((await post('office', `/api/cmd/rounds/${round}/moves`, { move: 'publish' })).json().state).toBe(
      'published',
    );
    const pub = await get(null, `/api/pub/commendations/${YEAR}`);
    expect(pub.statusCode, pub.body).toBe(200);
    const byCat = Object.fromEntries(
      pub
        .json()
        .categories.map((c: { category: string; entries: { name: string }[] }) => [
          c.category,
          c.entries.map((e) => e.name),
        ]),
    );
    expect(byCat).toEqual({
      advanced_group: [GROUP],
      advanced_individual: ['李*华', CONSENTED],
      star_volunteer: ['孙*明'],
    });
    expect((await get(null, '/api/pub/commendations')).json().years).toContain(YEAR);
    const portal = await get(null, '/portal/commendations');
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain('孙*明');
    expect(portal.body).toContain('盘科协发〔2026〕1号');
    for (const body of [
      pub.body,
      portal.body,
      (await get(null, `/portal/commendations?lang=en&size=large`)).body,
    ]) {
      for (const hidden of [STAR, FREE, LOW, STAR_PHONE, '13812340000', '大洼区第一中学'])
        expect(body).not.toContain(hidden);
      expect(body).not.toMatch(/1\d{10}/);
    }
    const again = await post('office', `/api/cmd/rounds/${round}/moves`, { move: 'publish' });
    expect(again.json().error.details.state).toBe('published');
  });
});
