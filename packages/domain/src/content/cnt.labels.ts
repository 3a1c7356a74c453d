// The words for content's codes, Chinese first and English with the same keys, shared by the admin app, the review
// page (/e) and the portal. Topics are the experts' vocabulary and carry their own words (EXPERT_TOPICS).
import { EXPERT_TOPICS } from '../experts/exp.codes.ts';
import type { Hazard, RumourVerdict, WorkKind, WorkState } from './cnt.codes.ts';

type Labels = {
  kinds: Record<WorkKind, string>;
  states: Record<WorkState, string>;
  hazards: Record<Hazard, string>;
  verdicts: Record<RumourVerdict, string>;
  topics: Record<string, string>;
};

export const cntLabels: { zh: Labels; en: Labels } = {
  zh: {
    kinds: {
      article: '图文',
      images: '组图',
      video: '视频',
      audio: '音频',
      pdf: 'PDF 文档',
      emergency_pack: '应急科普包',
      rumour: '辟谣卡片',
    },
    states: {
      draft: '草稿',
      submitted: '待分配审核',
      in_review: '专家审核中',
      revise: '退回修改',
      approved: '审核通过',
      published: '已发布',
      withdrawn: '已撤回',
    },
    hazards: {
      earthquake: '地震',
      flood: '洪涝',
      typhoon: '台风',
      public_health: '突发公共卫生事件',
      chemical: '危险化学品',
      cold_wave: '寒潮',
    },
    verdicts: { false: '谣言', misleading: '误导', unproven: '尚无定论', true: '属实' },
    topics: Object.fromEntries(EXPERT_TOPICS.map((t) => [t.code, t.zh])),
  },
  en: {
    kinds: {
      article: 'Article',
      images: 'Image set',
      video: 'Video',
      audio: 'Audio',
      pdf: 'PDF document',
      emergency_pack: 'Emergency pack',
      rumour: 'Rumour check',
    },
    states: {
      draft: 'Draft',
      submitted: 'Awaiting a reviewer',
      in_review: 'In expert review',
      revise: 'Returned for revision',
      approved: 'Approved',
      published: 'Published',
      withdrawn: 'Withdrawn',
    },
    hazards: {
      earthquake: 'Earthquake',
      flood: 'Flood',
      typhoon: 'Typhoon',
      public_health: 'Public-health incident',
      chemical: 'Hazardous chemicals',
      cold_wave: 'Cold wave',
    },
    verdicts: { false: 'False', misleading: 'Misleading', unproven: 'Unproven', true: 'True' },
    topics: Object.fromEntries(EXPERT_TOPICS.map((t) => [t.code, t.en])),
  },
};
