// The survey over HTTP on each engine: instruments (the shipped illustrative one, import of a new version, export),
// a survey with its design and interviewers, fieldwork through invitation tokens (consent, answers saved as they go,
// resumed, submitted once), door-to-door entry in assigned PSUs only, monitoring, quality flags reviewed with a reason,
// closing (the tokens are gone) and publishing; every change in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

interface Item {
  code: string;
  kind: 'true_false' | 'single' | 'multiple';
  key: boolean | string | string[];
  options?: { code: string }[];
}
interface InstrumentFile {
  code: string;
  version: number;
  items: Item[];
  demographics: { field: string }[];
}

const DISTRICTS = ['211102', '211103', '211104', '211122'];
const design = {
  strata: DISTRICTS,
  psus: DISTRICTS.flatMap((d, i) => [
    { code: `P${i}1`, name: `社区${i}1`, district: d, probability: 0.2 },
    { code: `P${i}2`, name: `村${i}2`, district: d, probability: 0.1 },
  ]),
};
const about = {
  sex: 'female',
  age: 45,
  education: 'senior_secondary',
  occupation: 'production',
  urbanRural: 'urban',
  district: '211104',
  targetGroup: 'industrial_workers',
};
/** Every item answered with its key (a respondent who knows everything). */
const keyed = (f: InstrumentFile) => Object.fromEntries(f.items.map((it) => [it.code, it.key]));

