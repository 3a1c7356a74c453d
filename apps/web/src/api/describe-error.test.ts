// Server errors are shown from their codes in the reader's language; the English sentence only on English screens.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { ApiError } from './client.ts';
import { describeError, errorSentence } from './describe-error.ts';
import { issueLine } from './error-text.ts';

beforeAll(async () => {
  await i18next.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
});

const inLanguage = async <T>(lng: string, f: () => T) => {
  await i18next.changeLanguage(lng);
  return f();
};

describe('describeError', () => {
  it('renders a known code with its params in Chinese', async () => {
    const e = new ApiError(400, 'acc.round.closed', 'the round closed on 2026-04-15; ask …', {
      closesOn: '2026-04-15',
    });
    const text = await inLanguage('zh-CN', () => describeError(i18next.t, e));
    expect(text.cause).toBe('本轮填报已于 2026-04-15 截止。如需补报，请联系领导小组办公室为本单位延期。');
    expect(text.title).toBe('请求有误');
  });

  it('names each field by its label and says what is wrong from the issue code', async () => {
    const e = new ApiError(400, 'validation.failed', 'body.note: Too big', {
      issues: [
        {
          path: 'body.note',
          code: 'zod.too_big',
          params: { maximum: 2000, origin: 'string' },
          message: 'Too big',
        },
        {
          path: 'body.items[0].workItemId',
          code: 'zod.invalid_type',
          params: { expected: 'number' },
          message: 'x',
        },
      ],
    });
    const zh = await inLanguage('zh-CN', () => describeError(i18next.t, e));
    expect(zh.issues).toEqual(['备注：不能超过 2000 个字。', '工作事项：应填写数字。']);
    const english = await inLanguage('en', () => describeError(i18next.t, e));
    expect(english.issues).toEqual([
      'Note: Must be at most 2000 characters long.',
      'Work item: Must be a number.',
    ]);
  });

  it('never shows the English server sentence on a Chinese screen', async () => {
    const e = new ApiError(400, 'indicators.brand_new_code', 'something new went wrong', {
      issues: [{ path: 'body.right', message: 'cannot read "*" at character 4' }],
    });
    const zh = await inLanguage('zh-CN', () => describeError(i18next.t, e));
    expect(zh.cause).toBe(zhCN.error.badRequest.cause);
    expect(zh.issues).toEqual(['body.right：填写的内容不符合要求。']);
    const english = await inLanguage('en', () => describeError(i18next.t, e));
    expect(english.cause).toContain('something new went wrong');
    expect(english.issues).toEqual(['body.right: cannot read "*" at character 4']);
  });

  it('lists the failed rules with their reasons and names them in the sentence', async () => {
    const e = new ApiError(400, 'indicators.rules_failed', '1 hard rule(s) fail: R_F01', {
      violations: [{ rule: 'R_F01', zh: '筹集额应等于各来源之和', en: 'Raised equals the sum of sources' }],
    });
    const zh = await inLanguage('zh-CN', () => describeError(i18next.t, e));
    expect(zh.cause).toBe('以下强制审核规则未通过，请修改数据后再提交：R_F01。');
    expect(zh.issues).toEqual(['R_F01：筹集额应等于各来源之和']);
  });

  it('falls back to the family of a code and to the kind of error', async () => {
    const zh = await inLanguage('zh-CN', () => [
      errorSentence(i18next.t, new ApiError(404, 'plan.section.not_found', 'section 3 not found', { id: 3 })),
      describeError(i18next.t, new ApiError(400, 'request.fst_err_not_yet_named', 'bad request')).cause,
      describeError(i18next.t, new ApiError(0, 'network.unreachable', 'Failed to fetch')).cause,
      describeError(i18next.t, new Error('boom')).title,
    ]);
    expect(zh).toEqual([
      zhCN.errors.not_found,
      zhCN.errors['request.invalid'],
      zhCN.errors['network.unreachable'],
      zhCN.error.unexpected.title,
    ]);
  });

  it('puts a workbook cell or a figure first in an issue line', async () => {
    const lines = await inLanguage('zh-CN', () => [
      issueLine(i18next.t, {
        sheet: '填报',
        cell: 'E12',
        code: 'zod.invalid_type',
        params: { expected: 'number' },
      }),
      issueLine(i18next.t, {
        item: 'P01',
        option: 'male',
        path: 'body.values.3.value',
        message: 'not a number',
      }),
    ]);
    expect(lines).toEqual(['填报!E12：应填写数字。', 'P01/male：填写的内容不符合要求。']);
  });

  it('names a statistics report’s state in the words of the report pages', async () => {
    const issue = {
      code: 'ind.values.report_locked',
      params: { unit: 'U0001', year: 2024, state: 'accepted', lockedBy: '市科协 领导小组办公室' },
    };
    const [zh, english] = [
      await inLanguage('zh-CN', () => issueLine(i18next.t, issue)),
      await inLanguage('en', () => issueLine(i18next.t, issue)),
    ];
    expect(zh).toBe(
      '单位 U0001 的 2024 年度报表为“市级已接收”状态（由 市科协 领导小组办公室 锁定），请先解锁。',
    );
    expect(english).toContain('report is Accepted by the city');
  });

  it('says which supervision record refuses an action, its state in its page’s words', async () => {
    const conflict = (entity: string, state: string) =>
      new ApiError(409, 'acc.state_conflict', `a ${state} ${entity} cannot be changed`, {
        entity,
        state,
        action: 'save',
      });
    const zh = await inLanguage('zh-CN', () => [
      errorSentence(i18next.t, conflict('report', 'submitted')),
      errorSentence(i18next.t, conflict('mail', 'sent')),
    ]);
    expect(zh).toEqual([
      '待审核的报告已锁定，退回后才能修改。',
      '只有发送失败的邮件才能重试，此邮件为“已发送”。',
    ]);
    const english = await inLanguage('en', () => errorSentence(i18next.t, conflict('report', 'submitted')));
    expect(english).not.toContain('submitted');
  });

  it('says how many problems a long file has beyond the listed ones, in the count it names', async () => {
    const issues = Array.from({ length: 200 }, (_, i) => ({
      path: `row ${i + 1}`,
      row: i + 1,
      column: 'areaCode',
      code: 'ind.area.unknown',
      params: { areaCode: '999999' },
    }));
    const e = new ApiError(400, 'indicators.import_invalid', '1000 problem(s)', { count: 1000, issues });
    const zh = await inLanguage('zh-CN', () => describeError(i18next.t, e));
    expect(zh.cause).toBe('文件中有 1000 处问题，未导入任何数据。请按下列提示修改后重新上传。');
    expect(zh.issues).toHaveLength(201);
    expect(zh.issues[200]).toBe('另有 800 处问题未列出，请先修改以上各处。');
  });
});
