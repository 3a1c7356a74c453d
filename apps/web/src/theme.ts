// Ant Design theme for age-friendly reading: 16 px text (18 px on phones), 44 px targets, 4.5:1 contrast.
import type { ThemeConfig } from 'antd';

/** Colours checked against white for WCAG AA (≥ 4.5:1). */
export const colors = {
  primary: '#0958d9', // 6.2:1
  header: '#0b3d91', // white text 10:1
  lead: '#0b4f9c', // 7.0:1 on leadBg
  leadBg: '#e6f0ff',
  responsible: '#8a4b00', // 6.2:1 on responsibleBg
  responsibleBg: '#fff4e0',
  baseline: '#1f6f43',
  target: '#b35900',
  survey: '#6b2fa0', // a published survey estimate on the targets chart
  textSecondary: '#595959', // 7.0:1
};

export function theme(phone: boolean, reducedMotion = false): ThemeConfig {
  const fontSize = phone ? 18 : 16;
  return {
    token: {
      fontSize,
      fontSizeSM: fontSize - 2,
      fontSizeLG: fontSize + 2,
      lineHeight: 1.6,
      controlHeight: 44,
      controlHeightLG: 52,
      controlHeightSM: 36,
      colorPrimary: colors.primary,
      // antd lightens these by default, which drops white text below 4.5:1; darken instead
      colorPrimaryHover: '#0a4bb8',
      colorPrimaryActive: colors.header,
      colorLinkHover: '#0a4bb8',
      colorLink: colors.primary,
      colorInfo: colors.primary,
      colorError: '#cf1322',
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorTextSecondary: colors.textSecondary,
      colorTextTertiary: colors.textSecondary,
      colorTextDescription: colors.textSecondary,
      colorTextPlaceholder: '#6e6e6e',
      borderRadius: 6,
      motion: !reducedMotion,
      fontFamily:
        '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    },
    components: {
      Table: { cellPaddingBlock: 12, cellPaddingInline: 12 },
      Tree: { titleHeight: 44, indentSize: 16 },
      Pagination: { itemSize: 44 },
    },
  };
}
