import { describe, expect, it } from 'vitest';
import { splitUnits, takeLeadUnits, takeTrailingUnits } from './unit-list.ts';

describe('splitUnits', () => {
  it('splits on 、 and strips 按职责分工负责', () => {
    expect(splitUnits('市教育局、团市委、市科协按职责分工负责')).toEqual(['市教育局', '团市委', '市科协']);
  });

  it('keeps a single unit without the duty phrase as it is', () => {
    expect(splitUnits('市全民科学素质工作领导小组办公室')).toEqual(['市全民科学素质工作领导小组办公室']);
  });
});

describe('takeTrailingUnits', () => {
  it('takes the closing parenthesis after a sentence, half- or full-width', () => {
    expect(takeTrailingUnits('开展活动。(市教育局、市科协按职责分工负责)')).toEqual({
      body: '开展活动。',
      units: ['市教育局', '市科协'],
    });
    expect(takeTrailingUnits('开展活动。 （市科协）')).toEqual({ body: '开展活动。', units: ['市科协'] });
  });

  it('leaves an aside in the middle of a sentence alone', () => {
    expect(takeTrailingUnits('依托新时代文明实践中心(所、站)')).toEqual({
      body: '依托新时代文明实践中心(所、站)',
      units: undefined,
    });
  });
});

describe('takeLeadUnits', () => {
  it('separates the title from 牵头单位 with either colon', () => {
    expect(takeLeadUnits('青少年科学素质提升行动(牵头单位:市教育局、市科协)')).toEqual({
      title: '青少年科学素质提升行动',
      units: ['市教育局', '市科协'],
    });
    expect(takeLeadUnits('农民科学素质提升行动（牵头单位：市农业农村局）')).toEqual({
      title: '农民科学素质提升行动',
      units: ['市农业农村局'],
    });
  });

  it('returns no units when the heading names none', () => {
    expect(takeLeadUnits('指导思想')).toEqual({ title: '指导思想', units: undefined });
  });
});
