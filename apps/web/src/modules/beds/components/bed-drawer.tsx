import { Alert, Button, Descriptions, Drawer, Grid, List, Skeleton, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBedStaysQuery } from '@web/data/admissions/bed-stays-query';
import { useBedHistoryQuery } from '@web/data/beds/bed-history-query';
import { useBedQuery } from '@web/data/beds/bed-query';
import type { BedBoard } from '@web/data/beds/types';
import { AdmissionForm } from '@web/modules/admissions/components/admission-form';
import { DischargeForm, TransferForm, VoidAdmissionForm } from '@web/modules/admissions/components/stay-forms';
import { ErrorNotice } from '@web/ui/error-notice';
import { bedActions, STATUS_GLYPH, statusClass, type BedAction } from '../utils/bed-status';
import { findBed } from '../utils/board-grouping';
import { BackInServiceForm, OutOfServiceForm, RebuildForm, ReclassifyForm } from './bed-forms';
import { BedQr } from './bed-qr';

interface Props {
  facilityId: string;
  board: BedBoard;
  bedId: string | null;
  today: string;
  isToday: boolean;
  onClose: () => void;
}

/**
 * 床位详情, opened by tapping a tile (`?bed=<id>`): status, occupant, what may be done today as forms, the QR code,
 * the bed's stays and its classification history. The bed itself comes from the board already held, so the drawer
 * opens at once and follows the board's refreshes.
 */
