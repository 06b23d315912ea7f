import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today as todayInChina } from '@yiyang/core';
import { staffQuery } from '@web/data/facilities/staff-query';
import type { StaffMember } from '@web/data/facilities/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { useLabel } from '../hooks/use-label';
import { byUrgency, certificateStanding, EXPIRING_WITHIN_DAYS, mostUrgent } from '../utils/certificate-expiry';
import { CertificateChip } from './certificate-chip';
import { OfficialOnly } from './official-only';
import { StaffFormModal } from './staff-form-modal';
import { StaffLeaveModal } from './staff-leave-modal';

/** 工作人员与证书: who works here today, their certificates with those needing renewal first. */
export function StaffCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const permissions = useFacilityPermissions();
  const staff = useQuery(staffQuery(facilityId));
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<StaffMember | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const today = todayInChina();
  const people = byUrgency(staff.data?.items ?? [], (person) => mostUrgent(person.certificates.map((c) => c.validUntil), today));
  const standings = people.flatMap((person) => person.certificates.map((c) => certificateStanding(c.validUntil, today).standing));
  const expiring = standings.filter((standing) => standing === 'expiring').length;
  const expired = standings.filter((standing) => standing === 'expired').length;
  return (
    <section className="panel facility-card facility-card--wide" aria-labelledby="staff-title">
      <div className="facility-card__head">
        <h2 id="staff-title" className="panel__title">
          {t('facility.staff.title')}
          {staff.data && <span className="facility-card__count"> · {t('facility.staff.count', { count: staff.data.total })}</span>}
        </h2>
        {permissions.manageStaff && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setOutcome(null);
              setAdding(true);
            }}
          >
            {t('facility.staff.add')}
          </Button>
        )}
      </div>
      {!permissions.manageStaff && <OfficialOnly>{t('facility.staff.readOnly')}</OfficialOnly>}
      {(expiring > 0 || expired > 0) && (
        <ul className="certificate-summary" aria-label={t('facility.staff.certificates')}>
          {expired > 0 && <li className="certificate certificate--expired">{t('facility.staff.expiredSummary', { count: expired })}</li>}
          {expiring > 0 && <li className="certificate certificate--expiring">{t('facility.staff.expiringSummary', { count: expiring, days: EXPIRING_WITHIN_DAYS })}</li>}
        </ul>
      )}
      {outcome && <Alert type="success" showIcon role="status" title={outcome} />}
      {staff.error ? (
        <ErrorNotice error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <Table<StaffMember>
          size="small"
          rowKey="id"
          loading={staff.isPending}
          dataSource={people}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState title={t('facility.staff.none')} /> }}
          columns={[
            { title: t('facility.staff.name'), dataIndex: 'name' },
            { title: t('facility.staff.role'), dataIndex: 'roleLabel', render: label },
            { title: t('facility.staff.hiredOn'), dataIndex: 'hiredOn' },
            {
              title: t('facility.staff.certificates'),
              key: 'certificates',
              render: (_value, person) =>
                person.certificates.length ? (
                  <div className="certificates">
                    {person.certificates.map((certificate, index) => (
                      <CertificateChip key={`${certificate.kind}-${index}`} certificate={certificate} today={today} />
                    ))}
                  </div>
                ) : (
                  <span className="hint">{t('facility.staff.noCertificates')}</span>
                ),
            },
            ...(permissions.manageStaff
              ? [
                  {
                    title: <span className="visually-hidden">{t('facility.staff.leave')}</span>,
                    key: 'leave',
                    render: (_value: unknown, person: StaffMember) => (
                      <Button
                        onClick={() => {
                          setOutcome(null);
                          setLeaving(person);
                        }}
                      >
                        {t('facility.staff.leave')}
                        <span className="visually-hidden"> {person.name}</span>
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <StaffFormModal
        facilityId={facilityId}
        open={adding}
        onClose={(name) => {
          setAdding(false);
          if (name) setOutcome(t('facility.staff.saved', { name }));
        }}
      />
      <StaffLeaveModal
        facilityId={facilityId}
        person={leaving}
        onClose={(name) => {
          setLeaving(null);
          if (name) setOutcome(t('facility.staff.left', { name }));
        }}
      />
    </section>
  );
}
