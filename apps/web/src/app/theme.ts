import type { ThemeConfig } from 'antd';

/** Teal for the brand; text and status colours keep WCAG AA contrast on white (axe checks it in the browser tests). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0f766e',
    colorLink: '#0f766e',
    borderRadius: 8,
    fontFamily: '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", Roboto, sans-serif',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // antd's red (#ff4d4f) is 3.9:1 on white: field errors, danger buttons and alerts people must read get 6.5:1.
    colorError: '#b91c1c',
  },
  components: {
    // A table's empty text ("没有待评估的老年人") is drawn in the disabled grey, 1.8:1 on white: it is a message to read.
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.65)' },
  },
};

/**
 * 适老化 (age-friendly) mode: body text 18 px and larger controls (≥ 48 px), text near-black for high contrast.
 */
export const elderTheme: ThemeConfig = {
  components: theme.components,
  token: {
    ...theme.token,
    fontSize: 18,
    fontSizeLG: 20,
    controlHeight: 48,
    controlHeightLG: 56,
    colorText: '#000000',
    colorTextSecondary: 'rgba(0, 0, 0, 0.85)',
    colorTextDescription: 'rgba(0, 0, 0, 0.85)',
    colorPrimary: '#0b5e57',
    colorLink: '#0b5e57',
  },
};
