import { describe, expect, it } from 'vitest';
import { renameUnits, suggestUnits, unitKey } from './unit-suggest.ts';

const existing = ['市教育局', '市科协', '市科技局', '市民政局', '市人力资源社会保障局'];

describe('suggestUnits', () => {
  it('lists only new names, each with the closest existing ones: a misspelling, an abbreviation, a long form', () => {
    expect(
      suggestUnits(['市教肓局', '市教委', '市科学技术协会', '市人社局', '市气象局', '市教育局'], existing),
    ).toEqual([
      { name: '市教肓局', closest: ['市教育局'] },
      { name: '市教委', closest: ['市教育局'] },
      { name: '市科学技术协会', closest: ['市科协'] },
      { name: '市人社局', closest: ['市人力资源社会保障局'] },
      { name: '市气象局', closest: [] },
    ]);
  });

  it('writes long and short forms alike, and renames as mapped without listing a unit twice', () => {
    expect(unitKey('市教育委员会')).toBe(unitKey('市教委'));
    const o = {
      groups: [{ leadUnits: ['市教肓局', '市教育局'], tasks: [{ responsibleUnits: ['市教肓局'] }] }],
    };
    expect(renameUnits(o, { 市教肓局: '市教育局' })).toEqual({
      groups: [{ leadUnits: ['市教育局'], tasks: [{ responsibleUnits: ['市教育局'] }] }],
    });
  });
});
