// The national volunteer platforms' export and the volunteers' scheduled purge, on each engine: the CSV's columns
// follow the office's mapping (the shipped one first), UTF-8 with a BOM, personal fields only in the office's export,
// every export audited, volunteers who asked for deletion left out; the nightly job erases those who asked and clears
// each personal field past its retention.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVolunteersPurgeJob } from '../src/volunteers/purge-job.ts';
import { engines, startTestApp, type TestApp } from './harness.ts';

const KEPT = '钱志远';
const GONE = '孙退出';

describe.each(engines)('the national export and the purge job on $name', ({ open }) => {
  let t: TestApp;
  let team: number;
  let kept: number;
  let gone: number;
  const post = (who: string | null, url: string, payload?: object) =>
    t.as(who, { method: 'POST', url, ...(payload && { payload }) });
  const csv = async (who: string, file: string) => {
    const r = await t.as(who, { method: 'GET', url: `/api/vol/national-export/${file}` });
    expect(r.statusCode, r.body).toBe(200);
    return {
      raw: r.rawPayload,
      lines: r.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
      headers: r.headers,
    };
  };
  const audits = async (action: string) =>
    t.handle.db.selectFrom('audit_log').select(['action', 'after']).where('action', '=', action).execute();

  beforeAll(async () => {
    t = await startTestApp(open);
    const city = (await t.as('office', { method: 'GET', url: '/api/vol/teams' }))
      .json()
      .find((x: { level: string }) => x.level === 'city');
    team = (
      await post('dawa', '/api/vol/teams', {
        name: '大洼区大队（导出测试）',
        level: 'district',
        parentId: city.id,
        areaCode: '211104',
      })
    ).json().id;
    const register = async (name: string, phone: string) => {
      const r = await post(null, '/api/pub/vol/volunteers', {
        name,
        phone,
        birthDate: '1990-01-02',
        teamId: team,
        skills: ['讲解'],
        availability: ['周末'],
        consent: true,
      });
      return r.json() as { id: number; token: string };
    };
    kept = (await register(KEPT, '13811112222')).id;
    const g = await register(GONE, '13833334444');
    gone = g.id;
    expect((await post(null, `/api/pub/vol/me/${g.token}/deletion`)).statusCode).toBe(200);
    const start = new Date(Date.now() - 86_400_000);
    const h = await post('dawa', '/api/vol/hours', {
      volunteerId: kept,
      teamId: team,
      startedAt: start.toISOString(),
      endedAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    });
    await post('dawa', '/api/vol/hours/moves', { ids: [h.json().id], move: 'approve' });
  });
  afterAll(() => t?.close());

  it('exports the volunteers under the shipped headers with a BOM, personal fields for the office only', async () => {
    const office = await csv('office', 'volunteers');
    expect([...office.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(office.headers['content-type']).toContain('text/csv');
    expect(decodeURIComponent(String(office.headers['content-disposition']))).toContain(
      '全国志愿服务平台-志愿者',
    );
    expect(office.lines[0]).toBe(
      '姓名,手机号码,出生日期,所属志愿服务组织,所在地区,服务类别,注册时间,累计服务时长（小时）,本平台志愿者编号',
    );
    const row = office.lines.find((l) => l.startsWith(KEPT));
    expect(row).toMatch(
      new RegExp(`^${KEPT},13811112222,1990-01-02,大洼区大队（导出测试）,大洼区,讲解,.*,2,${kept}$`),
    );
    // asked for deletion: not exported, with none of its hours
    expect(office.lines.some((l) => l.includes(GONE) || l.includes('13833334444'))).toBe(false);

    const district = await csv('dawa', 'volunteers');
    expect(district.lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^,,,大洼区大队（导出测试）,.*,${kept}$`)),
    ]);
    expect(
      (await t.as('viewer', { method: 'GET', url: '/api/vol/national-export/volunteers' })).statusCode,
    ).toBe(403);
    const logged = await audits('vol.export.national');
    expect(logged.map((a) => a.after)).toEqual([
      { file: 'volunteers', rows: office.lines.length - 1, personal: true },
      { file: 'volunteers', rows: 1, personal: false },
    ]);
  });

  it('follows the mapping the office sets, for the hours too', async () => {
    const mapping = (await t.as('office', { method: 'GET', url: '/api/vol/national-export/mapping' })).json();
    const put = (who: string, payload: object) =>
      t.as(who, { method: 'PUT', url: '/api/vol/national-export/mapping', payload });
    const hours = [
      { header: '证件姓名', field: 'name' },
      { header: '时长', field: 'hours' },
      { header: '开始', field: 'startedAt' },
    ];
    expect((await put('dawa', { ...mapping, hours })).statusCode).toBe(403);
    const twice = await put('office', { ...mapping, hours: [...hours, { header: '时长', field: 'note' }] });
    expect(twice.json().error.details.issues[0]).toMatchObject({ code: 'vol.export.header_twice' });
    const unknown = await put('office', { ...mapping, hours: [{ header: 'x', field: 'idNumber' }] });
    expect(unknown.json().error.details.issues[0].path).toBe('body.hours.0.field');
    expect((await put('office', { ...mapping, hours })).statusCode).toBe(200);
    const file = await csv('office', 'hours');
    expect(file.lines[0]).toBe('证件姓名,时长,开始');
    expect(file.lines.filter((l) => l.startsWith(KEPT))).toEqual([
      expect.stringMatching(new RegExp(`^${KEPT},2,`)),
    ]);
    expect((await audits('vol.export.mapping')).length).toBe(1);
  });

  it('erases on schedule those who asked, and clears a field past its own retention', async () => {
    const retention = (await t.as('office', { method: 'GET', url: '/api/vol/retention' })).json();
    expect(retention).toEqual({
      name: 1095,
      phone: 1095,
      birth_date: 1095,
      guardian: 1095,
      skills: 730,
      availability: 365,
    });
    // the volunteer kept last served 400 days ago: past the availability's 365 days, within the rest
    await sql`update vol_hours set started_at = started_at - interval '400 days' where volunteer_id = ${kept}`.execute(
      t.handle.db,
    );
    await sql`update vol_volunteers set created_at = created_at - interval '500 days' where id = ${kept}`.execute(
      t.handle.db,
    );
    const run = await runVolunteersPurgeJob(t.app);
    expect(run.erased).toBeGreaterThanOrEqual(1);
    expect(run.cleared.availability).toBeGreaterThanOrEqual(1);
    const row = async (id: number) =>
      (
        await sql<{ name: string; phone: string; availability: string[]; skills: string[]; status: string }>`
        select name, phone, availability, skills, status from vol_volunteers where id = ${id}`.execute(
          t.handle.db,
        )
      ).rows[0];
    expect(await row(gone)).toMatchObject({ name: '已删除', phone: '', status: 'erased' });
    expect(await row(kept)).toMatchObject({
      name: KEPT,
      phone: '13811112222',
      availability: [],
      skills: ['讲解'],
      status: 'active',
    });
    // the office shortens the skills' retention: the next run clears them too
    const shorter = await t.as('office', {
      method: 'PUT',
      url: '/api/vol/retention',
      payload: { ...retention, skills: 300 },
    });
    expect(shorter.statusCode, shorter.body).toBe(200);
    await runVolunteersPurgeJob(t.app);
    expect(await row(kept)).toMatchObject({ skills: [], phone: '13811112222' });
    const purged = await audits('vol.volunteer.purge');
    expect(purged.map((a) => a.after)).toEqual(
      expect.arrayContaining([{ field: 'availability' }, { field: 'skills' }]),
    );
  });
});
