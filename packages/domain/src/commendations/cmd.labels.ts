// The categories' names in Chinese and English: the portal, exports and the web app share them.
import type { Category } from './cmd.codes.ts';

export const categoryLabels: Record<'zh' | 'en', Record<Category, string>> = {
  zh: {
    advanced_group: '科普工作先进集体',
    advanced_individual: '科普工作先进个人',
    star_volunteer: '优秀科技志愿者',
    excellent_team: '优秀科技志愿服务队',
    excellent_base: '优秀科普基地',
  },
  en: {
    advanced_group: 'Outstanding groups in science popularisation',
    advanced_individual: 'Outstanding individuals in science popularisation',
    star_volunteer: 'Outstanding science volunteers',
    excellent_team: 'Outstanding science volunteer teams',
    excellent_base: 'Outstanding science education bases',
  },
};
