import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ElderModeProvider, useElderMode } from './elder-mode';
import { queryClient } from './query-client';
import { elderTheme, theme } from './theme';

/**
 * Server state, and Ant Design in the person's language. zh_CN is in the shell; en_US is fetched only when a person
 * chooses English, so Chinese readers never download it. (No antd `App` context: its message, notification and modal
 * would put ~17 KB gzip into every page; pages say outcomes inline.)
 */
export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [enUS, setEnUS] = useState<Locale | null>(null);
  useEffect(() => {
    if (english && !enUS) void import('antd/locale/en_US').then((module) => setEnUS(module.default));
  }, [english, enUS]);
  dayjs.locale(english ? 'en' : 'zh-cn');
  return (
    <QueryClientProvider client={queryClient}>
      <ElderModeProvider>
        <Themed locale={english ? (enUS ?? zhCN) : zhCN}>{children}</Themed>
      </ElderModeProvider>
    </QueryClientProvider>
  );
}

/** The 适老化 mode swaps the theme for large type and high contrast. */
function Themed({ locale, children }: { locale: Locale; children: ReactNode }) {
  const elder = useElderMode();
  return (
    <ConfigProvider locale={locale} theme={elder.on ? elderTheme : theme}>
      {children}
    </ConfigProvider>
  );
}
