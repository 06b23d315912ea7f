import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from './query-client';
import { theme } from './theme';

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
      <ConfigProvider locale={english ? (enUS ?? zhCN) : zhCN} theme={theme}>
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
