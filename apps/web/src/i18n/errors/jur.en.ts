// English text of the jurisdiction error codes (issue 13); params in {{ }}.
import type { errorsJurZhCN } from './jur.zh-CN.ts';

export const errorsJurEn: Record<keyof typeof errorsJurZhCN, string> = {
  'jurisdiction.out_of_scope':
    'Your account cannot see jurisdiction {{code}}. An account sees its own jurisdiction and those below it.',
  'jurisdiction.not_found':
    'There is no plan for jurisdiction {{code}} on this platform yet, so you cannot switch to it.',
  'jurisdiction.not_above':
    'The plan chosen (jurisdiction {{code}}) is not a plan of a jurisdiction above {{below}}.',
};
