// The annual report on each engine: the office writes an introduction and a conclusion and gets a .docx (headings,
// tables, chart and map images, the units' own summaries, inspections and rectifications, exceptions, every source,
// times in the jurisdiction's zone) and a PDF whose pages render with the Chinese font (pdftoppm, from poppler-utils);
// other roles are refused, a blank introduction is named.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const INTRO = '本年度全市围绕五项提升行动扎实推进。';
const CONCLUSION = '下一年度将继续补齐基层科普短板。';

describe.each(engines)('the annual report on $name', ({ open }) => {
  let t: TestApp;
  let year: number;
  const report = (who: string, body: Record<string, string>) =>
    t.as(who, { method: 'POST', url: `/api/publication/${year}/report`, payload: body });

  beforeAll(async () => {
    t = await startTestApp(open);
    const forms = (await t.as('office', { method: 'GET', url: '/api/indicators/forms' })).json() as {
      year: number;
    }[];
    year = Math.max(...forms.map((f) => f.year)) - 1;
  });
  afterAll(() => t?.close());

  it('needs a published year, the office, and an introduction', async () => {
    const none = await report('office', { format: 'docx', intro: INTRO, conclusion: CONCLUSION });
    expect([none.statusCode, none.json().error.code]).toEqual([404, 'publication.release.not_found']);
    await t.as('office', { method: 'POST', url: `/api/publication/${year}/publish` });
    expect(
      (await report('viewer', { format: 'docx', intro: INTRO, conclusion: CONCLUSION })).statusCode,
    ).toBe(403);
    const blank = await report('office', { format: 'pdf', intro: '  ', conclusion: CONCLUSION });
    expect([blank.statusCode, blank.json().error.details.issues[0].path]).toEqual([400, 'body.intro']);
  });

  it("writes a Word document with headings, tables, charts, the map, the units' summaries, inspections, exceptions and every source", async () => {
    const res = await report('office', { format: 'docx', intro: INTRO, conclusion: CONCLUSION });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.docx');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(9);
    for (const h of ['四、各单位工作总结', '六、督促检查与整改', '八、异常情况']) expect(text).toContain(h);
    // three images: the literacy and progress charts, and the districts map
    const images = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(images).toHaveLength(3);
    expect(text).toMatch(/图 3 {2}各区县推进进度/);
    expect(text).toContain(INTRO);
    expect(text).toContain(CONCLUSION);
    expect(text).toContain('年度全民科学素质工作报告');
    // a unit's own words from an accepted progress report, under its action and task
    expect(text).toMatch(/行动1：[\s\S]*任务 1：[\s\S]*（20\d\d年第.季度进展报告，进度 \d+%）：/);
    // every inspection of the year with each of its rectification items
    const inspections = (await t.as('office', { method: 'GET', url: '/api/acc/inspections' })).json() as {
      title: string;
      heldOn: string;
      rectifications: { finding: string }[];
    }[];
    const year2026 = inspections.filter((i) => text.includes(`${i.heldOn}　${i.title}`));
    expect(year2026.length).toBeGreaterThan(0);
    for (const r of year2026.flatMap((i) => i.rectifications)) expect(text).toContain(r.finding);
    // the exceptions: counted, with the reports never filed listed
    expect(text).toMatch(/共 当前轮次逾期未报 \d+ 项，以往轮次未报送 \d+ 项/);
    // each table and each figure cites its source and date
    const sources = xml.match(/来源：[^<]*数据截至 \d{4}-\d{2}-\d{2}/g)?.length ?? 0;
    expect(sources).toBeGreaterThanOrEqual((xml.match(/<w:tbl>/g)?.length ?? 0) + images.length);
  });

  it("dates the release in the jurisdiction's time zone (Beijing time), not UTC", async () => {
    const [release] = (await t.as('office', { method: 'GET', url: '/api/publication/releases' })).json() as {
      publishedAt: string;
      publishedLocal: string;
      timeZone: string;
    }[];
    const at = new Date(release.publishedAt);
    const beijing = new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect([release.publishedLocal, release.timeZone]).toEqual([beijing, 'Asia/Shanghai']);
    const res = await report('office', { format: 'docx', intro: INTRO, conclusion: CONCLUSION });
    const xml =
      (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain(`发布于 ${beijing}（北京时间）`);
    expect(xml).toContain(`数据截至 ${beijing.slice(0, 10)}`);
  });

  it('writes a PDF whose pages render with the Chinese font embedded', async () => {
    const res = await report('office', { format: 'pdf', intro: INTRO, conclusion: CONCLUSION });
    expect(res.statusCode).toBe(200);
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/);
    const dir = mkdtempSync(join(tmpdir(), 'kepu-report-'));
    try {
      writeFileSync(join(dir, 'report.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'report.pdf'), join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => f.startsWith('page'));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      // a rendered page is more than blank paper: its PNG holds drawn text and lines
      for (const p of pages) expect(readFileSync(join(dir, p)).length, p).toBeGreaterThan(3000);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-']).toString();
      expect(text).toContain('公民具备科学素质的比例');
      expect(text).toContain(INTRO);
      expect(text).toContain('各单位工作总结');
      expect(text).toContain('督促检查与整改');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
