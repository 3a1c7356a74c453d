import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.ts';
import { parseOutlineText } from './outline-text.parser.ts';

const panjinText = readFileSync(new URL('../../seed/panjin-outline.txt', import.meta.url), 'utf8');
const outline = parseOutlineText(panjinText, { jurisdictionCode: '211100' });

/** Read off the text by hand: the 牵头单位 of groups 三 and 四, the closing parentheses of tasks 1–30 and of measures 五(一)–(三). */
const panjinUnits = [
  '市委宣传部',
  '市委网信办',
  '市教育局',
  '团市委',
  '市科协',
  '市科技局',
  '市文旅广电局',
  '市卫生健康委',
  '市妇联',
  '市应急局',
  '市气象局',
  '市总工会',
  '市人力资源社会保障局',
  '盘锦高新区',
  '盘锦职业技术学院',
  '辽河石油职业技术学院',
  '市工业和信息化局',
  '市工商联',
  '市农业农村局',
  '市民宗局',
  '市生态环境局',
  '市供销社',
  '省盐碱地利用研究所',
  '市民政局',
  '市委组织部',
  '市委党校',
  '市直机关工委',
  '市社科联',
  '市营商局',
  '市知识产权局',
  '市文联',
  '市发改委',
  '市财政局',
  '市住房城乡建设局',
  '市全民科学素质工作领导小组办公室',
  '市统计局',
];

