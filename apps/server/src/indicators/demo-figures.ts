// Demo figures: deterministic pseudo-random numbers, a unit's department type from its name, and one unit's figures
// for a year that pass every hard rule of the shipped form.
import type { departmentTypes, FormDefinition, ValueCell } from '@kepu/domain/indicators';

/** Deterministic pseudo-random numbers, so every first start shows the same demo. */
export function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function deptTypeOf(name: string): (typeof departmentTypes)[number] {
  if (/高新区|开发区/.test(name)) return 'zone';
  if (/学院|学校|中学|小学|研究所/.test(name)) return /研究所/.test(name) ? 'institution' : 'school';
  if (/科协|工会|团|妇联|文联|社科联|工商联|供销社/.test(name)) return 'mass_org';
  if (/市委|党校|工委|网信办/.test(name)) return 'party';
  if (/公司|集团|油田/.test(name)) return 'enterprise';
  return 'government';
}

/** Figures for one unit and year that pass every hard rule (balances add up, "of which" ≤ total). */
export function figures(
  form: FormDefinition,
  name: string,
  deptType: string,
  size: number,
  growth: number,
  r: () => number,
): ValueCell[] {
  const out: ValueCell[] = [];
  const n = (x: number) => Math.max(0, Math.round(x * size * growth * (0.85 + 0.3 * r())));
  const put = (item: string, value: number, option = '') => out.push({ item, option, value });
  const p01 = n(6);
  put('P01', p01);
  put('P011', Math.round(p01 * 0.6));
  put('P012', Math.round(p01 * 0.45));
  put('P013', Math.round(p01 * (deptType === 'government' ? 0.3 : 0.1)));
  put('P014', Math.round(p01 * 0.2));
  put('P015', Math.round(p01 * 0.1));
  const p02 = n(25);
  put('P02', p02);
  put('P021', Math.round(p02 * 0.5));
  put('P022', Math.round(p02 * 0.5));
  put('P023', Math.round(p02 * 0.25));
  put('P024', Math.round(p02 * 2.5));
  const vol = n(120);
  put('P03', Math.round(vol * 0.46), 'male');
  put('P03', vol - Math.round(vol * 0.46), 'female');
  // funding in 元, whole hundreds; 筹集额 = sum of sources, 专项 inside 政府拨款
  const h = (x: number) => Math.round(n(x) / 100) * 100;
  const gov = h(180_000);
  const [don, self, other] = [h(8_000), h(30_000), h(5_000)];
  put('F011', gov);
  put('F0111', Math.round((gov * 0.55) / 100) * 100);
  put('F012', don);
  put('F013', self);
  put('F014', other);
  put('F01', gov + don + self + other);
  const spent = Math.round(((gov + don + self + other) * (0.85 + 0.1 * r())) / 100) * 100;
  const admin = Math.round((spent * 0.15) / 100) * 100;
  const acts = Math.round((spent * 0.6) / 100) * 100;
  const build = Math.round((spent * 0.15) / 100) * 100;
  put('F021', admin);
  put('F022', acts);
  put('F023', build);
  put('F024', spent - admin - acts - build);
  put('F02', spent);
  if (name === '市科协') {
    put('V01', 1);
    put('V011', 18_600);
    put('V012', 9_800);
    const visits = Math.round(210_000 * growth);
    put('V013', visits);
    put('V014', Math.round(visits * 0.55));
    put('V08', 12);
    put('V081', 2);
  }
  if (name === '市文旅广电局' || name === '省盐碱地利用研究所') {
    put('V02', 1);
    put('V021', 6_200);
    put('V022', 3_100);
    put('V023', Math.round(64_000 * growth));
  }
  if (/科协/.test(name) && name !== '市科协') {
    put('V03', 1 + Math.floor(r() * 2));
    put('V04', n(6));
    put('V05', n(9));
    put('V06', 1);
    put('V07', n(14));
    put('V08', 2 + Math.floor(r() * 3));
  }
  if (/宣传部|文旅|网信/.test(name)) {
    put('M01', n(3));
    put('M011', n(9_000));
    put('M03', n(40_000));
    put('M04', n(60));
    put('M05', n(90));
    put('M06', 1);
    put('M07', 1);
  }
  put('M08', 1);
  put('M081', n(80));
  const lectures = n(14);
  put('A01', lectures);
  const groups = ['youth', 'workers', 'farmers', 'elderly', 'officials', 'other'];
  const share = deptType === 'school' ? [0.8, 0, 0, 0.05, 0.05, 0.1] : [0.25, 0.2, 0.2, 0.2, 0.1, 0.05];
  const attend = lectures * Math.round(60 + 90 * r());
  for (const [k, g] of groups.entries()) put('A011', Math.round(attend * share[k]), g);
  const exhibitions = n(3);
  put('A02', exhibitions);
  put('A021', Math.round(exhibitions * 800 * (0.5 + r())), 'offline');
  put('A021', Math.round(exhibitions * 1500 * (0.5 + r())), 'online');
  put('A03', n(2));
  put('A031', n(300));
  put('A04', n(4));
  put('A041', n(900));
  put('A06', Math.round(r() * 2 * growth));
  if (deptType !== 'school' && /农业|科协|供销|街道/.test(name)) {
    const trainings = n(10);
    put('A07', trainings);
    put('A071', Math.round(trainings * 45 * 0.8), 'farmers');
    put('A071', Math.round(trainings * 45 * 0.2), 'workers');
  }
  if (deptType === 'school' || /教育局/.test(name)) {
    const schools = /教育局/.test(name) ? n(30) : 1;
    put('E01', schools);
    const counsellors = Math.max(schools, n(/教育局/.test(name) ? 40 : 4));
    put('E02', counsellors);
    put('E021', Math.round(counsellors * 0.3));
    put('E03', n(/教育局/.test(name) ? 45 : 6));
    put('E031', n(/教育局/.test(name) ? 900 : 120) * 0.6, 'urban');
    put('E031', n(/教育局/.test(name) ? 900 : 120) * 0.4, 'rural');
    put('E04', n(2));
    put('E041', n(150));
  }
  const known = new Set(form.items.map((i) => i.code));
  return out
    .filter((c) => known.has(c.item))
    .map((c) => ({ ...c, value: c.value === null ? null : Math.round(c.value) }));
}
