// The words for the services' codes, Chinese first and English with the same keys, shared by the admin app, the
// public activity pages (/e) and the server-rendered portal so that each code reads the same everywhere.
import type {
  ActivityState,
  ActivityType,
  mobileKinds,
  TargetGroup,
  venueAccessibility,
  venueAudiences,
  venueCategories,
  venueLevels,
} from './svc.codes.ts';

type Labels = {
  groups: Record<TargetGroup, string>;
  types: Record<ActivityType, string>;
  states: Record<ActivityState, string>;
  levels: Record<(typeof venueLevels)[number], string>;
  categories: Record<(typeof venueCategories)[number], string>;
  audiences: Record<(typeof venueAudiences)[number], string>;
  accessibility: Record<(typeof venueAccessibility)[number], string>;
  mobileKinds: Record<(typeof mobileKinds)[number], string>;
};

export const svcLabels: { zh: Labels; en: Labels } = {
  zh: {
    groups: {
      youth: '青少年',
      workers: '产业工人',
      farmers: '农民',
      elderly: '老年人',
      officials: '领导干部和公务员',
      public: '公众',
    },
    types: {
      lecture: '讲座',
      exhibition: '展览',
      contest: '竞赛',
      training: '培训',
      open_day: '开放日',
      caravan: '科普大篷车',
      other: '其他',
    },
    states: {
      draft: '草稿',
      submitted: '待审核',
      approved: '已批准',
      published: '已发布',
      completed: '已举办',
      summary_submitted: '总结待验收',
      accepted: '已验收',
      returned: '已退回',
      cancelled: '已取消',
    },
    levels: { national: '全国', provincial: '省级', municipal: '市级', district: '区县级' },
    categories: {
      science_centre: '科技馆',
      museum: '科学技术类博物馆',
      nature: '自然与文化景观类',
      research: '教育科研类',
      industry: '生产设施类',
      community: '基层科普类',
    },
    audiences: { children: '儿童', elderly: '老年人', students: '学生', families: '家庭', public: '公众' },
    accessibility: {
      step_free: '无障碍通道',
      toilet: '无障碍卫生间',
      large_print: '大字资料',
      hearing_loop: '助听设备',
      guide: '陪同讲解',
    },
    mobileKinds: { caravan: '科普大篷车', mobile_museum: '流动科技馆', other: '其他流动设施' },
  },
  en: {
    groups: {
      youth: 'Young people',
      workers: 'Industrial workers',
      farmers: 'Farmers',
      elderly: 'Older people',
      officials: 'Civil servants',
      public: 'General public',
    },
    types: {
      lecture: 'Lecture',
      exhibition: 'Exhibition',
      contest: 'Contest',
      training: 'Training',
      open_day: 'Open day',
      caravan: 'Science caravan',
      other: 'Other',
    },
    states: {
      draft: 'Draft',
      submitted: 'Awaiting review',
      approved: 'Approved',
      published: 'Published',
      completed: 'Held',
      summary_submitted: 'Summary awaiting acceptance',
      accepted: 'Accepted',
      returned: 'Returned',
      cancelled: 'Cancelled',
    },
    levels: { national: 'National', provincial: 'Provincial', municipal: 'Municipal', district: 'District' },
    categories: {
      science_centre: 'Science centre',
      museum: 'Science and technology museum',
      nature: 'Nature and cultural landscape',
      research: 'Education and research',
      industry: 'Production facilities',
      community: 'Grassroots science',
    },
    audiences: {
      children: 'Children',
      elderly: 'Older people',
      students: 'Students',
      families: 'Families',
      public: 'The public',
    },
    accessibility: {
      step_free: 'Step-free access',
      toilet: 'Accessible toilet',
      large_print: 'Large print',
      hearing_loop: 'Hearing loop',
      guide: 'Guided help',
    },
    mobileKinds: {
      caravan: 'Science caravan',
      mobile_museum: 'Mobile science museum',
      other: 'Other mobile unit',
    },
  },
};
