// English text of the publication error codes, with the same keys as the Chinese.
import type { errorsPublicationZhCN } from './publication.zh-CN.ts';

export const errorsPublicationEn: Record<keyof typeof errorsPublicationZhCN, string> = {
  'publication.year_unknown': 'There is no statistics form for {{year}}, so that year cannot be published.',
  'publication.release.not_found': 'Nothing has been published yet; please come back later.',
};
