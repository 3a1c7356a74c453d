// Quizzes and contests (issue 17): item kinds, difficulties, review states, contest modes and anti-cheat signals.
// Codes only; the web app labels each in zh-CN and en.

export const itemKinds = ['single', 'multiple', 'truefalse'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const difficulties = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof difficulties)[number];

/** An item is drawn into papers only when approved; retired items stay for the attempts that used them. */
export const itemReviews = ['draft', 'approved', 'retired'] as const;
export type ItemReview = (typeof itemReviews)[number];

/** daily: practice, one paper a day; timed: a round with a time limit; untimed: elder-friendly, no clock per paper. */
export const contestModes = ['daily', 'timed', 'untimed'] as const;
export type ContestMode = (typeof contestModes)[number];

/** speed: answered faster than a person can read; identical: the same answer sequence from many players;
 *  device: many players from one device. Signals go to review; they never change a score by themselves. */
export const signalKinds = ['speed', 'identical', 'device'] as const;
export type SignalKind = (typeof signalKinds)[number];

export const flagDecisions = ['cleared', 'confirmed'] as const;
export type FlagDecision = (typeof flagDecisions)[number];

/** team: a team contest's teams, each the sum of its members' best scores (like a unit's and a district's total) */
export const boardKinds = ['person', 'unit', 'district', 'team'] as const;
export type BoardKind = (typeof boardKinds)[number];
