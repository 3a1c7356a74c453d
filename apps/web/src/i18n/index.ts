// i18next set-up: Chinese (zh-CN) first, English second; the chosen language is kept in localStorage.
// Chinese text is in the first load; English (the app's and antd's) is fetched the first time it is chosen.
import type { Locale } from 'antd/es/locale';
// the ES modules: antd/locale/* are CommonJS, whose default import in this ESM package is the module object, not
// the locale (antd then fell back to English: "25 / page", "Previous Page")
import antdZhCN from 'antd/es/locale/zh_CN';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN.ts';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

export const LANGUAGE_STORAGE_KEY = 'kepu.lang';

/** Language of the plan's own text (titles, task text, unit names), marked with `lang` so screen readers
 * switch voice when the interface is in English. */
export const DATA_LANG = 'zh-CN';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  partialBundledLanguages: true,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

let antdEn: Locale | undefined;
let english: Promise<void> | undefined;
function loadEnglish(): Promise<void> {
  english ??= Promise.all([import('./en.ts'), import('antd/es/locale/en_US')]).then(([{ en }, antd]) => {
    i18n.addResourceBundle('en', 'translation', en);
    antdEn = antd.default;
  });
  return english;
}

/** Switches the interface language (fetching English the first time), remembers it, and tells assistive
 * technology via <html lang>. */
export async function changeLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish();
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

/** Settles once the remembered language's text is there; the app is mounted after it (Chinese: at once). If English
 * cannot be fetched the app starts in Chinese. */
export const languageReady: Promise<void> =
  storedLanguage() === 'en' ? changeLanguage('en').catch(() => undefined) : Promise.resolve();

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

/** antd's Chinese text, but a date picker's header buttons are named in words only: antd's own names add keyboard
 *  hints in English and half-width brackets ("上一年 (Control键加左方向键)"), which a screen reader reads out. */
const zhCNLocale: Locale = {
  ...antdZhCN,
  DatePicker: antdZhCN.DatePicker && {
    ...antdZhCN.DatePicker,
    lang: {
      ...antdZhCN.DatePicker.lang,
      previousMonth: '上个月',
      nextMonth: '下个月',
      previousYear: '上一年',
      nextYear: '下一年',
    },
  },
};

/** antd's own text (pagination, empty tables, date pickers) in the interface language. */
export function antdLocale(language: string): Locale {
  return language === 'en' && antdEn ? antdEn : zhCNLocale;
}

export default i18n;
