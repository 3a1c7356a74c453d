// Volunteers' codes (team levels, sign-up and hour states), the star levels and the one name mask of public answers.

/** City 支队 → district 大队 → unit 分队. */
export const teamLevels = ['city', 'district', 'unit'] as const;
export type TeamLevel = (typeof teamLevels)[number];
/** The level a team's parent must have. */
export const parentLevel: Record<TeamLevel, TeamLevel | null> = {
  city: null,
  district: 'city',
  unit: 'district',
};

export const signupStates = [
  'applied',
  'accepted',
  'waitlisted',
  'cancelled',
  'no_show',
  'completed',
] as const;
export type SignupState = (typeof signupStates)[number];

export const hourSources = ['check_in', 'manager', 'self'] as const;
export type HourSource = (typeof hourSources)[number];
export const hourStates = ['entered', 'pending', 'approved', 'declined', 'void'] as const;
export type HourState = (typeof hourStates)[number];

/** Approved hours at which a volunteer reaches one to five stars (the default; the office may change them). */
export const defaultStarHours = [100, 300, 600, 1000, 1500];
/** An open check-in is closed this long after it began, and flagged. */
export const AUTO_CHECKOUT_HOURS = 24;
/** Under this age a guardian registers with the volunteer and consents for them (PIPL art. 31). */
export const GUARDIAN_AGE = 14;

/** The stars (0–5) reached with so many approved hours. */
export const starFor = (hours: number, thresholds: readonly number[]) =>
  thresholds.filter((t) => hours >= t).length;

/** A name for the public: first and last character kept (张*明, 李*), or the whole masked when one character long. */
export function maskName(name: string): string {
  const c = [...name.trim()];
  if (c.length <= 1) return '*';
  if (c.length === 2) return `${c[0]}*`;
  return `${c[0]}${'*'.repeat(c.length - 2)}${c[c.length - 1]}`;
}
