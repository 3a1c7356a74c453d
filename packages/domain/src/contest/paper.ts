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

/** The choice is exactly the item's answer. */
export function isRight(item: QuizItem, choice: readonly number[]): boolean {
  const picked = new Set(choice);
  const right = new Set(item.answer);
  return picked.size === right.size && [...picked].every((c) => right.has(c));
}

/** Points for one item: all of it when the choice is exactly the answer; a multiple-choice item with some right
 *  options and no wrong one scores the policy's partial share (rounded down). */
export function itemPoints(item: QuizItem, choice: readonly number[], policy: ScoringPolicy): number {
  const full = policy.points[item.difficulty];
  if (isRight(item, choice)) return full;
  const right = new Set(item.answer);
  if (item.kind === 'multiple' && choice.length > 0 && choice.every((c) => right.has(c)))
    return Math.floor(full * policy.partial);
  return 0;
}

/** The speed bonus of each fully right item: up to `bonusPoints`, falling linearly with the paper's seconds (the
 *  server's clock, start to submit) to 0 at `bonusSeconds` (else the round's time limit); 0 without a bonus. */
export function speedBonus(policy: ScoringPolicy, seconds: number, timeLimit: number | null): number {
  const b = policy.speedBonus;
  const window = b ? (b.bonusSeconds ?? timeLimit) : null;
  if (!b || !window) return 0;
  return Math.floor((b.bonusPoints * Math.max(0, window - seconds)) / window);
}

export function scorePaper(
  items: QuizItem[],
  answers: readonly (readonly number[])[],
  policy: ScoringPolicy,
  bonus = 0,
): { score: number; correct: number; points: number[] } {
  const right = items.map((item, k) => isRight(item, answers[k] ?? []));
  const points = items.map((item, k) => itemPoints(item, answers[k] ?? [], policy) + (right[k] ? bonus : 0));
  return {
    score: points.reduce((s, p) => s + p, 0),
    correct: right.filter(Boolean).length,
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