describe.each(engines)('survey on $name', ({ open }) => {
  let t: TestApp;
  let instrumentId: number;
  let file: InstrumentFile;
  let surveyId: number;
  let interviewerId: number;
  const auditOf = async (action: string) =>
    (await t.as('office', { method: 'GET', url: `/api/audit?action=${action}&limit=20` })).json().items as {
      entityId: string;
      after: Record<string, unknown>;
      actor: { username: string };
    }[];
  const issuePaths = (body: { error: { details: { issues: { path: string }[] } } }) =>
    body.error.details.issues.map((i) => i.path);

  beforeAll(async () => {
    t = await startTestApp(open);
    const users = (await t.as('office', { method: 'GET', url: '/api/users' })).json() as {
      id: number;
      username: string;
    }[];
    interviewerId = users.find((u) => u.username === 'interviewer')?.id as number;
  });
  afterAll(() => t?.close());

  it('ships the illustrative instrument, read by the office and the analyst but not by a viewer or signed out', async () => {
    expect((await t.as(null, { method: 'GET', url: '/api/survey/instruments' })).statusCode).toBe(401);
    const viewer = await t.as('viewer', { method: 'GET', url: '/api/survey/instruments' });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().error.details.permission).toBe('survey.read');
    const list = (await t.as('analyst', { method: 'GET', url: '/api/survey/instruments' })).json();
    expect(list).toEqual([
      expect.objectContaining({ code: 'panjin-illustrative', version: 1, illustrative: true, items: 50 }),
    ]);
    instrumentId = list[0].id;
    const res = await t.as('office', { method: 'GET', url: `/api/survey/instruments/${instrumentId}/file` });
    expect(res.statusCode).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain(
      '调查问卷-panjin-illustrative-第1版.json',
    );
    file = res.json();
    expect(file.items[0]).toHaveProperty('key');
  });

  it('imports a new version, refuses the same version again (409) and a broken one naming the field', async () => {
    const next = { ...file, version: 2, title: '盘锦市公民科学素质调查问卷（示例，第二版）' };
    const created = await t.as('office', { method: 'POST', url: '/api/survey/instruments', payload: next });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 2, illustrative: true });
    const again = await t.as('office', { method: 'POST', url: '/api/survey/instruments', payload: next });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('survey.instrument.version_exists');
    const broken = {
      ...file,
      version: 3,
      items: [{ ...file.items[0], key: 'maybe' }, ...file.items.slice(1)],
    };
    const bad = await t.as('office', { method: 'POST', url: '/api/survey/instruments', payload: broken });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('items');
    expect(
      (await t.as('analyst', { method: 'POST', url: '/api/survey/instruments', payload: next })).statusCode,
    ).toBe(403);
    const [entry] = await auditOf('survey.instrument.import');
    expect(entry).toMatchObject({ entityId: String(created.json().id), actor: { username: 'office' } });
  });

  it('creates a survey, refusing unknown districts and instruments by field', async () => {
    const bad = await t.as('office', {
      method: 'POST',
      url: '/api/survey/surveys',
      payload: {
        name: '2026 年盘锦市公民科学素质调查',
        year: 2026,
        instrumentId: 9999,
        districts: ['999999'],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toContain('instrumentId');
    const badDistrict = await t.as('office', {
      method: 'POST',
      url: '/api/survey/surveys',
      payload: { name: '调查', year: 2026, instrumentId, districts: ['211104', '999999'] },
    });
    expect(issuePaths(badDistrict.json())).toEqual(['districts.1']);
    const res = await t.as('office', {
      method: 'POST',
      url: '/api/survey/surveys',
      payload: { name: '2026 年盘锦市公民科学素质调查', year: 2026, instrumentId, districts: DISTRICTS },
    });
    expect(res.statusCode, res.body).toBe(201);
    surveyId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', hasDesign: false, districts: DISTRICTS });
    // the consent text is the instrument's unless the survey gives its own
    expect(res.json().consent).toMatch(/不收集姓名/);
    expect((await auditOf('survey.create'))[0].entityId).toBe(String(surveyId));
  });

  it('opens fieldwork only with a design whose PSUs lie in the survey’s districts', async () => {
    const early = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/status`,
      payload: { status: 'fieldwork' },
    });
    expect(early.statusCode).toBe(400);
    expect(issuePaths(early.json())).toEqual(['design']);
    const outside = {
      psus: [...design.psus, { code: 'X1', district: '211100', probability: 0.5 }],
    };
    const bad = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/design`,
      payload: outside,
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual([`psus.${design.psus.length}.district`]);
    const noProb = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/design`,
      payload: { psus: [{ code: 'P1', district: '211104', probability: 0 }] },
    });
    expect(issuePaths(noProb.json())).toEqual(['body.psus.0.probability']);
    const ok = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/design`,
      payload: design,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().psus).toHaveLength(8);
  });

  it('assigns interviewers to PSUs, refusing an account that is not an interviewer', async () => {
    const bad = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/assignments`,
      payload: {
        assignments: [
          { psuCode: 'P21', userId: 1 },
          { psuCode: 'NOPE', userId: interviewerId },
        ],
      },
    });
    expect(issuePaths(bad.json())).toEqual(['assignments.0.userId', 'assignments.1.psuCode']);
    const ok = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/assignments`,
      payload: { assignments: [{ psuCode: 'P21', userId: interviewerId }] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().psus.find((p: { code: string }) => p.code === 'P21').interviewers).toEqual([
      { userId: interviewerId, username: 'interviewer', name: '调查员 张' },
    ]);
    const opened = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/status`,
      payload: { status: 'fieldwork' },
    });
    expect(opened.json().status).toBe('fieldwork');
    // the design is fixed once fieldwork is open
    const late = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/design`,
      payload: design,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('survey.status_conflict');
  });

  let tokens: string[] = [];
  it('issues invitation tokens (shown once; the audit keeps only the count)', async () => {
    const res = await t.as('office', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/invitations`,
      payload: { psuCode: 'P21', count: 3 },
    });
    expect(res.statusCode, res.body).toBe(201);
    tokens = res.json().map((i: { token: string; path: string }) => {
      expect(i.path).toBe(`/s/${i.token}`);
      return i.token;
    });
    expect(new Set(tokens).size).toBe(3);
    const both = await t.as('office', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/invitations`,
      payload: { count: 1, contacts: ['兴隆台区 某小区 1 号'] },
    });
    expect(issuePaths(both.json())).toEqual(['body.count']);
    const [entry] = await auditOf('survey.tokens.create');
    expect(entry.after).toEqual({ psuCode: 'P21', count: 3, withContacts: false });
    expect(JSON.stringify(entry)).not.toContain(tokens[0]);
  });

  it('lets a respondent consent, save answers as they go, resume, and submit once', async () => {
    const [token] = tokens;
    const first = (await t.as(null, { method: 'GET', url: `/api/s/${token}` })).json();
    expect(first.response).toBeNull();
    expect(first.consent).toMatch(/不收集姓名/);
    expect(first.items).toHaveLength(50);
    expect(first.items[0]).not.toHaveProperty('key');
    const early = await t.as(null, {
      method: 'PUT',
      url: `/api/s/${token}/answers`,
      payload: { answers: { K01: true } },
    });
    expect(early.json().error.code).toBe('survey.consent_missing');
    const consent = await t.as(null, {
      method: 'POST',
      url: `/api/s/${token}/consent`,
      payload: { device: 'device-aaaaaaaa' },
    });
    expect(consent.statusCode, consent.body).toBe(200);
    const wrong = await t.as(null, {
      method: 'PUT',
      url: `/api/s/${token}/answers`,
      payload: { answers: { K01: 'yes', NOPE: true }, demographics: { age: 12 } },
    });
    expect(wrong.statusCode).toBe(400);
    expect(issuePaths(wrong.json())).toEqual(['answers.K01', 'answers.NOPE', 'demographics.age']);
    const answers = keyed(file);
    const half = Object.fromEntries(Object.entries(answers).slice(0, 20));
    expect(
      (await t.as(null, { method: 'PUT', url: `/api/s/${token}/answers`, payload: { answers: half } }))
        .statusCode,
    ).toBe(200);
    // a reload finds what was saved
    const resumed = (await t.as(null, { method: 'GET', url: `/api/s/${token}` })).json();
    expect(resumed.response).toMatchObject({ consented: true, submitted: false, answers: half });
    const incomplete = await t.as(null, { method: 'POST', url: `/api/s/${token}/submit` });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('survey.response_incomplete');
    expect(issuePaths(incomplete.json())).toContain(`answers.${file.items[20].code}`);
    expect(issuePaths(incomplete.json())).toContain('demographics.sex');
    await t.as(null, {
      method: 'PUT',
      url: `/api/s/${token}/answers`,
      payload: { answers, demographics: about },
    });
    const done = await t.as(null, { method: 'POST', url: `/api/s/${token}/submit` });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().response.submitted).toBe(true);
    const twice = await t.as(null, { method: 'POST', url: `/api/s/${token}/submit` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('survey.response.submitted_conflict');
    const [entry] = await auditOf('survey.response.submit');
    expect(entry.after).toEqual({ surveyId, mode: 'self' });
    expect((await t.as(null, { method: 'GET', url: '/api/s/AAAAAAAAAAAAAAAA' })).statusCode).toBe(404);
  });

  it('takes an interviewer’s entry in an assigned PSU only', async () => {
    const entry = {
      psuCode: 'P21',
      answers: keyed(file),
      demographics: { ...about, sex: 'male' },
      minutes: 25,
    };
    const ok = await t.as('interviewer', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/interviews`,
      payload: entry,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const elsewhere = await t.as('interviewer', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/interviews`,
      payload: { ...entry, psuCode: 'P01' },
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.details.permission).toBe('survey.interview');
    const analyst = await t.as('analyst', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/interviews`,
      payload: entry,
    });
    expect(analyst.statusCode).toBe(403);
    const incomplete = await t.as('interviewer', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/interviews`,
      payload: { ...entry, demographics: { sex: 'male' } },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(issuePaths(incomplete.json())).toContain('demographics.age');
    const [audit] = await auditOf('survey.response.enter');
    expect(audit).toMatchObject({ entityId: String(ok.json().id), actor: { username: 'interviewer' } });
  });

  it('sets quotas per district and group during fieldwork, refusing a district outside the survey and a repeat', async () => {
    const url = `/api/survey/surveys/${surveyId}/quotas`;
    const quotas = {
      districts: [
        { district: '211104', completes: 8 },
        { district: '211102', completes: 5 },
      ],
      groups: [
        { targetGroup: 'industrial_workers', completes: 4 },
        { targetGroup: 'elderly', completes: 3 },
      ],
    };
    expect((await t.as('analyst', { method: 'PUT', url, payload: quotas })).statusCode).toBe(403);
    const bad = await t.as('office', {
      method: 'PUT',
      url,
      payload: {
        districts: [{ district: '210102', completes: 5 }],
        groups: [...quotas.groups, { targetGroup: 'elderly', completes: 1 }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual(['districts.0.district', 'groups.2.targetGroup']);
    const zero = await t.as('office', {
      method: 'PUT',
      url,
      payload: { districts: [{ district: '211104', completes: 0 }] },
    });
    expect(zero.statusCode).toBe(400);
    expect(issuePaths(zero.json())).toEqual(['body.districts.0.completes']);
    const saved = await t.as('office', { method: 'PUT', url, payload: quotas });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(200);
    expect(saved.json().quotas).toEqual(quotas);
    const [entry] = await auditOf('survey.quotas.set');
    expect(entry).toMatchObject({ entityId: String(surveyId), after: quotas, actor: { username: 'office' } });
  });

  it('shows the response rate by district and PSU and completes by group', async () => {
    expect(
      (await t.as('interviewer', { method: 'GET', url: `/api/survey/surveys/${surveyId}/fieldwork` }))
        .statusCode,
    ).toBe(403);
    const fw = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${surveyId}/fieldwork` })
    ).json();
    expect(fw.total).toMatchObject({ invited: 3, started: 2, completed: 2 });
    const dawa = fw.districts.find((d: { district: string }) => d.district === '211104');
    // P21 lies in 211104: three invited, one answered by token, one by interviewer
    expect(dawa).toMatchObject({ invited: 3, completed: 2 });
    expect(dawa.rate).toBeCloseTo(2 / 3, 10);
    expect(fw.psus.find((p: { psuCode: string }) => p.psuCode === 'P21')).toMatchObject({
      invited: 3,
      completed: 2,
    });
    expect(fw.groups).toEqual([
      { targetGroup: 'industrial_workers', completed: 2, share: 1, quota: 4, reached: 0.5 },
      // a group with a quota shows before its first complete
      { targetGroup: 'elderly', completed: 0, share: 0, quota: 3, reached: 0 },
    ]);
    // against the office's quotas: 2 of 8 in 大洼区, none set for 兴隆台区, 2 of the 13 over all districts
    expect(dawa).toMatchObject({ quota: 8, reached: 0.25 });
    expect(fw.districts.find((d: { district: string }) => d.district === '211103')).toMatchObject({
      quota: null,
      reached: null,
    });
    expect(fw.total).toMatchObject({ quota: 13 });
    expect(fw.total.reached).toBeCloseTo(2 / 13, 12);
  });

  it('flags the speeding self-completion and lets the analyst accept or exclude it with a reason', async () => {
    const queue = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${surveyId}/quality` })
    ).json();
    // the test answered 50 items in well under 150 seconds; the interviewer's 25 minutes are not speeding
    expect(queue).toEqual([expect.objectContaining({ mode: 'self', flags: ['speeding'], review: null })]);
    const id = queue[0].id;
    const noReason = await t.as('analyst', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/responses/${id}/review`,
      payload: { decision: 'excluded', reason: ' ' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(issuePaths(noReason.json())).toEqual(['body.reason']);
    const ok = await t.as('analyst', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/responses/${id}/review`,
      payload: { decision: 'excluded', reason: '答题时间过短' },
    });
    expect(ok.json()).toEqual({ id, review: 'excluded', reviewReason: '答题时间过短' });
    const after = (
      await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${surveyId}/quality` })
    ).json();
    expect(after[0]).toMatchObject({ review: 'excluded', reviewReason: '答题时间过短' });
    const [audit] = await auditOf('survey.response.review');
    expect(audit).toMatchObject({ actor: { username: 'analyst' }, after: { review: 'excluded' } });
  });

  it('closes fieldwork (the tokens are deleted, so no answer leads back to an invitation); publishing needs enough responses', async () => {
    expect(
      (
        await t.as('analyst', {
          method: 'PUT',
          url: `/api/survey/surveys/${surveyId}/status`,
          payload: { status: 'closed' },
        })
      ).statusCode,
    ).toBe(403);
    const early = await t.as('analyst', { method: 'POST', url: `/api/survey/surveys/${surveyId}/publish` });
    expect(early.statusCode).toBe(409);
    const closed = await t.as('office', {
      method: 'PUT',
      url: `/api/survey/surveys/${surveyId}/status`,
      payload: { status: 'closed' },
    });
    expect(closed.json().status).toBe('closed');
    for (const token of tokens)
      expect((await t.as(null, { method: 'GET', url: `/api/s/${token}` })).statusCode).toBe(404);
    const [audit] = await auditOf('survey.status.set');
    expect(audit.after).toEqual({ status: 'closed', invitationsDeleted: 3 });
    // one response is left after the exclusion: too few to estimate, so nothing is published (survey.publish.test.ts
    // publishes a full sample)
    const published = await t.as('analyst', {
      method: 'POST',
      url: `/api/survey/surveys/${surveyId}/publish`,
    });
    expect(published.statusCode).toBe(400);
    expect(published.json().error.code).toBe('survey.analysis.too_few');
    const after = await t.as('analyst', { method: 'GET', url: `/api/survey/surveys/${surveyId}` });
    expect(after.json().status).toBe('closed');
  });
});
