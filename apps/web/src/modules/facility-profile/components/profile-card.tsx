import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITY_FUNCTION_LABELS, type FacilityFunction } from '@shared/facilities/facility-kinds';
import { bedTotalsQuery } from '@web/data/facilities/bed-totals-query';
import type { Facility } from '@web/data/facilities/types';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { useLabel } from '../hooks/use-label';
import { PROFILE_FLAGS } from '../utils/profile-changes';
import { ProfileEditModal } from './profile-edit-modal';

/** 机构档案: what the facility is and offers today, its beds, star level and latest inspection. */
export function ProfileCard({ facility }: { facility: Facility }) {
  const { t } = useTranslation();
  const label = useLabel();
  const permissions = useFacilityPermissions();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const beds = useQuery(bedTotalsQuery(facility.id));
  const profile = facility.profile;
  const flags = profile ? PROFILE_FLAGS.filter((flag) => profile[flag]) : [];
  const rows: [string, React.ReactNode][] = profile
    ? [
        [t('facility.profile.kind'), label(profile.kindLabel)],
        [
          t('facility.profile.ownership'),
          <>
            {t(`facility.profile.ownershipValue.${profile.ownership}`)} · {t(`facility.profile.operationValue.${profile.operation}`)}
            {profile.publicBuiltPrivatelyOperated && <Tag className="facility-tag">{t('facility.profile.publicBuiltPrivatelyOperated')}</Tag>}
          </>,
        ],
        [t('facility.profile.address'), facility.address ?? '—'],
        [t('facility.profile.phone'), facility.phone ?? '—'],
        [t('facility.profile.openedOn'), facility.openedOn],
        [
          t('facility.profile.functions'),
          <>
            {profile.functions.map((fn) => (
              <Tag key={fn} className="facility-tag">
                {label(FACILITY_FUNCTION_LABELS[fn as FacilityFunction])}
              </Tag>
            ))}
            {profile.comprehensive && <Tag className="result-tag result-tag--good">{t('facility.profile.comprehensive')}</Tag>}
          </>,
        ],
        [t('facility.profile.flags'), flags.length ? flags.map((flag) => <Tag key={flag} className="facility-tag">{t(`facility.profile.flag.${flag}`)}</Tag>) : t('facility.profile.noFlags')],
        [t('facility.profile.foodSafetyGrade'), profile.foodSafetyGrade ?? '—'],
        ...(profile.aGrade ? [[t('facility.profile.aGrade'), t('facility.profile.aGradeValue', { grade: profile.aGrade })] as [string, string]] : []),
        [
          t('facility.profile.beds'),
          beds.data ? (
            <>
              {t('facility.profile.bedsValue', beds.data)}
              <br />
              <span className="hint">{t('facility.profile.bedsUse', beds.data)}</span>
            </>
          ) : (
            '…'
          ),
        ],
        [t('facility.profile.starLevel'), facility.starLevel ? `${'★'.repeat(facility.starLevel)} ${t('facility.profile.stars', { count: facility.starLevel })}` : t('facility.profile.noStar')],
        [
          t('facility.profile.latestInspection'),
          facility.inspectionYear
            ? t('facility.profile.inspectionSummary', { year: facility.inspectionYear, result: t(facility.inspectionPassed ? 'facility.inspections.passed' : 'facility.inspections.failed') })
            : '—',
        ],
      ]
    : [];
  return (
    <section className="panel facility-card" aria-labelledby="profile-title">
      <div className="facility-card__head">
        <h2 id="profile-title" className="panel__title">
          {t('facility.profile.title')}
        </h2>
        {permissions.editProfile && profile && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => {
              setSaved(false);
              setEditing(true);
            }}>
            {t('common.edit')}
          </Button>
        )}
      </div>
      {facility.closedOn && <p className="facility-card__locked">{t('facility.profile.closed', { date: facility.closedOn })}</p>}
      <dl className="facility-facts">
        {rows.map(([term, value]) => (
          <div key={term} className="facility-facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {profile && <p className="hint">{t('facility.profile.profileFrom', { date: profile.validFrom })}</p>}
      {saved && <Alert type="success" showIcon role="status" title={t('facility.edit.saved')} />}
      {profile && (
        <ProfileEditModal
          facility={facility}
          profile={profile}
          open={editing}
          onClose={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      )}
    </section>
  );
}
