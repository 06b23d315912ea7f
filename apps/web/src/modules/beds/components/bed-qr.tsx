import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBedQrQuery } from '@web/data/beds/bed-qr-query';
import { ErrorNotice } from '@web/ui/error-notice';

/** 一床一码: the bed's QR code, fetched with the person's token and shown as an image. */
export function BedQr({ bedId, code, size = 160 }: { bedId: string; code: string; size?: number }) {
  const { t } = useTranslation();
  const qr = useBedQrQuery(bedId);
  if (qr.error) return <ErrorNotice error={qr.error} onRetry={() => void qr.refetch()} />;
  if (!qr.data) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return <img src={qr.data} width={size} height={size} alt={t('beds.drawer.qrAlt', { code })} className="bed-qr" />;
}
