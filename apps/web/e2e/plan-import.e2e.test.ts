// The office imports a Word (.docx) outline on the import page (issue 13): two lines the parser misreads (a unit list
// joined with 及, a 牵头 without 单位) and one misspelt unit (市教肓局); the office corrects them in the form beside the
// marked source text, maps the unit to 市教育局, adds, moves and deletes tasks, commits, and sees the new plan with its
// qualitative goal. axe on each page.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { desktop, dt, expectAccessible, visit } from './support/browser.ts';
import { setUpE2e } from './support/harness.ts';
import { accounts } from './support/server.ts';

const e2e = setUpE2e({ shots: 'plan-import' });
const wide = { ...desktop, viewport: { width: 1440, height: 900 } };

const text = readFileSync(
  new URL('../../../packages/domain/test/outlines/city-like.txt', import.meta.url),
  'utf8',
)
  .replace('（牵头单位：市教育局、市科协）', '（牵头单位：市教肓局、市科协）')
  .replace(
    '（市农业农村局、市人力资源社会保障局按职责分工负责）',
    '（市农业农村局及市人力资源社会保障局按职责分工负责）',
  )
  .replace('基层科普能力提升工程（牵头单位：市科协）', '基层科普能力提升工程（牵头：市科协）');

async function docx(body: string): Promise<Buffer> {
  const zip = new JSZip();
  const paras = body
    .split('\n')
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`)
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

describe('importing a Word outline', () => {
  it('the office reads the .docx, corrects two lines and a unit, commits, and sees the new plan', async () => {
    const page = await e2e.session(accounts.office.username, accounts.office.password, wide);
    await visit(page, e2e.url(), `/plan/import`);
    await page.waitForSelector(dt('plan-import-page'));
    await expectAccessible(page, 'import page, empty');
    await page.setInputFiles(dt('outline-file'), {
      name: '辽示市纲要.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docx(text),
    });
    await page.click(dt('outline-read'));
    await page.waitForSelector(dt('outline-form'));
    await expect(page.textContent(dt('import-read-as'))).resolves.toContain('Word 文档');
    // the misspelt unit and the joined list are marked in the source and listed as new units
    await expect(
      page.locator(`${dt('outline-source')} mark[data-mark="unit"]`, { hasText: '市教肓局' }).count(),
    ).resolves.toBe(1);
    await expect(page.locator(`${dt('new-units')} label`).count()).resolves.toBe(2);
    await page.selectOption(dt('unit-choice-市教肓局'), '市教育局');
    // the two misread lines, corrected in the form
    await expect(page.inputValue('#g1-t0-units')).resolves.toBe('市农业农村局及市人力资源社会保障局');
    await page.fill('#g1-t0-units', '市农业农村局、市人力资源社会保障局');
    await expect(page.inputValue('#g2-title')).resolves.toBe('基层科普能力提升工程（牵头：市科协）');
    await page.fill('#g2-title', '基层科普能力提升工程');
    await page.fill('#g2-lead', '市科协');
    // a task added empty is refused with its place named, then deleted; a task moved up and another deleted, the
    // numbers counted again through the outline
    await page.click(dt('g0-add-task'));
    await page.click(dt('outline-commit'));
    await expect(page.textContent(dt('import-issues'))).resolves.toContain(
      '第 1 组任务 3 的标题：这一项不能为空。',
    );
    await page.click(dt('g0-t2-delete'));
    await expect(page.locator(dt('import-issues')).count()).resolves.toBe(0);
    await page.click(dt('g0-t1-up'));
    await expect(page.inputValue('#g0-t0-title')).resolves.toBe('开展科技竞赛');
    await page.click(dt('g0-t1-delete'));
    await expect(page.getAttribute(dt('g0-t0-delete'), 'aria-label')).resolves.toBe('删除第 1 组任务 1');
    // the keyboard stays where it was: on the delete button of the task now in that place
    await page.waitForFunction(() => document.activeElement?.id === 'g0-t0-delete');
    await expect(page.inputValue('#g1-t0-number')).resolves.toBe('2');
    await e2e.shot(page, 'read-1440');
    await expectAccessible(page, 'import page, read');
    await page.click(dt('outline-commit'));
    await page.waitForSelector(dt('import-done'));
    await expectAccessible(page, 'import page, saved');
    await page.click(dt('import-see-plan'));
    await page.waitForSelector(`${dt('plan-title')}:has-text("辽示市")`);
    await expect(page.textContent(dt('targets-table'))).resolves.toContain(
      '全市科学素质建设水平走在全省前列',
    );
    await expectAccessible(page, 'plan page after import');
  });
});
