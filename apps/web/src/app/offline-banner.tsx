import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { dataAge } from './pwa';

const CLOCK = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "数据更新于 HH:mm，当前离线" while the data shown is the service worker's copy, or the device is offline. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const { online, cachedAt } = useSyncExternalStore(dataAge.subscribe, dataAge.current);
  if (online && cachedAt === null) return null;
  return (
    <div className="offline-banner" role="status">
      {cachedAt !== null ? t('familyAccount.offline.stale', { time: CLOCK.format(cachedAt) }) : t('familyAccount.offline.offline')}
    </div>
  );
}
