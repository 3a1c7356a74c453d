import { describe, expect, it } from 'vitest';
import type { QuizItem } from './contest.records.ts';
import { drawPaper, itemPoints, maskName, scorePaper, speedBonus } from './paper.ts';
import { sequenceKey } from './signals.ts';

const item = (id: number, over: Partial<QuizItem> = {}): QuizItem => ({
  id,
  kind: 'single',
  stem: `题${id}`,
  options: ['甲', '乙', '丙', '丁'],
  answer: [1],
  topic: id % 2 ? '农业' : '健康',
  difficulty: id % 3 ? 'easy' : 'hard',
  targetGroups: ['farmers'],
  explanation: '',
  image: null,
  review: 'approved',
  reports: 0,
  demo: false,
  ...over,
});
const policy = { points: { easy: 5, medium: 10, hard: 20 }, partial: 0.5 };

describe('a paper', () => {
  it('draws N per topic and difficulty without repeats', () => {
    const bank = Array.from({ length: 30 }, (_, i) => item(i + 1));
    const paper = drawPaper(bank, [
      { topic: '农业', difficulty: 'hard', count: 2 },
      { topic: '健康', count: 3 },
    ]);
    expect(paper).toHaveLength(5);
    expect(new Set(paper).size).toBe(5);
    const byId = new Map(bank.map((i) => [i.id, i]));
    expect(
      paper.filter((id) => byId.get(id)?.topic === '农业' && byId.get(id)?.difficulty === 'hard'),
    ).toHaveLength(2);
  });
  it('scores a multiple-choice item in part only without a wrong option', () => {
    const m = item(3, { kind: 'multiple', answer: [0, 2] });
    expect(itemPoints(m, [2, 0], policy)).toBe(20);
    expect(itemPoints(m, [0], policy)).toBe(10);
    expect(itemPoints(m, [0, 1], policy)).toBe(0);
    expect(itemPoints(item(1), [1], policy)).toBe(5);
    expect(itemPoints(item(1), [], policy)).toBe(0);
  });
  it('adds a speed bonus falling linearly to 0, only to fully right items', () => {
    const fast = { ...policy, speedBonus: { bonusPoints: 10, bonusSeconds: null } };
    expect(speedBonus(fast, 10, 100)).toBe(9);
    expect(speedBonus(fast, 90, 100)).toBe(1);
    expect(speedBonus(fast, 120, 100)).toBe(0);
    expect(speedBonus({ ...policy, speedBonus: { bonusPoints: 10, bonusSeconds: 20 } }, 10, 100)).toBe(5);
    expect(speedBonus(policy, 1, 100)).toBe(0);
    const m = item(3, { kind: 'multiple', answer: [0, 2] });
    // right (20 + 4), partly right (10, no bonus), wrong (0)
    expect(scorePaper([m, m, m], [[0, 2], [0], [1]], fast, 4)).toEqual({
      score: 34,
      correct: 1,
      points: [24, 10, 0],
    });
  });
  it('masks names for the leaderboard', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('李四')).toBe('李*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
  });
  it('sees the same answers in two paper orders as one sequence', () => {
    expect(sequenceKey([1, 2], [[0], [1]])).toBe(sequenceKey([2, 1], [[1], [0]]));
  });
});
