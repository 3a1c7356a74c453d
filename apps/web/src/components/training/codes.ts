// The training codes in the order the forms list them, from the shared words (no domain code in the bundle).
import { svcLabels } from '@kepu/domain/services/labels';
import { trnLabels } from '@kepu/domain/training/labels';

export const programmeCodes = Object.keys(trnLabels.zh.programmes);
/** every group a trainee may be counted in (the plan's five and 公众) */
export const groupCodes = Object.keys(svcLabels.zh.groups);
/** the plan's five groups a course is for */
export const courseGroups = groupCodes.filter((g) => g !== 'public');
