import { useQuery } from '@tanstack/react-query';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFETY_RISK_LABELS, SAFETY_RISKS } from '@shared/assessments/safety-risks';
import { incidentsQuery } from '@web/data/assessments/incidents-query';
import { residentAssessmentsQuery } from '@web/data/assessments/resident-assessments-query';
import { safetyRisksQuery } from '@web/data/assessments/safety-risks-query';
import { residentOrdersQuery } from '@web/data/residents/resident-orders-query';
import { residentStaysQuery } from '@web/data/residents/resident-stays-query';
import { residentVisitsQuery } from '@web/data/residents/resident-visits-query';
import type { Resident } from '@web/data/residents/types';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { useText } from '../hooks/use-text';
import '../residents.css';

/** A panel of the person's page over one query: loading, its error, an empty line, or its rows. */
function Panel<T>({ title, query, empty, children }: { title: string; query: { data?: T[]; isError: boolean; error: unknown; refetch: () => unknown }; empty: string; children: (rows: T[]) => ReactNode }) {
  return (
    <section className="panel" aria-label={title}>
      <h2 className="panel__title">{title}</h2>
      {query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageLoading rows={2} />
      ) : query.data.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="record-list">{children(query.data)}</ul>
      )}
    </section>
  );
}

const when = (at: string | Date) => new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

/** Who the person is, as the API shows it: numbers masked, birth year only. */
export function ResidentProfile({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const text = useText();
  return (
    <div className="panels">
      <section className="panel" aria-label={t('residents.page.profile')}>
        <h2 className="panel__title">{t('residents.page.profile')}</h2>
        <dl className="resident-facts">
          <dt>{t('residents.idNumber')}</dt>
          <dd className="masked" data-testid="masked-id-number">
            {resident.idNumber}
          </dd>
          <dt>{t('residents.sex')}</dt>
          <dd>{t(`residents.sexes.${resident.sex}`)}</dd>
          <dt>{t('residents.age')}</dt>
          <dd>
            {t('residents.ageValue', { age: resident.age })}（{resident.birthYear}）{resident.veryOld && <Tag className="tag--warn">{t('residents.veryOld')}</Tag>}
          </dd>
          <dt>{t('residents.phone')}</dt>
          <dd className="masked">{resident.phone ?? '—'}</dd>
          <dt>{t('residents.livingArrangement')}</dt>
          <dd>{text(resident.livingArrangementLabel)}</dd>
          <dt>{t('residents.page.categories')}</dt>
          <dd>
            {resident.categoryLabels.length ? resident.categoryLabels.map((label) => <Tag key={label.zh}>{text(label)}</Tag>) : t('residents.page.noCategories')}
            {resident.tekunSupportMode && t('residents.page.tekun', { mode: t(`residents.form.tekunModes.${resident.tekunSupportMode}`) })}
          </dd>
        </dl>
      </section>
      <section className="panel" aria-label={t('residents.page.contacts')}>
        <h2 className="panel__title">{t('residents.page.contacts')}</h2>
        {resident.emergencyContacts.length === 0 ? (
          <p className="hint">{t('residents.page.noContacts')}</p>
        ) : (
          <ul className="record-list">
            {resident.emergencyContacts.map((contact, index) => (
              <li key={index}>
                {contact.name}（{contact.relation}） <span className="masked">{contact.phone}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Stays, assessments, the nine risks, incidents, orders and visits: each its own request, each its own panel. */
export function ResidentHistory({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const text = useText();
  const stays = useQuery(residentStaysQuery(residentId));
  const assessments = useQuery(residentAssessmentsQuery(residentId));
  const risks = useQuery(safetyRisksQuery(residentId));
  const incidents = useQuery(incidentsQuery(residentId));
  const orders = useQuery(residentOrdersQuery(residentId));
  const visits = useQuery(residentVisitsQuery(residentId));
  return (
    <div className="panels">
      <Panel title={t('residents.page.stays')} query={{ ...stays, data: stays.data?.items }} empty={t('residents.page.noStays')}>
        {(rows) =>
          rows.map((stay) => (
            <li key={stay.id}>
              {t('residents.page.bed')} {stay.bedCode} · {t('residents.page.admittedOn')} {stay.admittedOn}{' '}
              {stay.dischargedOn ? `· ${t('residents.page.dischargedOn')} ${stay.dischargedOn}` : <Tag className="tag--ok">{t('residents.page.inResidence')}</Tag>}
            </li>
          ))
        }
      </Panel>
      <Panel title={t('residents.page.assessments')} query={assessments} empty={t('residents.page.noAssessments')}>
        {(rows) =>
          rows.map((assessment) => (
            <li key={assessment.id} data-testid="assessment-row" data-level={assessment.finalLevel}>
              <strong>{text(assessment.finalLevelLabel)}</strong> · {t(`residents.page.instruments.${assessment.instrument}`)} · {text(assessment.reasonLabel)}
              <div className="record-list__meta">
                {t('residents.page.assessedOn')} {assessment.assessedOn} · {t('residents.page.nextDue')} {assessment.nextDueOn}
              </div>
            </li>
          ))
        }
      </Panel>
      <Panel title={t('residents.page.safetyRisks')} query={{ ...risks, data: risks.data?.slice(0, 1) }} empty={t('residents.page.noSafetyRisks')}>
        {([latest]) => (
          <li>
            <div className="record-list__meta">{latest.assessedOn}</div>
            {SAFETY_RISKS.map((risk) => {
              const level = latest.risks[risk]?.level ?? 'none';
              return (
                <Tag key={risk} className={`tag--risk-${level}`}>
                  {text(SAFETY_RISK_LABELS[risk])}：{t(`residents.page.riskLevels.${level}`)}
                </Tag>
              );
            })}
          </li>
        )}
      </Panel>
      <Panel title={t('residents.page.incidents')} query={incidents} empty={t('residents.page.noIncidents')}>
        {(rows) =>
          rows.map((incident) => (
            <li key={incident.id}>
              <strong>{incident.risk === 'other' ? t('residents.incident.other') : text(SAFETY_RISK_LABELS[incident.risk])}</strong> · {when(incident.occurredAt)}
              <div>{incident.description}</div>
              <div className="record-list__meta">
                {incident.familyNotifiedAt
                  ? t('residents.page.familyNotified', {
                      at: when(incident.familyNotifiedAt),
                      channel: incident.notificationChannel ? t(`residents.incident.channels.${incident.notificationChannel}`) : '',
                      person: incident.notifiedPerson ? ` ${incident.notifiedPerson}` : '',
                    })
                  : t('residents.page.familyNotNotified')}
              </div>
            </li>
          ))
        }
      </Panel>
      <Panel title={t('residents.page.orders')} query={{ ...orders, data: orders.data?.items }} empty={t('residents.page.noOrders')}>
        {(rows) =>
          rows.map((order) => (
            <li key={order.id}>
              {text(order.serviceTypeLabel)} · {when(order.startsAt)} · {text(order.statusLabel)}
              <div className="record-list__meta">{order.facilityName}</div>
            </li>
          ))
        }
      </Panel>
      <Panel title={t('residents.page.visits')} query={visits} empty={t('residents.page.noVisits')}>
        {(rows) =>
          rows.map((visit) => (
            <li key={visit.id}>
              {when(visit.visitedAt)} · {t(`residents.page.visitModes.${visit.mode}`)} · {t(`residents.page.visitOutcomes.${visit.outcome}`)}
              {visit.notes && <div className="record-list__meta">{visit.notes}</div>}
            </li>
          ))
        }
      </Panel>
    </div>
  );
}
