import type { ThemeConfig } from 'antd';

const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, sans-serif";

/**
 * Colours chosen for WCAG 2.1 AA contrast (≥ 4.5:1 on white): antd's defaults for secondary text,
 * placeholders and the primary blue fall below it.
 */
export const consoleTheme: ThemeConfig = {
  token: {
    colorPrimary: '#00695c',
    colorInfo: '#0958d9',
    colorSuccess: '#2e7d32',
    colorWarning: '#8a5300',
    colorError: '#c62828',
    // Light backgrounds of tags and alerts, set rather than derived (the derived ones are too dark).
    colorSuccessBg: '#edf7ed',
    colorSuccessBorder: '#81c784',
    colorErrorBg: '#fdecea',
    colorErrorBorder: '#e57373',
    colorWarningBg: '#fff4e5',
    colorWarningBorder: '#ffb74d',
    colorInfoBg: '#e8f1fd',
    colorInfoBorder: '#90caf9',
    colorLink: '#00695c',
    colorText: '#1f1f1f',
    colorTextSecondary: '#4a4a4a',
    colorTextTertiary: '#595959',
    colorTextQuaternary: '#6b6b6b',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
    colorBorder: '#8c8c8c',
    fontFamily: FONT_FAMILY,
    fontSize: 15,
  },
  components: {
    Layout: { headerBg: '#00695c', headerColor: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' },
    Menu: { itemSelectedColor: '#00695c', itemSelectedBg: '#e0f2f1' },
  },
};

/** 长辈模式: text ≥ 18 pt (24 px), touch targets ≥ 60 px, darker text and borders. */
export const elderTheme: ThemeConfig = {
  token: {
    ...consoleTheme.token,
    colorPrimary: '#004d40',
    colorLink: '#004d40',
    colorText: '#000000',
    colorTextSecondary: '#1f1f1f',
    colorTextTertiary: '#262626',
    colorTextQuaternary: '#333333',
    colorTextDescription: '#262626',
    colorTextPlaceholder: '#404040',
    colorBorder: '#404040',
    colorBgLayout: '#ffffff',
    fontSize: 24,
    fontSizeSM: 24,
    fontSizeLG: 28,
    fontSizeXL: 30,
    fontSizeHeading1: 36,
    fontSizeHeading2: 32,
    fontSizeHeading3: 30,
    fontSizeHeading4: 28,
    fontSizeHeading5: 26,
    lineHeight: 1.5,
    controlHeight: 60,
    controlHeightSM: 60,
    controlHeightLG: 68,
    lineWidth: 2,
  },
  components: {
    Layout: { headerBg: '#004d40', headerColor: '#ffffff', siderBg: '#ffffff', headerHeight: 80, headerPadding: '0 16px' },
    Menu: { itemHeight: 64, itemSelectedColor: '#004d40', itemSelectedBg: '#b2dfdb', iconSize: 24 },
    Table: { cellFontSize: 24, cellPaddingBlock: 18 },
    Checkbox: { controlInteractiveSize: 32 },
    Radio: { radioSize: 32, dotSize: 16 },
    Switch: { handleSize: 52, trackHeight: 60, trackMinWidth: 108 },
    Tree: { titleHeight: 60 },
    Tabs: { horizontalItemPadding: '16px 0', horizontalItemPaddingLG: '16px 0' },
    Pagination: { itemSize: 60 },
    Tag: { defaultColor: '#000000' },
  },
};
