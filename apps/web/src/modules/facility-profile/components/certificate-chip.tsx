import { useTranslation } from 'react-i18next';
import type { Certificate } from '@web/data/facilities/types';
import { useLabel } from '../hooks/use-label';
import { certificateStanding } from '../utils/certificate-expiry';

/** One certificate, its expiry said in words and colour: amber when it runs out within 60 days, red once it has. */
export function CertificateChip({ certificate, today }: { certificate: Certificate; today: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const { standing, daysLeft } = certificateStanding(certificate.validUntil, today);
  const expiry =
    standing === 'permanent'
      ? t('facility.staff.permanent')
      : standing === 'expired'
        ? t('facility.staff.expired', { days: -daysLeft! })
        : standing === 'expiring'
          ? daysLeft === 0
            ? t('facility.staff.expiresToday')
            : t('facility.staff.expiresIn', { days: daysLeft })
          : t('facility.staff.validUntil', { date: certificate.validUntil });
  return (
    <span className={`certificate certificate--${standing}`} data-standing={standing}>
      <span className="certificate__name">
        {label(certificate.kindLabel)}
        {certificate.level !== null && ` · ${t('facility.staff.level', { level: certificate.level })}`}
      </span>
      <span className="certificate__expiry">
        {expiry}
        {(standing === 'expiring' || standing === 'expired') && ` (${certificate.validUntil})`}
      </span>
    </span>
  );
}
