// The topic vocabulary's words in the interface language (EXPERT_TOPICS is plain data, shared with the server).
import { EXPERT_TOPICS } from '@kepu/domain/experts/codes';

export { EXPERT_TOPICS };
export const topicLabel = (code: string, lang: string) => {
  const x = EXPERT_TOPICS.find((t) => t.code === code);
  return x ? (lang.startsWith('zh') ? x.zh : x.en) : code;
};
export const hazards = EXPERT_TOPICS.filter((t) => t.hazard);
