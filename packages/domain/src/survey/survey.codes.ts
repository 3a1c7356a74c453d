// The survey's classification codes: respondent demographics, domains of estimation and literacy classes. Labels
// (Chinese first, English second) live in the web app's i18n, keyed by these codes; the domain never holds a label.

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

/** Survey ages: the plan's population is residents aged 18–69. */
export const AGE_MIN = 18;
export const AGE_MAX = 69;

/** Age groups of estimation and raking (ten-year bands; the census publishes five-year ones that add up to them). */
export const AGE_GROUPS = ['18-29', '30-39', '40-49', '50-59', '60-69'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export function ageGroupOf(age: number): AgeGroup {
  if (age < 30) return '18-29';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 60) return '50-59';
  return '60-69';
}

/** Highest completed education, in the census's four bands for adults. */
export const EDUCATION = ['primary_or_less', 'junior_secondary', 'senior_secondary', 'tertiary'] as const;
export type Education = (typeof EDUCATION)[number];

export const OCCUPATIONS = [
  'civil_servant',
  'professional',
  'clerical',
  'commerce_service',
  'agriculture',
  'production',
  'student',
  'retired',
  'not_working',
  'other',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];

export const URBAN_RURAL = ['urban', 'rural'] as const;
export type UrbanRural = (typeof URBAN_RURAL)[number];

/**
 * The plan's five target groups (青少年, 产业工人, 农民, 老年人, 领导干部和公务员) and `other` for an adult in none of
 * them. Survey ages are 18–69, so `youth` here means young adults still in education or training.
 */
export const TARGET_GROUPS = [
  'youth',
  'industrial_workers',
  'farmers',
  'elderly',
  'cadres_civil_servants',
  'other',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** The four county-level districts of Panjin the survey covers (area codes of seed/areas-211100.json). */
export const PANJIN_DISTRICTS = ['211102', '211103', '211104', '211122'] as const;

/** What a respondent tells about themselves in the demographics block. */
export interface Demographics {
  sex: Sex;
  age: number;
  education: Education;
  occupation: Occupation;
  urbanRural: UrbanRural;
  /** An area code (county level). */
  district: string;
  targetGroup: TargetGroup;
}

export const DEMOGRAPHIC_FIELDS = [
  'sex',
  'age',
  'education',
  'occupation',
  'urbanRural',
  'district',
  'targetGroup',
] as const;
export type DemographicField = (typeof DEMOGRAPHIC_FIELDS)[number];

/** Literacy classes a rule can give; `literate` and `high` count as 具备科学素质. */
export const LITERACY_CLASSES = ['high', 'literate', 'basic', 'below'] as const;
export type LiteracyClass = (typeof LITERACY_CLASSES)[number];