describe('parseOutlineText on the Panjin outline', () => {
  it('reads the header', () => {
    expect(outline.title).toBe('盘锦市全民科学素质行动规划纲要(2021—2035年)');
    expect(outline.documentNumber).toBe('盘政发〔2022〕12号');
    expect(outline.issuedOn).toBe('2022-11-17');
    expect(outline.jurisdiction).toEqual({ code: '211100', name: '盘锦市' });
    expect(outline.period).toEqual({ start: 2021, end: 2035 });
  });

  it('reads sections 一 to 五 with their titles', () => {
    expect(outline.sections.map((s) => [s.number, s.title])).toEqual([
      [1, '发展基础和面临形势'],
      [2, '总体要求'],
      [3, '科学素质提升行动'],
      [4, '科学素质建设重点工程'],
      [5, '保障措施'],
    ]);
    expect(outline.sections[1].text).toContain('(三)发展目标');
    expect(outline.sections[2].text).toMatch(/^重点围绕践行社会主义核心价值观.*实施5项科学素质提升行动。$/);
  });

  it('finds 5 actions, 4 projects and 3 measures with their lead units', () => {
    const byKind = (k: string) => outline.groups.filter((g) => g.kind === k);
    expect(byKind('action').map((g) => g.title)).toEqual([
      '青少年科学素质提升行动',
      '产业工人科学素质提升行动',
      '农民科学素质提升行动',
      '老年人科学素质提升行动',
      '领导干部和公务员科学素质提升行动',
    ]);
    expect(byKind('project').map((g) => g.title)).toEqual([
      '产业科普助力工程',
      '公众科学传播工程',
      '科普基础设施工程',
      '基层科普能力提升工程',
    ]);
    expect(byKind('measure').map((g) => g.title)).toEqual(['加强组织领导', '保障经费投入', '强化督促检查']);
    expect(byKind('action')[1].leadUnits).toEqual(['市总工会', '市人力资源社会保障局']);
    expect(byKind('project')[1].leadUnits).toEqual(['市委宣传部', '市委网信办', '市科协']);
    expect(byKind('measure').map((g) => g.leadUnits)).toEqual([
      ['市全民科学素质工作领导小组办公室'],
      ['市科技局', '市财政局', '市科协'],
      ['市科技局', '市统计局', '市科协'],
    ]);
    expect(byKind('measure')[0].text).toMatch(/^加强组织领导。市科协履行.*列为年度政府重点工作任务。$/);
  });

  it('reads tasks 1 to 30, each with a title, its full text and responsible units', () => {
    expect(outline.tasks.map((t) => t.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const t of outline.tasks) {
      expect(t.responsibleUnits.length).toBeGreaterThan(0);
      expect(t.text.startsWith(`${t.title}。`)).toBe(true);
      expect(t.text).not.toMatch(/负责\)?$/);
    }
    const t7 = outline.tasks[6];
    expect(t7.title).toBe('实施技能盘锦创新行动');
    expect(t7.responsibleUnits).toEqual([
      '盘锦高新区',
      '市人力资源社会保障局',
      '市总工会',
      '团市委',
      '市科协',
      '盘锦职业技术学院',
      '辽河石油职业技术学院',
    ]);
    expect(outline.tasks[16].responsibleUnits).toEqual(['市委组织部']);
    expect(outline.tasks[27].text).toContain('新时代文明实践中心(所、站)');
  });

  it('keeps task 4 on science counsellors (科技辅导员)', () => {
    expect(outline.tasks[3].text).toContain('科技辅导员');
    expect(outline.tasks[3].text).toContain('力争每所学校都有专兼职科技辅导人员1名以上');
  });

  it('assigns every task to exactly one group', () => {
    const numbers = outline.groups.flatMap((g) => g.taskNumbers).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('names 36 distinct units over tasks and lead units, exactly as written', () => {
    const found = new Set([
      ...outline.groups.flatMap((g) => g.leadUnits),
      ...outline.tasks.flatMap((t) => t.responsibleUnits),
    ]);
    expect(panjinUnits).toHaveLength(36);
    expect([...found].sort()).toEqual([...panjinUnits].sort());
  });

  it('reads the literacy targets from the text', () => {
    expect(outline.targets.map((t) => [t.year, t.value, t.kind, t.comparator])).toEqual([
      [2010, 4.13, 'baseline', '='],
      [2020, 9.7, 'baseline', '='],
      [2025, 15, 'target', '>'],
      [2035, 25.5, 'target', '='],
    ]);
  });
});

describe('parseOutlineText on another outline of the same shape', () => {
  const county = [
    '示范县全民科学素质行动规划纲要',
    '（2021—2035年）',
    '一、总体要求',
    '到2025年,全县公民具备科学素质的比例不低于12%。',
    '二、提升行动',
    '（一）农民科学素质提升行动（牵头单位：县农业农村局）',
    '1．开展农技培训。在每个乡镇举办培训。（县农业农村局、县科协按职责分工负责）',
    '2．建设田间学校。',
    '继续推进示范基地建设。（县科协）',
    '三、保障措施',
    '（一）加强组织领导。县科协做好协调。（县科协）',
  ].join('\n');

  it('handles full-width punctuation, multi-line tasks and a resolver for the code', () => {
    const o = parseOutlineText(county, {
      resolveJurisdictionCode: (name) => (name === '示范县' ? '999999' : undefined),
    });
    expect(o.jurisdiction).toEqual({ code: '999999', name: '示范县' });
    expect(o.title).toBe('示范县全民科学素质行动规划纲要（2021—2035年）');
    expect(o.groups.map((g) => [g.kind, g.title, g.leadUnits, g.taskNumbers])).toEqual([
      ['action', '农民科学素质提升行动', ['县农业农村局'], [1, 2]],
      ['measure', '加强组织领导', ['县科协'], []],
    ]);
    expect(o.tasks[1]).toEqual({
      number: 2,
      title: '建设田间学校',
      text: '建设田间学校。\n继续推进示范基地建设。',
      responsibleUnits: ['县科协'],
    });
    expect(o.targets).toEqual([
      { indicator: 'literacy_share', year: 2025, value: 12, comparator: '>=', kind: 'target', unit: '%' },
    ]);
  });

  it('refuses a task without units, naming the task and its line', () => {
    const broken = county
      .replace('（县农业农村局、县科协按职责分工负责）', '')
      .replace('（县科协）\n三', '\n三');
    let error: unknown;
    try {
      parseOutlineText(broken, { jurisdictionCode: '999999' });
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error)).toBe(true);
    if (!isDomainError(error)) return;
    expect(error.code).toBe('plan.invalid_outline');
    expect(error.details.issues).toEqual([
      {
        path: 'tasks[0].responsibleUnits',
        line: 7,
        code: 'zod.too_small',
        params: { minimum: 1, origin: 'array' },
        message: 'a task needs at least one responsible unit',
      },
      {
        path: 'tasks[1].responsibleUnits',
        line: 8,
        code: 'zod.too_small',
        params: { minimum: 1, origin: 'array' },
        message: 'a task needs at least one responsible unit',
      },
    ]);
  });
});
