// The annual report on PGlite (the figures come from a stored release, the same on either engine): the office writes
// an introduction and a conclusion and gets a .docx (headings, tables, chart images, sources) and a PDF whose pages
// render with the Chinese font (pdftoppm, from poppler-utils); other roles are refused, a blank introduction is named.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, startTestApp, type TestApp } from './harness.ts';

const INTRO = '本年度全市围绕五项提升行动扎实推进。';
const CONCLUSION = '下一年度将继续补齐基层科普短板。';

describe('the annual report', () => {
  let t: TestApp;
  let year: number;
  const report = (who: string, body: Record<string, string>) =>
    t.as(who, { method: 'POST', url: `/api/publication/${year}/report`, payload: body });

  beforeAll(async () => {
    t = await startTestApp(engines[0].open);
    const forms = (await t.as('office', { method: 'GET', url: '/api/indicators/forms' })).json() as { year: number }[];
    year = Math.max(...forms.map((f) => f.year)) - 1;
  });
  afterAll(() => t?.close());

  it('needs a published year, the office, and an introduction', async () => {
    const none = await report('office', { format: 'docx', intro: INTRO, conclusion: CONCLUSION });
    expect([none.statusCode, none.json().error.code]).toEqual([404, 'publication.release.not_found']);
    await t.as('office', { method: 'POST', url: `/api/publication/${year}/publish` });
    expect((await report('viewer', { format: 'docx', intro: INTRO, conclusion: CONCLUSION })).statusCode).toBe(403);
    const blank = await report('office', { format: 'pdf', intro: '  ', conclusion: CONCLUSION });
    expect([blank.statusCode, blank.json().error.details.issues[0].path]).toEqual([400, 'body.intro']);
  });

  it('writes a Word document with headings, tables, chart images and every source', async () => {
    const res = await report('office', { format: 'docx', intro: INTRO, conclusion: CONCLUSION });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.docx');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(6);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(6);
    const images = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
    expect(images).toHaveLength(2);
    expect(xml).toContain(INTRO);
    expect(xml).toContain(CONCLUSION);
    expect(xml).toContain('年度全民科学素质工作报告');
    // six tables and two charts, each citing its source and the release's date
    expect(xml.match(/来源：[^<]*数据截至 \d{4}-\d{2}-\d{2}/g)?.length).toBe(8);
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
