import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '@web/data/waitlist/types';
import { EmptyState } from '@web/ui/empty-state';

interface Props {
  entries: readonly WaitlistEntry[];
  nextUp: string | null;
  canOffer: boolean;
  onOffer: (entry: WaitlistEntry) => void;
  onWithdraw: (entry: WaitlistEntry) => void;
}

/** The queue in the policy's order: place, who, group, level, and why there, in the reader's language. */
export function WaitlistQueue({ entries, nextUp, canOffer, onOffer, onWithdraw }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  if (!entries.length) return <EmptyState title={t('waitlist.emptyQueue')} />;
  return (
    <Table<WaitlistEntry>
      className="waitlist-queue"
      rowKey="entryId"
      dataSource={entries as WaitlistEntry[]}
      pagination={false}
      size="middle"
      scroll={{ x: 900 }}
      caption={<span className="visually-hidden">{t('waitlist.queueCaption')}</span>}
      onRow={(entry) => ({ 'data-testid': 'waitlist-entry', 'data-entry': entry.entryId } as React.HTMLAttributes<HTMLElement>)}
      columns={[
        {
          key: 'position',
          title: t('waitlist.position'),
          width: 80,
          render: (_, entry) => (
            <span className="waitlist-position">
              <strong>{entry.position}</strong>
              {entry.entryId === nextUp && <span className="waitlist-tag waitlist-tag--next">{t('waitlist.nextUp')}</span>}
            </span>
          ),
        },
        { key: 'name', title: t('waitlist.applicant'), dataIndex: 'residentName', width: 100 },
        {
          key: 'group',
          title: t('waitlist.group'),
          width: 170,
          render: (_, entry) => (
            <>
              {en ? entry.groupLabel.en : entry.groupLabel.zh}
              {entry.noQueue && <span className="waitlist-tag waitlist-tag--no-queue">{t('waitlist.noQueue')}</span>}
            </>
          ),
        },
        { key: 'level', title: t('waitlist.level'), width: 90, render: (_, entry) => (entry.level === null ? t('waitlist.notAssessed') : t('waitlist.levelValue', { level: entry.level })) },
        { key: 'why', title: t('waitlist.why'), render: (_, entry) => <span className="waitlist-why">{en ? entry.why.en : entry.why.zh}</span> },
        {
          key: 'actions',
          title: t('waitlist.actions'),
          width: 220,
          render: (_, entry) => (
            <span className="waitlist-actions">
              {entry.offer ? (
                <span className="waitlist-tag waitlist-tag--offered">{t('waitlist.statusOffered', { bed: entry.offer.bedCode })}</span>
              ) : (
                <Button type={entry.entryId === nextUp ? 'primary' : 'default'} disabled={!canOffer} onClick={() => onOffer(entry)}>
                  {t('waitlist.offer')}
                  <span className="visually-hidden"> {entry.residentName}</span>
                </Button>
              )}
              <Button onClick={() => onWithdraw(entry)}>
                {t('waitlist.withdraw')}
                <span className="visually-hidden"> {entry.residentName}</span>
              </Button>
            </span>
          ),
        },
      ]}
    />
  );
}
