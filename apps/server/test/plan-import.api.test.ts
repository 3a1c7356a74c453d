// The import page's API on both engines: a .docx, a GBK text and pasted text read into a preview with every problem and
// the new unit names; a commit with a misspelt unit mapped; the /2 round trip through export and import.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const fixtures = new URL('../../../packages/domain/test/outlines/', import.meta.url);
const cityText = readFileSync(new URL('city-like.txt', fixtures), 'utf8')
  .replace('（牵头单位：市教育局、市科协）', '（牵头单位：市教肓局、市科协）')
  .replace('（市财政局按职责分工负责）', '（市财政局、市气候中心按职责分工负责）');

export async function docx(text: string): Promise<Buffer> {
  const zip = new JSZip();
  const paras = text
    .split('\n')
    .map(
      (l) =>
        `<w:p><w:r><w:t xml:space="preserve">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`,
    )
    .join('');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

for (const { name, open } of engines) {
  describe(`plan import page API (${name})`, { timeout: 120_000 }, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(open);
    });
    afterAll(() => t?.close());
    const preview = (payload: object, who = 'office') =>
      t.as(who, { method: 'POST', url: '/api/plans/import/preview', payload });

    it('is for the office only', async () => {
      expect(
        (await t.as(null, { method: 'POST', url: '/api/plans/import/preview', payload: { text: 'x' } }))
          .statusCode,
      ).toBe(401);
      expect((await preview({ text: 'x' }, 'edu')).statusCode).toBe(403);
      expect(
        (await t.as('edu', { method: 'POST', url: '/api/plans/import/commit', payload: { outline: {} } }))
          .statusCode,
      ).toBe(403);
    });

    it('reads a .docx into a draft with spans, and lists the misspelt unit with the closest existing name', async () => {
      const res = await preview({
        fileName: '辽示市纲要.docx',
        base64: (await docx(cityText)).toString('base64'),
      });
      expect(res.statusCode).toBe(200);
      const p = res.json();
      expect(p).toMatchObject({ kind: 'docx', issues: [] });
      expect(p.outline.format).toBe('kepu-outline/2');
      expect(p.outline.groups[0].leadUnits).toEqual(['市教肓局', '市科协']);
      const span = p.spans['groups[0].leadUnits[0]'];
      expect(p.text.slice(span.start, span.end)).toBe('市教肓局');
      expect(p.newUnits).toEqual([
        { name: '市教肓局', closest: ['市教育局'] },
        { name: '市气候中心', closest: [] },
      ]);
    });

    it('names GB18030 for a GBK file, and refuses a binary one with 400 naming the problem', async () => {
      const gbk = readFileSync(new URL('city-like.gbk.txt', fixtures));
      const ok = await preview({ fileName: 'city.txt', base64: gbk.toString('base64') });
      expect(ok.json()).toMatchObject({ encoding: 'GB18030', issues: [] });
      const bad = await preview({
        fileName: 'city.txt',
        base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]).toString('base64'),
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({
        code: 'plan.invalid_outline',
        details: { issues: [{ code: 'plan.outline.binary' }] },
      });
      const notDocx = await preview({ fileName: 'a.docx', base64: Buffer.from('hello').toString('base64') });
      expect(notDocx.json().error.details.issues[0].code).toBe('plan.outline.bad_docx');
    });

    it('refuses a commit with unconfirmed new units, then stores the mapped outline as a new audited version', async () => {
      const p = (await preview({ text: cityText })).json();
      const plans = (await t.as(null, { method: 'GET', url: '/api/plans' })).json();
      const refused = await t.as('office', {
        method: 'POST',
        url: '/api/plans/import/commit',
        payload: { outline: p.outline },
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        code: 'plan.unconfirmed_units',
        details: { units: [{ name: '市教肓局', closest: ['市教育局'] }, { name: '市气候中心' }] },
      });
      expect((await t.as(null, { method: 'GET', url: '/api/plans' })).json()).toEqual(plans);
      const res = await t.as('office', {
        method: 'POST',
        url: '/api/plans/import/commit',
        payload: { outline: p.outline, unitMap: { 市教肓局: '市教育局' }, newUnits: ['市气候中心'] },
      });
      expect(res.statusCode).toBe(201);
      const out = (await t.as(null, { method: 'GET', url: '/api/plans/current/export' })).json();
      expect(out.format).toBe('kepu-outline/2');
      expect(out.groups[0].leadUnits).toEqual(['市教育局', '市科协']);
      expect(out.targets.at(-1)).toMatchObject({
        comparator: 'qualitative',
        text: '全市科学素质建设水平走在全省前列',
      });
      const audit = (await t.as('office', { method: 'GET', url: '/api/audit?entity=plan' })).json();
      expect(audit.items[0]).toMatchObject({ action: 'plan.import', actor: { username: 'office' } });
      const detail = (await t.as(null, { method: 'GET', url: '/api/plans/current' })).json();
      expect(
        detail.targets.map((x: { comparator: string; value: number | null }) => [x.comparator, x.value]),
      ).toContainEqual(['qualitative', null]);
    });

    it('round-trips a /2 outline: export → import → export gives the same bytes', async () => {
      const first = await t.as(null, { method: 'GET', url: '/api/plans/current/export' });
      const res = await t.as('office', { method: 'POST', url: '/api/plans/import', payload: first.json() });
      expect(res.statusCode).toBe(201);
      const second = await t.as(null, { method: 'GET', url: '/api/plans/current/export' });
      expect(second.body).toBe(first.body);
      expect(second.json().groups[0].tasks[0]).toEqual(first.json().groups[0].tasks[0]);
    });
  });
}
