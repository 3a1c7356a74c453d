import { describe, expect, it } from 'vitest';
import { extractLiteracyTargets } from './outline-targets.ts';

describe('extractLiteracyTargets', () => {
  it('reads observed shares as baselines and 到YYYY年 sentences as targets with their comparator', () => {
    const text = [
      '公民具备科学素质的比例从2010年的4.13%提高到2020年的9.7%,各项目标任务如期完成。',
      '到2025年,全市公民具备科学素质的比例超过15%,城乡差距显著缩小。',
      '到2035年,全市公民具备科学素质的比例达到25.5%,服务群众。',
      '到2030年,全县公民具备科学素质的比例不低于20%。',
    ].join('\n');
    expect(extractLiteracyTargets(text).map((t) => [t.year, t.value, t.kind, t.comparator])).toEqual([
      [2010, 4.13, 'baseline', '='],
      [2020, 9.7, 'baseline', '='],
      [2025, 15, 'target', '>'],
      [2030, 20, 'target', '>='],
      [2035, 25.5, 'target', '='],
    ]);
  });

  it('ignores percentages that are not about the literacy share', () => {
    expect(extractLiteracyTargets('到2025年,科普经费增长10%。')).toEqual([]);
  });
});