export function BedDrawer({ facilityId, board, bedId, today, isToday, onClose }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const place = bedId ? findBed(board, bedId) : null;
  const stays = useBedStaysQuery(bedId);
  const history = useBedHistoryQuery(bedId);
  const details = useBedQuery(bedId, board.date);
  const [action, setAction] = useState<BedAction | null>(null);
  const [rebuilding, setRebuilding] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  useEffect(() => {
    setAction(null);
    setRebuilding(false);
    setOutcome(null);
  }, [bedId]);

  const bed = place?.bed;
  const currentStay = bed?.stayId ? stays.data?.items.find((stay) => stay.id === bed.stayId) : undefined;
  const actions = bed ? bedActions(bed, { today: isToday, admittedToday: currentStay?.admittedOn === today }) : [];
  const done = (text: string) => {
    setOutcome(text);
    setAction(null);
    setRebuilding(false);
  };
  const canRebuild = isToday && bed !== undefined && !['closed', 'not_yet_open'].includes(bed.status);
  const floorName = place?.floor === null || place?.floor === undefined ? t('beds.noFloor') : t('beds.floor', { floor: place.floor });
  const formProps = bed ? { facilityId, bed, today, onDone: done } : null;

  return (
    <Drawer
      open={Boolean(bedId)}
      onClose={onClose}
      title={bed ? t('beds.drawer.title', { code: bed.code }) : t('beds.title')}
      size={screens.md ? 560 : '100%'}
      destroyOnHidden
      className="bed-drawer"
    >
      {!bed ? (
        <Alert type="warning" showIcon title={t('beds.drawer.notFound')} />
      ) : (
        <>
          <Descriptions column={1} size="middle" bordered className="bed-drawer__facts">
            <Descriptions.Item label={t('beds.drawer.status')}>
              <span className={`bed-status ${statusClass(bed.status)}`} data-testid="drawer-status">
                {STATUS_GLYPH[bed.status]} {t(`beds.status.${bed.status}`)}
              </span>
              {bed.reservedUntil && <span className="bed-drawer__note">{t('beds.reservedUntil', { at: new Date(bed.reservedUntil).toLocaleString() })}</span>}
            </Descriptions.Item>
            {place.room && <Descriptions.Item label={t('beds.drawer.location')}>{`${floorName} · ${t('beds.room', { room: place.room })}`}</Descriptions.Item>}
            <Descriptions.Item label={t('beds.drawer.kind')}>
              {bed.careType ? <Tag color="blue">{t('beds.badge.careFull')}</Tag> : <Tag>{t('beds.badge.generalFull')}</Tag>}
              {bed.dementiaCare && <Tag color="purple">{t('beds.badge.dementiaFull')}</Tag>}
            </Descriptions.Item>
            {bed.occupant && <Descriptions.Item label={t('beds.drawer.occupant')}>{bed.occupant}</Descriptions.Item>}
          </Descriptions>

          <section className="bed-drawer__section" aria-label={t('beds.drawer.actions')}>
            <h3 className="bed-drawer__heading">{t('beds.drawer.actions')}</h3>
            {outcome && <Alert type="success" showIcon title={outcome} role="status" closable={{ onClose: () => setOutcome(null) }} />}
            {!isToday ? (
              <p className="bed-drawer__note">{t('beds.drawer.readOnly')}</p>
            ) : actions.length > 0 ? (
              <div className="bed-drawer__actions">
                {actions.map((one) => (
                  <Button key={one} size="large" autoInsertSpace={false} type={action === one ? 'primary' : 'default'} onClick={() => setAction(action === one ? null : one)} aria-pressed={action === one}>
                    {t(`beds.action.${one}`)}
                  </Button>
                ))}
              </div>
            ) : null}
            {formProps && action && (
              <div className="bed-drawer__form">
                {action === 'admit' && <AdmissionForm facilityId={facilityId} today={today} bedId={bed.id} onAdmitted={done} />}
                {action === 'transfer' && (currentStay ? <TransferForm facilityId={facilityId} stay={currentStay} today={today} board={board} onDone={done} /> : <Skeleton active />)}
                {action === 'discharge' && (currentStay ? <DischargeForm facilityId={facilityId} stay={currentStay} today={today} onDone={done} /> : <Skeleton active />)}
                {action === 'void' && currentStay && <VoidAdmissionForm facilityId={facilityId} stay={currentStay} today={today} onDone={done} />}
                {action === 'outOfService' && <OutOfServiceForm {...formProps} />}
                {action === 'backInService' && <BackInServiceForm {...formProps} />}
                {action === 'reclassify' && <ReclassifyForm {...formProps} />}
              </div>
            )}
          </section>

          <section className="bed-drawer__section" aria-labelledby="bed-origin-title">
            <h3 id="bed-origin-title" className="bed-drawer__heading">
              {t('beds.origin.title')}
            </h3>
            {details.error ? (
              <ErrorNotice error={details.error} onRetry={() => void details.refetch()} />
            ) : !details.data ? (
              <Skeleton active paragraph={{ rows: 1 }} />
            ) : (
              <>
                <p className="bed-drawer__note">
                  <Tag>{t(`beds.origin.value.${details.data.origin}`)}</Tag>
                  {t('beds.origin.openedOn', { date: details.data.openedOn })}
                </p>
                {details.data.commissionings.length === 0 ? (
                  <p className="bed-drawer__note">{t('beds.origin.none')}</p>
                ) : (
                  <List
                    dataSource={details.data.commissionings}
                    renderItem={(commissioning) => (
                      <List.Item>
                        <span>
                          {commissioning.commissionedOn} · {t(`beds.origin.value.${commissioning.origin}`)}
                          {commissioning.notes ? ` · ${commissioning.notes}` : ''}
                        </span>
                      </List.Item>
                    )}
                  />
                )}
              </>
            )}
            {canRebuild && !rebuilding && (
              <Button size="large" autoInsertSpace={false} onClick={() => (setAction(null), setRebuilding(true))}>
                {t('beds.origin.rebuild')}
              </Button>
            )}
            {canRebuild && rebuilding && formProps && (
              <div className="bed-drawer__form">
                <RebuildForm {...formProps} />
              </div>
            )}
          </section>

          <section className="bed-drawer__section bed-drawer__qr">
            <h3 className="bed-drawer__heading">{t('beds.drawer.qr')}</h3>
            <BedQr bedId={bed.id} code={bed.code} />
          </section>

          <section className="bed-drawer__section">
            <h3 className="bed-drawer__heading">{t('beds.drawer.stays')}</h3>
            {stays.error ? (
              <ErrorNotice error={stays.error} onRetry={() => void stays.refetch()} />
            ) : (
              <List
                loading={stays.isPending}
                dataSource={stays.data?.items ?? []}
                locale={{ emptyText: t('beds.drawer.staysEmpty') }}
                renderItem={(stay) => (
                  <List.Item>
                    <span>
                      {stay.residentName} · {stay.admittedOn} →{' '}
                      {stay.dischargedOn
                        ? t('beds.drawer.discharged', { on: stay.dischargedOn, reason: stay.dischargeReason ? t(`admissions.discharge.reasons.${stay.dischargeReason}`, { defaultValue: stay.dischargeReason }) : '—' })
                        : t('beds.drawer.staying')}
                    </span>
                  </List.Item>
                )}
              />
            )}
          </section>

          <section className="bed-drawer__section">
            <h3 className="bed-drawer__heading">{t('beds.drawer.history')}</h3>
            {history.error ? (
              <ErrorNotice error={history.error} onRetry={() => void history.refetch()} />
            ) : (
              <List
                loading={history.isPending}
                dataSource={history.data ?? []}
                locale={{ emptyText: t('beds.drawer.historyEmpty') }}
                renderItem={(period) => (
                  <List.Item>
                    <span>
                      {period.validFrom} → {period.validTo ?? t('beds.drawer.open')} · {period.careType ? t('beds.badge.careFull') : t('beds.badge.generalFull')}
                      {period.dementiaCare ? ` · ${t('beds.badge.dementiaFull')}` : ''}
                    </span>
                  </List.Item>
                )}
              />
            )}
          </section>
        </>
      )}
    </Drawer>
  );
}
