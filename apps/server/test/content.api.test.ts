// Science content on each engine: a unit's liaison writes a work for its own unit only, each kind with the fields it
// needs; the review as a logged state machine (a wrong step 409) with an expert of the work's topics answering by the
// key of the review (revise with comments, a new version, approve; the review on the expert's service record); only
// the published version reaches the public side, never a draft or a withdrawn work; an emergency pack signed off by
// the office is public at once, leads every portal page and notifies every unit once; reads counted per day and
// written to the ledger once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmergencyFanOut, runReadsToLedger } from '../src/content/jobs.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const article = {
  kind: 'article',
  title: '冬季用电安全常识（测试）',
  topics: ['fire'],
  targetGroups: ['elderly', 'public'],
  author: '盘锦市教育局',
  summary: '电热毯、取暖器使用要点。',
  body: '第一稿：电热毯不要折叠使用。',
};

const { kind: _, ...fields } = article;

describe.each(engines)('science content on $name', ({ open }) => {
  let t: TestApp;
  let workId: number;
  let eduUnit: number;
  const as = (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.as(who, { method, url, ...(payload && { payload }) });
  const issue = (r: {
    json(): { error: { code: string; details: { issues?: { path: string; code: string }[] } } };
  }) => r.json().error.details.issues?.[0];
  const expertFor = async (topic: string, not = false) => {
    const { rows } = await sql<{ id: number; name: string }>`select id, name from exp_experts
      where status = 'active' and available and (${topic} = any(topics)) = ${!not} order by id limit 1`.execute(
      t.handle.db,
    );
    return rows[0] as { id: number; name: string };
  };
  beforeAll(async () => {
    t = await startTestApp(open);
    const { rows } = await sql<{ unit_id: number }>`select unit_id from users where username = 'edu'`.execute(
      t.handle.db,
    );
    eduUnit = Number(rows[0]?.unit_id);
  });
  afterAll(() => t?.close());

  it('lets a liaison write for its own unit only, and names the missing field of each kind', async () => {
    const blank = await as('edu', 'POST', '/api/cnt/works', { kind: 'article' });
    expect(blank.statusCode).toBe(400);
    expect(issue(blank)?.path).toBe('body.title');
    expect((await as('edu', 'POST', '/api/cnt/works', { ...article, unitId: eduUnit + 1 })).statusCode).toBe(
      400,
    );
    expect((await as('viewer', 'POST', '/api/cnt/works', article)).statusCode).toBe(403);
    const pack = await as('office', 'POST', '/api/cnt/works', { ...article, kind: 'emergency_pack' });
    expect(issue(pack)).toMatchObject({ path: 'body.hazard', code: 'cnt.hazard_required' });
    const rumour = await as('office', 'POST', '/api/cnt/works', { ...article, kind: 'rumour' });
    expect(issue(rumour)?.path).toBe('body.rumour.claim');
    const video = await as('office', 'POST', '/api/cnt/works', { ...article, kind: 'video' });
    expect(issue(video)?.path).toBe('body.mediaUrl');
    const made = await as('edu', 'POST', '/api/cnt/works', article);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ state: 'draft', unitId: eduUnit, version: 1 });
    workId = made.json().id;
    // another liaison neither sees nor changes it
    expect((await as('kexie', 'GET', `/api/cnt/works/${workId}`)).statusCode).toBe(404);
    expect((await as('kexie', 'POST', `/api/cnt/works/${workId}/submit`)).statusCode).toBe(403);
  });

  it('keeps a draft off the public side', async () => {
    expect((await as(null, 'GET', `/api/pub/content/${workId}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', `/portal/content/${workId}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', '/portal/content')).body).not.toContain(article.title);
  });

  it('sends the work to an expert of its topics, who asks for a revision, then approves the new version', async () => {
    expect((await as('edu', 'POST', `/api/cnt/works/${workId}/submit`)).json().state).toBe('submitted');
    const locked = await as('edu', 'PUT', `/api/cnt/works/${workId}`, fields);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('cnt.work.state_conflict');
    const choices = (await as('office', 'GET', `/api/cnt/works/${workId}/reviewers`)).json();
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) expect(c.topics).toContain('fire');
    const stranger = await expertFor('fire', true);
    const wrong = await as('office', 'POST', `/api/cnt/works/${workId}/reviews`, { expertId: stranger.id });
    expect(issue(wrong)).toMatchObject({ path: 'body.expertId', code: 'cnt.reviewer_topic' });
    expect(
      (await as('edu', 'POST', `/api/cnt/works/${workId}/reviews`, { expertId: choices[0].id })).statusCode,
    ).toBe(403);
    const sent = await as('office', 'POST', `/api/cnt/works/${workId}/reviews`, { expertId: choices[0].id });
    expect(sent.statusCode, sent.body).toBe(201);
    const link: string = sent.json().link;
    expect(link).toMatch(/^\/e\/r\/[A-Z2-7]{16}$/);
    const token = link.slice(5);
    const page = (await as(null, 'GET', `/api/pub/reviews/${token}`)).json();
    expect(page.version).toMatchObject({ number: 1, body: article.body });
    expect(page.review.state).toBe('pending');
    const silent = await as(null, 'POST', `/api/pub/reviews/${token}`, { verdict: 'revise' });
    expect(issue(silent)).toMatchObject({ path: 'body.comments', code: 'cnt.comments_required' });
    const back = await as(null, 'POST', `/api/pub/reviews/${token}`, {
      verdict: 'revise',
      comments: '请补充取暖器的注意事项。',
    });
    expect(back.json().state).toBe('revise');
    expect((await as(null, 'POST', `/api/pub/reviews/${token}`, { verdict: 'approve' })).statusCode).toBe(
      409,
    );

    const edited = await as('edu', 'PUT', `/api/cnt/works/${workId}`, {
      ...fields,
      body: '第二稿：取暖器远离窗帘。',
    });
    expect(edited.json().version).toBe(2);
    await as('edu', 'POST', `/api/cnt/works/${workId}/submit`);
    const again = await as('office', 'POST', `/api/cnt/works/${workId}/reviews`, { expertId: choices[0].id });
    const approved = await as(null, 'POST', `/api/pub/reviews/${again.json().link.slice(5)}`, {
      verdict: 'approve',
    });
    expect(approved.json().state).toBe('approved');

    const detail = (await as('edu', 'GET', `/api/cnt/works/${workId}`)).json();
    expect(detail.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(detail.events.map((e: { move: string }) => e.move)).toEqual([
      'create',
      'submit',
      'assign',
      'revise',
      'edit',
      'submit',
      'assign',
      'approve',
    ]);
    expect(detail.events[3].note).toBe('请补充取暖器的注意事项。');
    expect(detail.reviews.map((r: { state: string }) => r.state)).toEqual(['approved', 'revise']);
    // each review given is on the expert's service record, and the ledger
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from exp_services
      where expert_id = ${choices[0].id} and kind = 'content_review' and ref = ${`content:${workId}`}`.execute(
      t.handle.db,
    );
    expect(rows[0]?.n).toBe(2);
  });

  it('publishes the approved version for everyone, and withdraws it with a reason', async () => {
    expect((await as('edu', 'POST', `/api/cnt/works/${workId}/publish`)).statusCode).toBe(403);
    expect((await as('office', 'POST', `/api/cnt/works/${workId}/publish`)).json().state).toBe('published');
    const listed = (await as(null, 'GET', '/api/pub/content?topic=fire')).json();
    expect(listed.works.map((w: { id: number }) => w.id)).toContain(workId);
    const read = (await as(null, 'GET', `/api/pub/content/${workId}`)).json();
    expect(read.body).toBe('第二稿：取暖器远离窗帘。');
    expect(JSON.stringify(read)).not.toContain('请补充');
    const portal = await as(null, 'GET', `/portal/content/${workId}`);
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain('取暖器远离窗帘');
    expect(portal.body).toContain(`/portal/content/${workId}`);
    expect((await as(null, 'GET', '/portal/content?topic=fire')).body).toContain(article.title);

    const noReason = await as('office', 'POST', `/api/cnt/works/${workId}/withdraw`, {});
    expect(issue(noReason)?.path).toBe('body.reason');
    await as('office', 'POST', `/api/cnt/works/${workId}/withdraw`, { reason: '标准更新，待修订。' });
    expect((await as(null, 'GET', `/api/pub/content/${workId}`)).statusCode).toBe(404);
    expect((await as(null, 'GET', `/portal/content/${workId}`)).statusCode).toBe(404);
  });

  it('publishes a reviewed pack in emergency mode at once, leads the portal with it and notifies every unit once', async () => {
    const notPack = await as('office', 'POST', '/api/cnt/emergencies', { workId, signOff: '同意发布。' });
    expect(issue(notPack)).toMatchObject({ path: 'body.workId', code: 'cnt.not_a_pack' });
    const packs = (await as('office', 'GET', '/api/cnt/works?kind=emergency_pack&state=approved')).json();
    const pack = packs[0];
    expect(pack.hazard).toBe('cold_wave');
    expect(
      (await as('edu', 'POST', '/api/cnt/emergencies', { workId: pack.id, signOff: 'x' })).statusCode,
    ).toBe(403);
    const blank = await as('office', 'POST', '/api/cnt/emergencies', { workId: pack.id });
    expect(issue(blank)?.path).toBe('body.signOff');
    const started = await as('office', 'POST', '/api/cnt/emergencies', {
      workId: pack.id,
      signOff: '寒潮蓝色预警已发布，同意立即应急发布。',
    });
    expect(started.statusCode, started.body).toBe(201);
    const home = await as(null, 'GET', '/portal');
    expect(home.body).toContain('data-test="emergency-banner"');
    expect(home.body).toContain(pack.title);
    expect((await as(null, 'GET', `/api/pub/content/${pack.id}`)).statusCode).toBe(200);
    const units = await sql<{ n: number }>`select count(distinct unit_id)::int as n from acc_notifications
      where kind = 'content_emergency'`.execute(t.handle.db);
    expect(units.rows[0]?.n).toBeGreaterThan(20);
    expect(await runEmergencyFanOut(t.app)).toBe(0);
    const twice = await as('office', 'POST', '/api/cnt/emergencies', {
      workId: pack.id,
      signOff: '再次发布。',
    });
    expect(twice.json().error.code).toBe('cnt.emergency.active_conflict');
    const log = JSON.stringify((await as('office', 'GET', '/api/audit?limit=100')).json());
    expect(log).toContain('cnt.emergency.start');
    expect(log).toContain('寒潮蓝色预警已发布');
    expect((await as('office', 'POST', `/api/cnt/emergencies/${started.json().id}/end`, {})).statusCode).toBe(
      204,
    );
    expect((await as(null, 'GET', '/portal')).body).not.toContain('data-test="emergency-banner"');
  });

  it('counts reads per day, nobody tracked, and writes each day to the ledger once', async () => {
    const { id } = (await as(null, 'GET', '/api/pub/content')).json().works[0];
    const before = await sql<{ n: number }>`select coalesce(sum(count), 0)::int as n from cnt_reads
      where work_id = ${id}`.execute(t.handle.db);
    await as(null, 'GET', `/portal/content/${id}`);
    await as(null, 'GET', `/api/pub/content/${id}`);
    await sql`update cnt_reads set day = day - 1`.execute(t.handle.db);
    expect(await runReadsToLedger(t.app)).toBeGreaterThan(0);
    const { rows } = await sql<{ count: number }>`select count from svc_ledger
      where kind = 'content_read' and evidence like ${`cnt_reads:${id}:%`}`.execute(t.handle.db);
    expect(rows.map((r) => Number(r.count))).toEqual([Number(before.rows[0]?.n) + 2]);
    expect(await runReadsToLedger(t.app)).toBe(0);
  });
});
