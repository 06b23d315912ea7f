import { Alert, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/core/dates';
import { useDeclineMutation } from '@web/data/waitlist/decline-mutation';
import type { WaitlistEntry } from '@web/data/waitlist/types';
import { explainApiError } from '@web/lib/explain-api-error';
import { suspendedUntilAfterDecline } from '../utils/queue';
import { WAITLIST_MESSAGES } from '../utils/waitlist-messages';

interface Props {
  entry: (WaitlistEntry & { offer: NonNullable<WaitlistEntry['offer']> }) | null;
  penaltyMonths: number;
  onClose: (done: string | null) => void;
}

/** Declining on the applicant's behalf, saying first what it costs them under the policy in force. */
export function DeclineOfferModal({ entry, penaltyMonths, onClose }: Props) {
  const { t } = useTranslation();
  const decline = useDeclineMutation();
  useEffect(() => {
    if (entry) decline.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [entry]);
  if (!entry) return null;
  const until = suspendedUntilAfterDecline(today(), penaltyMonths);
  const names = { name: entry.residentName, bed: entry.offer.bedCode };
  return (
    <Modal
      open
      title={t('waitlist.declineForm.title', names)}
      okText={t('waitlist.declineForm.submit')}
      okButtonProps={{ danger: true, size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      cancelText={t('common.cancel')}
      confirmLoading={decline.isPending}
      onOk={() =>
        decline.mutate(entry.entryId, {
          onSuccess: (application) =>
            onClose(application.suspendedUntil ? t('waitlist.declineForm.done', { date: application.suspendedUntil }) : t('waitlist.declineForm.doneNoCost')),
        })
      }
      onCancel={() => onClose(null)}
    >
      <p>{until ? t('waitlist.declineForm.cost', { months: penaltyMonths, date: until }) : t('waitlist.declineForm.noCost')}</p>
      {decline.error && <Alert type="error" showIcon role="alert" title={explainApiError(decline.error, t, WAITLIST_MESSAGES)} />}
    </Modal>
  );
}
