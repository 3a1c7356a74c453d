// The 科普统计 items the portal shows per 10,000 residents: staff, volunteers, venues, funds, activities, counsellors.
export const keyItems = ['P01', 'P02', 'P03', 'V01', 'V08', 'F01', 'A01', 'A02', 'E02'] as const;

/** value per 10,000 residents, to two decimals; none without a population */
export const per10k = (value: number | null, population: number | null) =>
  value === null || !population ? null : Math.round((value / population) * 1e6) / 100;
