// A venue's annual assessment (科普基地动态管理) as data: a scorecard of items, each with its full points and the value
// that earns them (a share of it earns that share of the points), 100 points in all, and the grades by total. The
// shipped card follows the common national items; the office may set another card for a year.

export interface ScoreItem {
  key: string;
  label: { zh: string; en: string };
  /** what the value is counted in: 平方米, %, 天, 人次, 场 */
  unit: { zh: string; en: string };
  points: number;
  /** the value that earns the full points; less earns its share, more earns no more */
  fullAt: number;
}
export interface Grade {
  /** the lowest total of the grade */
  min: number;
  label: { zh: string; en: string };
}
export interface Scorecard {
  items: ScoreItem[];
  /** highest first; the last one's min is 0 */
  grades: Grade[];
}

const item = (
  key: string,
  zh: string,
  en: string,
  unit: [string, string],
  points: number,
  fullAt: number,
) => ({
  key,
  label: { zh, en },
  unit: { zh: unit[0], en: unit[1] },
  points,
  fullAt,
});

export const DEFAULT_SCORECARD: Scorecard = {
  items: [
    item('exhibitArea', '常设展厅面积', 'Permanent exhibition area', ['平方米', 'm²'], 10, 1000),
    item('renewal', '展品年更新率', 'Exhibits renewed in the year', ['%', '%'], 15, 15),
    item('openDays', '全年开放天数', 'Days open in the year', ['天', 'days'], 20, 250),
    item('visitors', '全年接待观众', 'Visitors in the year', ['人次', 'visits'], 20, 50_000),
    item('activities', '举办科普活动', 'Science activities held', ['场', 'events'], 15, 30),
    item('freeShare', '免费开放比例', 'Share of visits free of charge', ['%', '%'], 10, 100),
    // rated by the venue itself, 0 to 10, and granted by the review
    item('service', '安全与服务', 'Safety and service', ['分', 'points'], 10, 10),
  ],
  grades: [
    { min: 90, label: { zh: '优秀', en: 'Excellent' } },
    { min: 75, label: { zh: '良好', en: 'Good' } },
    { min: 60, label: { zh: '合格', en: 'Pass' } },
    { min: 0, label: { zh: '不合格', en: 'Fail' } },
  ],
};

/** Points of one value: its share of `fullAt`, to one decimal, never more than the item's points. */
export const itemPoints = (it: ScoreItem, value: number) =>
  Math.round(Math.min(it.points, (it.points * Math.max(0, value)) / it.fullAt) * 10) / 10;

export const gradeOf = (card: Scorecard, total: number): Grade =>
  card.grades.find((g) => total >= g.min) ?? (card.grades.at(-1) as Grade);

/** The points of each item and the total (to one decimal). */
export function scoreValues(card: Scorecard, values: Record<string, number>) {
  const points = Object.fromEntries(card.items.map((it) => [it.key, itemPoints(it, values[it.key] ?? 0)]));
  return { points, total: sumPoints(points) };
}

export const sumPoints = (points: Record<string, number>) =>
  Math.round(Object.values(points).reduce((a, b) => a + b, 0) * 10) / 10;
