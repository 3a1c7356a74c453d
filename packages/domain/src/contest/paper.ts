// Pure rules of a round: a paper drawn by rule (N per topic and difficulty, order shuffled once and frozen in the
// attempt), scoring by the contest's policy, names masked for the leaderboard.
import type { DrawRule, QuizItem, ScoringPolicy } from './contest.records.ts';

/** Items for each rule, without repeats, in a random order; fewer when the bank has fewer. */
export function drawPaper(bank: QuizItem[], rules: DrawRule[], random: () => number = Math.random): number[] {
  const taken = new Set<number>();
  const paper: number[] = [];
  for (const r of rules) {
    const pool = bank.filter(
      (i) =>
        !taken.has(i.id) &&
        (!r.topic || i.topic === r.topic) &&
        (!r.difficulty || i.difficulty === r.difficulty),
    );
    for (const i of shuffle(pool, random).slice(0, r.count)) {
      taken.add(i.id);
      paper.push(i.id);
    }
  }
  return shuffle(paper, random);
}

function shuffle<T>(list: T[], random: () => number): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

/** Points for one item: all of it when the choice is exactly the answer; a multiple-choice item with some right
 *  options and no wrong one scores the policy's partial share (rounded down). */
export function itemPoints(item: QuizItem, choice: readonly number[], policy: ScoringPolicy): number {
  const full = policy.points[item.difficulty];
  const picked = new Set(choice);
  const right = new Set(item.answer);
  if (picked.size === right.size && [...picked].every((c) => right.has(c))) return full;
  if (item.kind === 'multiple' && picked.size > 0 && [...picked].every((c) => right.has(c)))
    return Math.floor(full * policy.partial);
  return 0;
}

export function scorePaper(
  items: QuizItem[],
  answers: readonly (readonly number[])[],
  policy: ScoringPolicy,
): { score: number; correct: number; points: number[] } {
  const points = items.map((item, k) => itemPoints(item, answers[k] ?? [], policy));
  return {
    score: points.reduce((s, p) => s + p, 0),
    correct: points.filter((p, k) => p === policy.points[(items[k] as QuizItem).difficulty] && p > 0).length,
    points,
  };
}

/** 张三明 → 张*明, 李四 → 李*, one character stays as it is. */
export function maskName(name: string): string {
  const c = [...name.trim()];
  if (c.length <= 1) return c.join('');
  if (c.length === 2) return `${c[0]}*`;
  return `${c[0]}${'*'.repeat(c.length - 2)}${c[c.length - 1]}`;
}
