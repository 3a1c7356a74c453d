// Commendations' codes (表彰): the five categories with what each commends, the threshold rules as data with the
// defaults the issue names, and the states of a round and of a nomination with the moves between them.

/** 科普工作先进集体, 科普工作先进个人, 优秀科技志愿者, 优秀科技志愿服务队, 优秀科普基地. */
export const categories = [
  'advanced_group',
  'advanced_individual',
  'star_volunteer',
  'excellent_team',
  'excellent_base',
] as const;
export type Category = (typeof categories)[number];

/** An individual's name is masked in public unless they consented; a group's is shown in full. */
export const categoryKind: Record<Category, 'individual' | 'group'> = {
  advanced_group: 'group',
  advanced_individual: 'individual',
  star_volunteer: 'individual',
  excellent_team: 'group',
  excellent_base: 'group',
};

/** What the data suggests for a category: volunteers, teams, venues; none for the two 科普工作 categories. */
export const suggestedKind: Record<Category, Exclude<SubjectKind, 'free'> | null> = {
  advanced_group: null,
  advanced_individual: null,
  star_volunteer: 'volunteer',
  excellent_team: 'team',
  excellent_base: 'venue',
};
export const subjectKinds = ['volunteer', 'team', 'venue', 'free'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

/** A figure a rule compares: approved hours, activities served, a team's volunteers. */
export const metrics = ['approvedHours', 'activities', 'members'] as const;
export type Metric = (typeof metrics)[number];
export type Rule = { metric: Metric; min: number } | { metric: 'grade'; equals: string };
export type Thresholds = Record<Category, Rule[]>;

export const defaultThresholds: Thresholds = {
  advanced_group: [],
  advanced_individual: [],
  star_volunteer: [
    { metric: 'activities', min: 10 },
    { metric: 'approvedHours', min: 20 },
  ],
  excellent_team: [
    { metric: 'members', min: 20 },
    { metric: 'activities', min: 50 },
    { metric: 'approvedHours', min: 100 },
  ],
  excellent_base: [{ metric: 'grade', equals: '优秀' }],
};

/** What the data says of a candidate (absent figures are unknown). */
export interface Figures {
  approvedHours?: number;
  activities?: number;
  members?: number;
  grade?: string;
}

/** The rules a candidate's figures fall short of (an empty list: it meets them all). */
export function unmetRules(rules: readonly Rule[], f: Figures): Rule[] {
  return rules.filter((r) =>
    r.metric === 'grade' ? f.grade !== r.equals : (f[r.metric] ?? Number.NEGATIVE_INFINITY) < r.min,
  );
}

export const roundStates = ['nominating', 'reviewing', 'decided', 'published'] as const;
export type RoundState = (typeof roundStates)[number];
/** nominating → (close) reviewing → (decide: number and date, the passed become approved) decided → published */
export const roundMoves = {
  close: { from: ['nominating'], to: 'reviewing' },
  decide: { from: ['reviewing'], to: 'decided' },
  publish: { from: ['decided'], to: 'published' },
} as const satisfies Record<string, { from: readonly RoundState[]; to: RoundState }>;
export type RoundMove = keyof typeof roundMoves;

export const nominationStates = ['submitted', 'returned', 'passed', 'rejected', 'approved'] as const;
export type NominationState = (typeof nominationStates)[number];
/** The office reviews (pass, return for changes, reject); the nominator resubmits a returned one; the decision approves. */
export const nominationMoves = {
  pass: { from: ['submitted'], to: 'passed' },
  return: { from: ['submitted', 'passed'], to: 'returned' },
  reject: { from: ['submitted', 'passed'], to: 'rejected' },
  resubmit: { from: ['returned'], to: 'submitted' },
} as const satisfies Record<string, { from: readonly NominationState[]; to: NominationState }>;
export type NominationMove = keyof typeof nominationMoves;

export function nextState<S extends string>(
  table: Record<string, { from: readonly S[]; to: S }>,
  from: S,
  move: string,
): S | null {
  const m = table[move];
  return m && (m.from as readonly S[]).includes(from) ? m.to : null;
}
